package io.latentlab.density;

import java.util.SplittableRandom;

/**
 * A mixture of Gaussians over 1-D or 2-D points, fitted by EM as scikit-learn's
 * {@code GaussianMixture} defines it (see {@link EmSettings} and {@link EmRun}), or made from
 * known parameters. Immutable. Covariances are kept as full d×d matrices whatever the
 * {@link CovarianceType}; the type decides how EM estimates them and how many parameters
 * {@link #bic} and {@link #aic} count. Log-likelihoods use log-sum-exp.
 */
public final class GaussianMixture {

    /** {@link #auto} tries k = 1 .. this. */
    public static final int AUTO_MAX_K = 10;
    private static final double LOG_2PI = Math.log(2 * Math.PI);

    private final int k;
    private final int d;
    private final CovarianceType type;
    private final double[] weights;
    private final double[] means;
    private final double[] covariances;
    private final Cholesky[] chol;
    private final double[] logWeights;
    private final double[][] meanRows;
    private final int iterations;
    private final boolean converged;
    private final double lowerBound;

    private GaussianMixture(int d, CovarianceType type, double[] weights, double[] means, double[] covariances,
                            int iterations, boolean converged, double lowerBound) {
        this.k = weights.length;
        this.d = d;
        this.type = type;
        this.weights = weights;
        this.means = means;
        this.covariances = covariances;
        this.iterations = iterations;
        this.converged = converged;
        this.lowerBound = lowerBound;
        this.chol = new Cholesky[k];
        this.logWeights = new double[k];
        this.meanRows = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] cov = new double[d * d];
            System.arraycopy(covariances, c * d * d, cov, 0, d * d);
            try {
                chol[c] = Cholesky.of(cov, d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("component " + c + ": " + e.getMessage()
                        + "; increase regCovar or use fewer components");
            }
            logWeights[c] = Math.log(weights[c]);
            meanRows[c] = mean(c);
        }
    }

    /**
     * A mixture from its parameters: {@code k} weights, {@code k·d} means and {@code k·d·d}
     * full covariance matrices, all row-major. The arrays are copied.
     */
    public static GaussianMixture of(int d, CovarianceType type, double[] weights, double[] means, double[] covariances) {
        if (d < 1 || d > 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + d);
        }
        int k = weights.length;
        if (k < 1 || means.length != k * d || covariances.length != k * d * d) {
            throw new IllegalArgumentException("expected k >= 1 weights, k*" + d + " means and k*" + (d * d)
                    + " covariance values, got " + k + ", " + means.length + " and " + covariances.length);
        }
        return new GaussianMixture(d, type, weights.clone(), means.clone(), covariances.clone(), 0, false, Double.NaN);
    }

    /** This mixture with the record of the fit that made it. */
    GaussianMixture withFit(int newIterations, boolean newConverged, double newLowerBound) {
        return new GaussianMixture(d, type, weights, means, covariances, newIterations, newConverged, newLowerBound);
    }

    /** Fits {@code k} components with scikit-learn's default settings. */
    public static GaussianMixture fit(int k, double[] points, int d) {
        return fit(k, points, d, EmSettings.defaults());
    }

    /**
     * Fits {@code k} components by EM: {@code settings.nInit()} runs from k-means++ starts
     * (seeded by {@code settings.seed()}), the one with the highest final lower bound kept.
     *
     * @throws IllegalArgumentException for k outside 1..n, a dimension other than 1 or 2, or
     *     non-finite points
     */
    public static GaussianMixture fit(int k, double[] points, int d, EmSettings settings) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        GaussianMixture best = null;
        for (int init = 0; init < settings.nInit(); init++) {
            EmRun run = EmRun.start(k, points, d, settings, random);
            GaussianMixture m = run.run();
            if (best == null || m.lowerBound() > best.lowerBound()) {
                best = m;
            }
        }
        return best;
    }

    /** Fits k = 1 .. min(10, n) components and keeps the one with the lowest BIC. */
    public static GaussianMixture auto(double[] points, int d, EmSettings settings) {
        int n = points.length / Math.max(d, 1);
        GaussianMixture best = null;
        double bestBic = Double.POSITIVE_INFINITY;
        for (int k = 1; k <= Math.min(AUTO_MAX_K, n); k++) {
            GaussianMixture m = fit(k, points, d, settings);
            double bic = m.bic(points);
            if (best == null || bic < bestBic) {
                best = m;
                bestBic = bic;
            }
        }
        return best;
    }

    public int k() {
        return k;
    }

    public int dimension() {
        return d;
    }

    public CovarianceType covarianceType() {
        return type;
    }

    public double[] weights() {
        return weights.clone();
    }

    /** The mean of component {@code c}, d values. */
    public double[] mean(int c) {
        double[] m = new double[d];
        System.arraycopy(means, c * d, m, 0, d);
        return m;
    }

    /** The covariance of component {@code c}, d×d row-major (regCovar included). */
    public double[] covariance(int c) {
        double[] m = new double[d * d];
        System.arraycopy(covariances, c * d * d, m, 0, d * d);
        return m;
    }

    /** EM iterations of the fit that made this mixture (0 when made from parameters). */
    public int iterations() {
        return iterations;
    }

    /** Whether that fit stopped because the lower bound changed less than tol. */
    public boolean converged() {
        return converged;
    }

    /** The last lower bound (average log-likelihood before the last M-step) of that fit; NaN when not fitted. */
    public double lowerBound() {
        return lowerBound;
    }

    /** The number of free parameters, as scikit-learn counts them. */
    public int parameterCount() {
        return type.covarianceParameters(k, d) + k * d + k - 1;
    }

    /** The log density at x (1-D). */
    public double logDensity(double x) {
        requireDimension(1);
        return logDensityAt(new double[] {x}, 0, new double[k]);
    }

    /** The log density at (x, y) (2-D). */
    public double logDensity(double x, double y) {
        requireDimension(2);
        return logDensityAt(new double[] {x, y}, 0, new double[k]);
    }

    private void requireDimension(int dim) {
        if (d != dim) {
            throw new IllegalArgumentException("this mixture is " + d + "-D, asked for a " + dim + "-D point");
        }
    }

    /** The log density at every point (row-major). */
    public double[] logDensities(double[] points) {
        int n = points.length / d;
        double[] out = new double[n];
        double[] work = new double[k];
        for (int i = 0; i < n; i++) {
            out[i] = logDensityAt(points, i * d, work);
        }
        return out;
    }

    /** The density at every grid point (x fastest). */
    public double[] density(Grid grid) {
        requireDimension(grid.dimension());
        double[] out = new double[grid.size()];
        double[] p = new double[d];
        double[] work = new double[k];
        for (int i = 0; i < out.length; i++) {
            p[0] = grid.x(i % grid.nx());
            if (d == 2) {
                p[1] = grid.y(i / grid.nx());
            }
            out[i] = Math.exp(logDensityAt(p, 0, work));
        }
        return out;
    }

    /** The average log-likelihood per point (scikit-learn's {@code score}). */
    public double avgLogLikelihood(double[] points) {
        double s = 0;
        for (double v : logDensities(points)) {
            s += v;
        }
        return s / (points.length / d);
    }

    /** Bayesian information criterion: {@code −2·n·avgLogLikelihood + p·ln n}. */
    public double bic(double[] points) {
        int n = points.length / d;
        return -2 * avgLogLikelihood(points) * n + parameterCount() * Math.log(n);
    }

    /** Akaike information criterion: {@code −2·n·avgLogLikelihood + 2p}. */
    public double aic(double[] points) {
        int n = points.length / d;
        return -2 * avgLogLikelihood(points) * n + 2 * parameterCount();
    }

    /** The weighted log density of each component at one point into {@code out}; returns their log-sum-exp. */
    double logDensityAt(double[] points, int offset, double[] out) {
        double max = weightedLogDensities(points, offset, out);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double s = 0;
        for (int c = 0; c < k; c++) {
            s += Math.exp(out[c] - max);
        }
        return max + Math.log(s);
    }

    /** Fills {@code out} with each component's weighted log density at one point; returns the largest. */
    private double weightedLogDensities(double[] points, int offset, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            double r2 = chol[c].mahalanobis2(points, offset, meanRows[c]);
            out[c] = logWeights[c] - 0.5 * (d * LOG_2PI + r2) - chol[c].logDet;
            max = Math.max(max, out[c]);
        }
        return max;
    }

    /**
     * The responsibilities of the components for one point into {@code out} (they sum to one);
     * returns the log density there. One {@code exp} per component, for the E-step.
     */
    double responsibilitiesAt(double[] points, int offset, double[] out) {
        double max = weightedLogDensities(points, offset, out);
        if (max == Double.NEGATIVE_INFINITY) {
            java.util.Arrays.fill(out, 1.0 / k);
            return max;
        }
        double s = 0;
        for (int c = 0; c < k; c++) {
            out[c] = Math.exp(out[c] - max);
            s += out[c];
        }
        for (int c = 0; c < k; c++) {
            out[c] /= s;
        }
        return max + Math.log(s);
    }
}
