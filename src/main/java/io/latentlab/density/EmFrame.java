package io.latentlab.density;

/**
 * One moment of an {@link EmSession}, immutable: the points, the current mixture, each point's
 * responsibilities under it, and the average log-likelihood of every iteration so far (EM's
 * lower bound, which never decreases: the teaching point). The information criteria are of the
 * current mixture on the points.
 *
 * @param setup            what is being fitted
 * @param points           the data, n×d row-major
 * @param dimension        d, 1 or 2
 * @param mixture          the mixture after the last M-step (the initial one at iteration 0)
 * @param responsibilities n×k row-major, each row summing to one
 * @param logLikelihoods   the average log-likelihood measured at each iteration, oldest first
 * @param converged        whether the last change was below the tolerance
 * @param exhausted        whether the run stopped at the iteration limit without converging
 * @param avgLogLikelihood of the current mixture on the points
 * @param bic              of the current mixture, lower is better
 * @param aic              of the current mixture, lower is better
 */
public record EmFrame(EmSetup setup, float[] points, int dimension, GaussianMixture mixture, float[] responsibilities,
                      double[] logLikelihoods, boolean converged, boolean exhausted, double avgLogLikelihood,
                      double bic, double aic) {

    public EmFrame {
        int n = points.length / dimension;
        if (responsibilities.length != n * mixture.k()) {
            throw new IllegalArgumentException(responsibilities.length + " responsibilities for " + n + " points and "
                    + mixture.k() + " components");
        }
        points = points.clone();
        responsibilities = responsibilities.clone();
        logLikelihoods = logLikelihoods.clone();
    }

    /** EM iterations done. */
    public int iteration() {
        return logLikelihoods.length;
    }

    public int size() {
        return points.length / dimension;
    }

    public int k() {
        return mixture.k();
    }

    /** Coordinate {@code j} of point {@code i}, without copying. */
    public float point(int i, int j) {
        return points[i * dimension + j];
    }

    /** The responsibility of component {@code c} for point {@code i}, without copying. */
    public float responsibility(int i, int c) {
        return responsibilities[i * mixture.k() + c];
    }

    /** The average log-likelihood measured at iteration {@code t} (1-based), without copying. */
    public double logLikelihood(int t) {
        return logLikelihoods[t - 1];
    }

    /** Whether stepping further changes nothing worth showing. */
    public boolean finished() {
        return converged || exhausted;
    }

    @Override
    public float[] points() {
        return points.clone();
    }

    @Override
    public float[] responsibilities() {
        return responsibilities.clone();
    }

    @Override
    public double[] logLikelihoods() {
        return logLikelihoods.clone();
    }
}
