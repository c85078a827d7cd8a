package io.latentlab.data;

import java.util.Random;

/**
 * A 1-D mixture of normal distributions: component k has weight w_k, mean μ_k and standard
 * deviation σ_k. {@code mix2} = 0.4·N(−1.5, 0.5²) + 0.6·N(2, 1²), two unequal, unequally wide
 * modes, the 1-D picture of mode collapse.
 */
public final class NormalMixture implements ToyDistribution, KnownDensity {

    private final String name;
    private final double[] weights;
    private final double[] means;
    private final double[] stds;
    private final double hitRadius;

    /** {@code hitRadius}: how close to a mean a generated point must be to count for that mode. */
    public NormalMixture(String name, double[] weights, double[] means, double[] stds, double hitRadius) {
        if (weights.length == 0 || weights.length != means.length || weights.length != stds.length) {
            throw new IllegalArgumentException("weights, means and stds must be non-empty and equally long, were "
                    + weights.length + ", " + means.length + " and " + stds.length);
        }
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            if (!(weights[k] > 0) || !(stds[k] > 0)) {
                throw new IllegalArgumentException("weights and stds must be > 0, component " + k + " had "
                        + weights[k] + " and " + stds[k]);
            }
            total += weights[k];
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("weights must sum to 1, summed to " + total);
        }
        if (!(hitRadius > 0)) {
            throw new IllegalArgumentException("hit radius must be > 0, was " + hitRadius);
        }
        this.name = name;
        this.weights = weights.clone();
        this.means = means.clone();
        this.stds = stds.clone();
        this.hitRadius = hitRadius;
    }

    /** 0.4·N(−1.5, 0.5²) + 0.6·N(2, 1²); a point within 0.5 of a mean counts for that mode. */
    public static NormalMixture mix2() {
        return new NormalMixture("mix2", new double[] {0.4, 0.6}, new double[] {-1.5, 2}, new double[] {0.5, 1}, 0.5);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 1;
    }

    public double mean() {
        double m = 0;
        for (int k = 0; k < weights.length; k++) {
            m += weights[k] * means[k];
        }
        return m;
    }

    public double variance() {
        double second = 0;
        for (int k = 0; k < weights.length; k++) {
            second += weights[k] * (stds[k] * stds[k] + means[k] * means[k]);
        }
        double m = mean();
        return second - m * m;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            int k = component(rng.nextDouble());
            out.put(i, (float) (means[k] + stds[k] * rng.nextGaussian()));
        }
    }

    private int component(double u) {
        double cumulative = 0;
        for (int k = 0; k < weights.length - 1; k++) {
            cumulative += weights[k];
            if (u < cumulative) {
                return k;
            }
        }
        return weights.length - 1;
    }

    @Override
    public double[][] modeCentres() {
        double[][] centres = new double[means.length][];
        for (int k = 0; k < means.length; k++) {
            centres[k] = new double[] {means[k]};
        }
        return centres;
    }

    @Override
    public double modeHitRadius() {
        return hitRadius;
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 1);
        double p = 0;
        for (int k = 0; k < weights.length; k++) {
            p += weights[k] * KnownDensity.standardNormal((point[0] - means[k]) / stds[k]) / stds[k];
        }
        return p;
    }
}
