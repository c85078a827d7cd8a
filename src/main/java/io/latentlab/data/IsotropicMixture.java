package io.latentlab.data;

import java.util.Random;

/**
 * An equally weighted mixture of isotropic 2-D Gaussians with a common standard deviation:
 * what the ring and the grid are, with their own centres. Sampling picks a centre, then adds
 * Gaussian noise to x and to y, in that order (seeded runs depend on it).
 */
abstract class IsotropicMixture implements ToyDistribution, KnownDensity {

    private final String name;
    private final double std;
    private final double[][] centres;

    IsotropicMixture(String name, double std, double[][] centres) {
        if (!(std > 0)) {
            throw new IllegalArgumentException("std must be > 0, was " + std);
        }
        if (centres.length == 0) {
            throw new IllegalArgumentException("a mixture needs at least one centre");
        }
        this.name = name;
        this.std = std;
        this.centres = new double[centres.length][];
        for (int k = 0; k < centres.length; k++) {
            this.centres[k] = centres[k].clone();
        }
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int dimension() {
        return 2;
    }

    public final double std() {
        return std;
    }

    @Override
    public final void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(centres.length)];
            out.put(2 * i, (float) (c[0] + std * rng.nextGaussian()));
            out.put(2 * i + 1, (float) (c[1] + std * rng.nextGaussian()));
        }
    }

    @Override
    public final double[][] modeCentres() {
        double[][] copy = new double[centres.length][];
        for (int k = 0; k < centres.length; k++) {
            copy[k] = centres[k].clone();
        }
        return copy;
    }

    @Override
    public final double density(double[] point) {
        KnownDensity.checkDimension(point, 2);
        double x = point[0];
        double y = point[1];
        double norm = 1 / (2 * Math.PI * std * std * centres.length);
        double sum = 0;
        for (double[] c : centres) {
            double dx = x - c[0];
            double dy = y - c[1];
            sum += Math.exp(-(dx * dx + dy * dy) / (2 * std * std));
        }
        return norm * sum;
    }
}
