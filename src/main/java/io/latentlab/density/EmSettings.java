package io.latentlab.density;

/**
 * The settings of an EM fit of a {@link GaussianMixture}, with scikit-learn's defaults:
 * full covariances, {@code tol} 1e-3 on the change of the average log-likelihood lower bound,
 * at most 100 iterations, {@code regCovar} 1e-6 added to the covariance diagonals, one
 * initialisation ({@code nInit}, the best kept), and the seed of the k-means++ initialisation.
 */
public record EmSettings(CovarianceType covarianceType, double tol, int maxIter, double regCovar, int nInit, long seed) {

    public EmSettings {
        if (covarianceType == null) {
            throw new IllegalArgumentException("covarianceType must be one of full, diag, spherical, tied, was null");
        }
        if (!(tol >= 0) || !Double.isFinite(tol)) {
            throw new IllegalArgumentException("tol must be a finite number >= 0, was " + tol);
        }
        if (maxIter < 1) {
            throw new IllegalArgumentException("maxIter must be at least 1, was " + maxIter);
        }
        if (!(regCovar >= 0) || !Double.isFinite(regCovar)) {
            throw new IllegalArgumentException("regCovar must be a finite number >= 0, was " + regCovar);
        }
        if (nInit < 1) {
            throw new IllegalArgumentException("nInit must be at least 1, was " + nInit);
        }
    }

    /** scikit-learn's defaults, with seed 1234. */
    public static EmSettings defaults() {
        return new EmSettings(CovarianceType.FULL, 1e-3, 100, 1e-6, 1, 1234);
    }

    public EmSettings withCovarianceType(CovarianceType type) {
        return new EmSettings(type, tol, maxIter, regCovar, nInit, seed);
    }

    public EmSettings withTol(double newTol) {
        return new EmSettings(covarianceType, newTol, maxIter, regCovar, nInit, seed);
    }

    public EmSettings withMaxIter(int newMaxIter) {
        return new EmSettings(covarianceType, tol, newMaxIter, regCovar, nInit, seed);
    }

    public EmSettings withRegCovar(double newRegCovar) {
        return new EmSettings(covarianceType, tol, maxIter, newRegCovar, nInit, seed);
    }

    public EmSettings withNInit(int newNInit) {
        return new EmSettings(covarianceType, tol, maxIter, regCovar, newNInit, seed);
    }

    public EmSettings withSeed(long newSeed) {
        return new EmSettings(covarianceType, tol, maxIter, regCovar, nInit, newSeed);
    }
}
