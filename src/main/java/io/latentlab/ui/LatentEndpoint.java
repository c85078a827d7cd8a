package io.latentlab.ui;

import io.latentlab.model.LatentImages;

import java.util.Arrays;

/**
 * An end of an interpolation: its latent vector, where it came from in words ("draw 0 of seed 1",
 * "test image 4711"), and for a seeded draw its seed and row (seed null otherwise), so the strip's
 * recipe can name the seed that makes it again.
 */
record LatentEndpoint(float[] z, String origin, Long seed, int row) {

    /** Row {@code row} of two seeded draws of N(0, I): rows 0 and 1 of one seed are {@code interpolate --seed}'s A and B. */
    static LatentEndpoint draw(int latentSize, long seed, int row) {
        float[] draws = LatentImages.priorDraws(2, latentSize, seed);
        return new LatentEndpoint(Arrays.copyOfRange(draws, row * latentSize, (row + 1) * latentSize), "draw " + row + " of seed " + seed, seed, row);
    }
}
