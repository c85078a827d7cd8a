package io.latentlab.data;

import java.util.Random;

/**
 * A 2-D section of scikit-learn's Swiss roll ({@code make_swiss_roll}'s x and z): the spiral
 * (t cos t, t sin t) for t uniform in [1.5π, 4.5π], scaled by 0.2 so it fits in about
 * [−2.8, 2.8]², plus isotropic Gaussian noise. No closed-form density.
 */
public final class SwissRoll implements ToyDistribution {

    private static final double SCALE = 0.2;
    private final double noise;

    /** {@code noise}: the standard deviation of the noise after scaling. */
    public SwissRoll(double noise) {
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in 0..1, was " + noise);
        }
        this.noise = noise;
    }

    /** Noise 0.05. */
    public static SwissRoll spiral() {
        return new SwissRoll(0.05);
    }

    @Override
    public String name() {
        return "spiral";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double t = 1.5 * Math.PI * (1 + 2 * rng.nextDouble());
            out.put(2 * i, (float) (SCALE * t * Math.cos(t) + noise * rng.nextGaussian()));
            out.put(2 * i + 1, (float) (SCALE * t * Math.sin(t) + noise * rng.nextGaussian()));
        }
    }
}
