package io.latentlab.explore;

/**
 * The directions along which a set of latent vectors varies most: the leading eigenvectors of
 * their covariance matrix (principal component analysis), found by power iteration with
 * deflation. Latent spaces here have at most a few hundred dimensions, so the d×d covariance is
 * small.
 */
public final class PrincipalDirections {

    private static final int MAX_ITERATIONS = 500;

    private PrincipalDirections() {
    }

    /**
     * The first {@code k} principal directions (unit vectors, most variance first) of {@code count}
     * vectors of {@code d} values, row-major. Each direction's sign is fixed so that its largest
     * component is positive, so the same data give the same directions.
     */
    public static double[][] of(float[] vectors, int count, int d, int k) {
        if (count < 2 || vectors.length != count * d || k < 1 || k > d) {
            throw new IllegalArgumentException("principal directions need 2 or more vectors of " + d
                    + " values and 1.." + d + " directions, got " + count + " vectors (" + vectors.length + " values) and " + k);
        }
        double[][] cov = covariance(vectors, count, d);
        double[][] found = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = 1.0 / Math.sqrt(d) + 1e-3 * i; // not orthogonal to a leading eigenvector in practice
            }
            double lambda = 0;
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                double[] y = times(cov, x);
                double norm = Math.sqrt(dot(y, y));
                if (norm == 0) {
                    break;
                }
                for (int i = 0; i < d; i++) {
                    y[i] /= norm;
                }
                double change = Math.abs(norm - lambda);
                lambda = norm;
                x = y;
                if (change <= 1e-12 * Math.max(1, norm)) {
                    break;
                }
            }
            int largest = 0;
            for (int i = 1; i < d; i++) {
                if (Math.abs(x[i]) > Math.abs(x[largest])) {
                    largest = i;
                }
            }
            if (x[largest] < 0) {
                for (int i = 0; i < d; i++) {
                    x[i] = -x[i];
                }
            }
            found[c] = x;
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    cov[i][j] -= lambda * x[i] * x[j];
                }
            }
        }
        return found;
    }

    private static double[][] covariance(float[] vectors, int count, int d) {
        double[] mean = new double[d];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < d; i++) {
                mean[i] += vectors[n * d + i];
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= count;
        }
        double[][] cov = new double[d][d];
        double[] x = new double[d];
        for (int n = 0; n < count; n++) {
            for (int i = 0; i < d; i++) {
                x[i] = vectors[n * d + i] - mean[i];
            }
            for (int i = 0; i < d; i++) {
                double xi = x[i];
                double[] row = cov[i];
                for (int j = i; j < d; j++) {
                    row[j] += xi * x[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= count - 1;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    private static double[] times(double[][] m, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = dot(m[i], x);
        }
        return y;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
