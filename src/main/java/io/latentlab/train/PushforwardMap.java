package io.latentlab.train;

import io.latentlab.model.NoisePrior;

/**
 * The generator of a 1-D GAN as a map from noise to data, z ↦ G(z), on a regular grid of z
 * over the noise range; immutable. It is the lecture's pushforward picture g#µ: where the curve
 * is flat, much noise lands on little output and the generated density piles up. With more than
 * one noise dimension, z runs along the first and the others are held at 0
 * ({@link #noiseDimension()} says how many there are).
 *
 * @param iteration      when the map was computed
 * @param prior          the noise distribution, whose density the plot draws along the z axis
 * @param noiseDimension the generator's number of noise inputs
 * @param z              the grid of the first noise coordinate, increasing
 * @param g              G at each grid point
 */
public record PushforwardMap(long iteration, NoisePrior prior, int noiseDimension, float[] z, float[] g) {

    /** Grid points of the map. */
    public static final int POINTS = 201;

    public PushforwardMap {
        if (z.length != g.length || z.length < 2) {
            throw new IllegalArgumentException(z.length + " noise values and " + g.length + " outputs; need as many, at least 2");
        }
        z = z.clone();
        g = g.clone();
    }

    /** The noise range the map covers: [−√3, √3] for uniform noise (all of it), [−3, 3] for Gaussian noise. */
    public static double extent(NoisePrior prior) {
        return prior == NoisePrior.UNIFORM ? Math.sqrt(3) : 3;
    }

    /**
     * How monotone the map is: the rise of G over the grid steps where it rises, minus the fall
     * where it falls, over their total; 1 for increasing, −1 for decreasing, near 0 when it
     * folds back on itself.
     */
    public static double monotonicity(PushforwardMap map) {
        double up = 0;
        double down = 0;
        for (int i = 1; i < map.size(); i++) {
            double step = map.gAt(i) - map.gAt(i - 1);
            if (step > 0) {
                up += step;
            } else {
                down -= step;
            }
        }
        return up + down == 0 ? 0 : (up - down) / (up + down);
    }

    public int size() {
        return z.length;
    }

    /** Noise value {@code i}, without copying. */
    public float zAt(int i) {
        return z[i];
    }

    /** G at noise value {@code i}, without copying. */
    public float gAt(int i) {
        return g[i];
    }

    @Override
    public float[] z() {
        return z.clone();
    }

    @Override
    public float[] g() {
        return g.clone();
    }
}
