package io.latentlab.data;

import java.util.Random;

/**
 * The log-normal distribution: exp(μ + σ·N(0, 1)). {@code lognormal} has μ = 0 and σ = 0.5:
 * skewed to the right, mean e^{σ²/2} ≈ 1.133, median 1, almost all mass in (0, 4).
 */
public final class LogNormal implements ToyDistribution, KnownDensity {

    private final double mu;
    private final double sigma;

    public LogNormal(double mu, double sigma) {
        if (!(Math.abs(mu) <= 10) || !(sigma > 0 && sigma <= 5)) {
            throw new IllegalArgumentException("mu must be in [-10, 10] and sigma in (0, 5], were " + mu + " and " + sigma);
        }
        this.mu = mu;
        this.sigma = sigma;
    }

    public static LogNormal lognormal() {
        return new LogNormal(0, 0.5);
    }

    @Override
    public String name() {
        return "lognormal";
    }

    @Override
    public int dimension() {
        return 1;
    }

    public double mean() {
        return Math.exp(mu + sigma * sigma / 2);
    }

    public double variance() {
        return Math.expm1(sigma * sigma) * Math.exp(2 * mu + sigma * sigma);
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            out.put(i, (float) Math.exp(mu + sigma * rng.nextGaussian()));
        }
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 1);
        double x = point[0];
        if (!(x > 0)) {
            return 0;
        }
        return KnownDensity.standardNormal((Math.log(x) - mu) / sigma) / (x * sigma);
    }
}
