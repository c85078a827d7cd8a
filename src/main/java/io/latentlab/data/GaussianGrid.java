package io.latentlab.data;

import java.util.Random;

/**
 * Equally weighted isotropic Gaussians centred on a square grid around the origin: the 5×5 grid
 * ({@code grid25}) is the harder cousin of the ring in mode-collapse experiments.
 */
public final class GaussianGrid implements ToyDistribution, KnownDensity {

    private final String name;
    private final int side;
    private final double spacing;
    private final double std;
    private final double[][] centres;

    public GaussianGrid(String name, int side, double spacing, double std) {
        if (side < 1 || side > 100) {
            throw new IllegalArgumentException("side must be in 1..100, was " + side);
        }
        if (!(spacing > 0) || !(std > 0)) {
            throw new IllegalArgumentException("spacing and std must be > 0, were " + spacing + " and " + std);
        }
        this.name = name;
        this.side = side;
        this.spacing = spacing;
        this.std = std;
        this.centres = new double[side * side][];
        double first = -spacing * (side - 1) / 2;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                centres[row * side + col] = new double[] {first + col * spacing, first + row * spacing};
            }
        }
    }

    /** 25 Gaussians of standard deviation 0.05 at spacing 1.25: centres from −2.5 to 2.5 on both axes. */
    public static GaussianGrid grid25() {
        return new GaussianGrid("grid25", 5, 1.25, 0.05);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 2;
    }

    public int side() {
        return side;
    }

    public double spacing() {
        return spacing;
    }

    public double std() {
        return std;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(centres.length)];
            out.put(2 * i, (float) (c[0] + std * rng.nextGaussian()));
            out.put(2 * i + 1, (float) (c[1] + std * rng.nextGaussian()));
        }
    }

    @Override
    public double[][] modeCentres() {
        double[][] copy = new double[centres.length][];
        for (int k = 0; k < centres.length; k++) {
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
