package io.latentlab.density;

import io.latentlab.data.ToyDistribution;

/**
 * What an {@link EmSession} fits: {@code n} points of a toy distribution drawn with
 * {@code dataSeed}, and a mixture of {@code k} components of one covariance type, started by
 * {@code start} with {@code startSeed}. A new start seed on the same data is a new
 * initialisation, which is how a class sees EM land in different local optima.
 */
public record EmSetup(ToyDistribution data, int n, long dataSeed, int k, CovarianceType covarianceType,
                      EmStart start, long startSeed) {

    public static final int MIN_POINTS = 10;
    public static final int MAX_POINTS = 20_000;
    public static final int MAX_COMPONENTS = 10;

    public EmSetup {
        if (data == null || covarianceType == null || start == null) {
            throw new IllegalArgumentException("choose the data, the covariance type and the start");
        }
        if (n < MIN_POINTS || n > MAX_POINTS) {
            throw new IllegalArgumentException("the number of points must be in " + MIN_POINTS + ".." + MAX_POINTS
                    + ", was " + n);
        }
        if (k < 1 || k > MAX_COMPONENTS) {
            throw new IllegalArgumentException("the number of components k must be in 1.." + MAX_COMPONENTS + ", was " + k);
        }
    }

    public EmSetup withData(ToyDistribution newData) {
        return new EmSetup(newData, n, dataSeed, k, covarianceType, start, startSeed);
    }

    public EmSetup withN(int newN) {
        return new EmSetup(data, newN, dataSeed, k, covarianceType, start, startSeed);
    }

    public EmSetup withDataSeed(long newSeed) {
        return new EmSetup(data, n, newSeed, k, covarianceType, start, startSeed);
    }

    public EmSetup withK(int newK) {
        return new EmSetup(data, n, dataSeed, newK, covarianceType, start, startSeed);
    }

    public EmSetup withCovarianceType(CovarianceType type) {
        return new EmSetup(data, n, dataSeed, k, type, start, startSeed);
    }

    public EmSetup withStart(EmStart newStart) {
        return new EmSetup(data, n, dataSeed, k, covarianceType, newStart, startSeed);
    }

    public EmSetup withStartSeed(long newSeed) {
        return new EmSetup(data, n, dataSeed, k, covarianceType, start, newSeed);
    }
}
