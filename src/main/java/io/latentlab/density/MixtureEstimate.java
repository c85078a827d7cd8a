package io.latentlab.density;

/**
 * The M-step of EM for a Gaussian mixture, as scikit-learn's
 * {@code _estimate_gaussian_parameters}: weights, means and covariances from responsibilities,
 * with {@code regCovar} added to the covariance diagonals.
 */
final class MixtureEstimate {

    /** Added to each component's responsibility sum, as scikit-learn does, so an empty component divides safely. */
    private static final double TINY = 10 * Math.ulp(1.0);

    private MixtureEstimate() {
    }

    /** @param resp n×k responsibilities, row-major */
    static GaussianMixture estimate(double[] x, int d, double[] resp, int k, CovarianceType type, double reg) {
        int n = x.length / d;
        double[] nk = new double[k];
        double[] means = new double[k * d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                double r = resp[i * k + c];
                nk[c] += r;
                for (int j = 0; j < d; j++) {
                    means[c * d + j] += r * x[i * d + j];
                }
            }
        }
        double total = 0;
        for (int c = 0; c < k; c++) {
            nk[c] += TINY;
            total += nk[c];
            for (int j = 0; j < d; j++) {
                means[c * d + j] /= nk[c];
            }
        }
        double[] cov = new double[k * d * d];
        if (type == CovarianceType.TIED) {
            double[] shared = new double[d * d];
            for (int i = 0; i < n; i++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        shared[a * d + b] += x[i * d + a] * x[i * d + b];
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        shared[a * d + b] -= nk[c] * means[c * d + a] * means[c * d + b];
                    }
                }
            }
            for (int e = 0; e < d * d; e++) {
                shared[e] /= total;
            }
            for (int j = 0; j < d; j++) {
                shared[j * d + j] += reg;
            }
            for (int c = 0; c < k; c++) {
                System.arraycopy(shared, 0, cov, c * d * d, d * d);
            }
        } else {
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    double r = resp[i * k + c];
                    for (int a = 0; a < d; a++) {
                        double da = x[i * d + a] - means[c * d + a];
                        for (int b = 0; b <= a; b++) {
                            cov[c * d * d + a * d + b] += r * da * (x[i * d + b] - means[c * d + b]);
                        }
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                int o = c * d * d;
                double avgVar = 0;
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b <= a; b++) {
                        cov[o + a * d + b] /= nk[c];
                        cov[o + b * d + a] = cov[o + a * d + b];
                    }
                    avgVar += cov[o + a * d + a] / d;
                }
                for (int a = 0; a < d; a++) {
                    for (int b = 0; b < d; b++) {
                        if (a != b && type != CovarianceType.FULL) {
                            cov[o + a * d + b] = 0;
                        }
                    }
                    if (type == CovarianceType.SPHERICAL) {
                        cov[o + a * d + a] = avgVar;
                    }
                    cov[o + a * d + a] += reg;
                }
            }
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = nk[c] / total;
        }
        return GaussianMixture.of(d, type, weights, means, cov);
    }
}
