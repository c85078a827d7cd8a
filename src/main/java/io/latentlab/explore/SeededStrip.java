package io.latentlab.explore;

import io.latentlab.model.LatentImages;

/**
 * The interpolation strip a seed stands for, as {@code latentlab interpolate --seed S} draws it:
 * its endpoints are the two vectors {@code LatentImages.priorDraws(2, d, S)} (the first a, the
 * second b), and its {@code steps} vectors run from a to b by {@link Interpolation#path}. A panel
 * that draws its endpoints this way gets pictures the command line remakes bit for bit.
 */
public final class SeededStrip {

    private SeededStrip() {
    }

    /** a and b, row-major: {@code 2 × latentSize} values. */
    public static float[] endpoints(int latentSize, long seed) {
        return LatentImages.priorDraws(2, latentSize, seed);
    }

    /** The {@code steps} latent vectors from a to b, row-major. */
    public static float[] path(int latentSize, long seed, int steps, Interpolation.Method method) {
        float[] ends = endpoints(latentSize, seed);
        return Interpolation.path(first(ends, latentSize), last(ends, latentSize), steps, method);
    }

    /** The first of the vectors in {@code z}. */
    public static float[] first(float[] z, int latentSize) {
        return java.util.Arrays.copyOfRange(z, 0, latentSize);
    }

    /** The last of the vectors in {@code z}. */
    public static float[] last(float[] z, int latentSize) {
        return java.util.Arrays.copyOfRange(z, z.length - latentSize, z.length);
    }
}
