package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.model.LatentImages;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Pictures to pick latent vectors from by clicking: seeded samples of the prior decoded by the
 * model, or test images with their encoded means. Each tile has its latent vector, its label
 * (the class it was drawn as, or the test image's; null when there are none) and its origin in words.
 *
 * @param z       {@code count × latentSize} latent values
 * @param pixels  {@code count × pixels} values in [0, 1]
 * @param labels  a label per tile, or null
 * @param indices the test image of each tile, or null for samples
 * @param seed    the seed the samples (or the choice of test images) came from
 */
record PickGrid(float[] z, int latentSize, float[] pixels, int[] labels, int count, int[] indices, long seed) {

    /** {@code count} seeded prior draws decoded (as class {@code label} by a conditional model). Runs a decode: not on the FX thread. */
    static PickGrid samples(LatentModel model, long seed, int count, int label) {
        int d = model.latentSize();
        float[] z = LatentImages.priorDraws(count, d, seed);
        int[] labels = null;
        if (model.conditional()) {
            labels = new int[count];
            Arrays.fill(labels, label);
        }
        return new PickGrid(z, d, model.decode(z, labels, count), labels, count, null, seed);
    }

    /** {@code count} distinct test images chosen with {@code seed}, with their encoded means. */
    static PickGrid testImages(ImageSet images, EncodedImages encoded, long seed, int count) {
        int n = Math.min(count, encoded.count());
        int d = encoded.latentSize();
        int size = images.rows() * images.cols();
        int[] chosen = new SplittableRandom(seed).ints(0, encoded.count()).distinct().limit(n).toArray();
        float[] z = new float[n * d];
        float[] pixels = new float[n * size];
        int[] labels = encoded.labels() == null ? null : new int[n];
        for (int k = 0; k < n; k++) {
            System.arraycopy(encoded.z(), chosen[k] * d, z, k * d, d);
            System.arraycopy(images.pixelsView(), chosen[k] * size, pixels, k * size, size);
            if (labels != null) {
                labels[k] = encoded.labels()[chosen[k]];
            }
        }
        return new PickGrid(z, d, pixels, labels, n, chosen, seed);
    }

    /** Whether {@code other} has the same latent vectors tile for tile (the same samples, perhaps decoded as another class). */
    boolean sameTiles(PickGrid other) {
        return other != null && other.seed == seed && other.count == count && (other.indices == null) == (indices == null);
    }

    /** The latent vector of tile {@code k}. */
    float[] row(int k) {
        return Arrays.copyOfRange(z, k * latentSize, (k + 1) * latentSize);
    }

    /** Where tile {@code k} came from, e.g. "test image 4711" or "sample 3 of seed 1002". */
    String origin(int k) {
        return indices == null ? "sample " + k + " of seed " + seed : "test image " + indices[k];
    }
}
