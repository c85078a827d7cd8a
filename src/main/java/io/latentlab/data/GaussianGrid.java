package io.latentlab.data;

/**
 * Equally weighted isotropic Gaussians centred on a square grid around the origin: the 5×5 grid
 * ({@code grid25}) is the harder cousin of the ring in mode-collapse experiments.
 */
public final class GaussianGrid extends IsotropicMixture {

    private final int side;
    private final double spacing;

    public GaussianGrid(String name, int side, double spacing, double std) {
        super(name, std, centres(side, spacing));
        this.side = side;
        this.spacing = spacing;
    }

    private static double[][] centres(int side, double spacing) {
        if (side < 1 || side > 100) {
            throw new IllegalArgumentException("side must be in 1..100, was " + side);
        }
        if (!(spacing > 0)) {
            throw new IllegalArgumentException("spacing must be > 0, was " + spacing);
        }
        double[][] centres = new double[side * side][];
        double first = -spacing * (side - 1) / 2;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                centres[row * side + col] = new double[] {first + col * spacing, first + row * spacing};
            }
        }
        return centres;
    }

    /** 25 Gaussians of standard deviation 0.05 at spacing 1.25: centres from −2.5 to 2.5 on both axes. */
    public static GaussianGrid grid25() {
        return new GaussianGrid("grid25", 5, 1.25, 0.05);
    }

    public int side() {
        return side;
    }

    public double spacing() {
        return spacing;
    }
}
