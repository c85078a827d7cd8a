package io.latentlab.data;

import java.util.Random;

/**
 * Equally weighted isotropic Gaussians with centres evenly spaced on a circle:
 * centre k is {@code radius·(cos 2πk/m, sin 2πk/m)}. The classic GAN test of mode collapse.
 */
public final class GaussianRing implements ToyDistribution, KnownDensity {

    private final String name;
    private final int modes;
    private final double radius;
    private final double std;
    private final double[][] centres;

    public GaussianRing(String name, int modes, double radius, double std) {
        if (modes < 1) {
            throw new IllegalArgumentException("modes must be at least 1, was " + modes);
        }
        if (!(radius >= 0) || !(std > 0)) {
            throw new IllegalArgumentException("radius must be >= 0 and std > 0, were " + radius + " and " + std);
        }
        this.name = name;
        this.modes = modes;
        this.radius = radius;
        this.std = std;
        this.centres = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[k] = new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        }
    }

    /** The 8-Gaussian ring of the peer benchmark: radius 2, standard deviation 0.02. */
    public static GaussianRing ring8() {
        return new GaussianRing("ring8", 8, 2.0, 0.02);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 2;
    }

    public double radius() {
        return radius;
    }

    public double std() {
        return std;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(modes)];
            out.put(2 * i, (float) (c[0] + std * rng.nextGaussian()));
            out.put(2 * i + 1, (float) (c[1] + std * rng.nextGaussian()));
        }
    }

    @Override
    public double[][] modeCentres() {
        double[][] copy = new double[modes][];
        for (int k = 0; k < modes; k++) {
            copy[k] = centres[k].clone();
        }
        return copy;
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 2);
        return IsotropicMixture.density(centres, std, point[0], point[1]);
    }
}
