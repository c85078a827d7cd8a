package io.latentlab.data;

/**
 * Equally weighted isotropic Gaussians with centres evenly spaced on a circle:
 * centre k is {@code radius·(cos 2πk/m, sin 2πk/m)}. The classic GAN test of mode collapse.
 */
public final class GaussianRing extends IsotropicMixture {

    private final double radius;

    public GaussianRing(String name, int modes, double radius, double std) {
        super(name, std, centres(modes, radius));
        this.radius = radius;
    }

    private static double[][] centres(int modes, double radius) {
        if (modes < 1) {
            throw new IllegalArgumentException("modes must be at least 1, was " + modes);
        }
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("radius must be >= 0, was " + radius);
        }
        double[][] centres = new double[modes][];
        for (int k = 0; k < modes; k++) {
            double angle = 2 * Math.PI * k / modes;
            centres[k] = new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        }
        return centres;
    }

    /** The 8-Gaussian ring of the peer benchmark: radius 2, standard deviation 0.02. */
    public static GaussianRing ring8() {
        return new GaussianRing("ring8", 8, 2.0, 0.02);
    }

    public double radius() {
        return radius;
    }
}
