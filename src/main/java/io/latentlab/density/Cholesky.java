package io.latentlab.density;

/**
 * A symmetric positive-definite matrix (d×d, row-major) as its Cholesky factor {@code L}, with
 * what the densities need: the inverse factor, to whiten a point ({@code z = L⁻¹x}, so that
 * {@code |z|²} is the squared Mahalanobis distance), and {@code log det L}.
 */
final class Cholesky {

    final int d;
    final double[] inverse;
    final double logDet;

    private Cholesky(int d, double[] inverse, double logDet) {
        this.d = d;
        this.inverse = inverse;
        this.logDet = logDet;
    }

    /** @throws IllegalArgumentException when the matrix is not positive definite */
    static Cholesky of(double[] a, int d) {
        double[] l = new double[d * d];
        double logDet = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j];
                for (int k = 0; k < j; k++) {
                    s -= l[i * d + k] * l[j * d + k];
                }
                if (i == j) {
                    if (!(s > 0) || !Double.isFinite(s)) {
                        throw new IllegalArgumentException("the covariance matrix is not positive definite"
                                + " (the points have no spread in some direction)");
                    }
                    l[i * d + i] = Math.sqrt(s);
                    logDet += Math.log(l[i * d + i]);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                }
            }
        }
        double[] inv = new double[d * d];
        for (int c = 0; c < d; c++) {
            for (int i = c; i < d; i++) {
                double s = i == c ? 1 : 0;
                for (int k = c; k < i; k++) {
                    s -= l[i * d + k] * inv[k * d + c];
                }
                inv[i * d + c] = s / l[i * d + i];
            }
        }
        return new Cholesky(d, inv, logDet);
    }

    /** {@code |L⁻¹(x - mean)|²} for the point at {@code points[offset..offset+d)}. */
    double mahalanobis2(double[] points, int offset, double[] mean) {
        double r2 = 0;
        for (int i = 0; i < d; i++) {
            double z = 0;
            for (int k = 0; k <= i; k++) {
                z += inverse[i * d + k] * (points[offset + k] - mean[k]);
            }
            r2 += z * z;
        }
        return r2;
    }
}
