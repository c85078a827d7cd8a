package io.latentlab.data;

import java.util.Random;

/**
 * Two interleaving half circles, as scikit-learn's {@code make_moons}: the upper moon
 * (cos t, sin t) and the lower one (1 − cos t, ½ − sin t) for t uniform in [0, π], each point
 * on either moon with probability ½, plus Gaussian noise; then centred and scaled by 1.5 so they
 * span about [−2.3, 2.3] × [−1.2, 1.2]. No closed-form density.
 */
public final class TwoMoons implements ToyDistribution {

    private static final double SCALE = 1.5;
    private final double noise;

    /** {@code noise}: the standard deviation of the noise before scaling, as make_moons takes it. */
    public TwoMoons(double noise) {
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in 0..1, was " + noise);
        }
        this.noise = noise;
    }

    /** Noise 0.1, as the scikit-learn examples use. */
    public static TwoMoons moons() {
        return new TwoMoons(0.1);
    }

    @Override
    public String name() {
        return "moons";
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double t = Math.PI * rng.nextDouble();
            boolean upper = rng.nextBoolean();
            double x = upper ? Math.cos(t) : 1 - Math.cos(t);
            double y = upper ? Math.sin(t) : 0.5 - Math.sin(t);
            x += noise * rng.nextGaussian();
            y += noise * rng.nextGaussian();
            out.put(2 * i, (float) (SCALE * (x - 0.5)));
            out.put(2 * i + 1, (float) (SCALE * (y - 0.25)));
        }
    }
}
