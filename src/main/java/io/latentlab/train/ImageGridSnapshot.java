package io.latentlab.train;

import java.util.List;

/**
 * What an image model made at one iteration, for the window to draw: a grid of images decoded
 * from a fixed set of latent vectors (for a 2-D latent, the decoded manifold over
 * [−{@value SampleGridDecoder#MANIFOLD_EXTENT}, {@value SampleGridDecoder#MANIFOLD_EXTENT}]²; for
 * a conditional model a row per class, named by {@code rowLabels}), and test images beside their
 * reconstructions when the model has an encoder. Pixels in [0, 1], image after image, row-major.
 * Immutable by convention: the arrays are made for this snapshot and never written again;
 * readers must not modify them.
 *
 * @param iteration       the training steps taken when it was decoded
 * @param rows            image height in pixels
 * @param cols            image width in pixels
 * @param columns         images a row of the sample grid
 * @param manifold        true when the grid is the 2-D latent's manifold map, false for fixed prior draws
 * @param samples         the decoded images, a whole number of rows
 * @param originals       the test images (none without an encoder)
 * @param reconstructions their reconstructions, as many
 * @param rowLabels       a class name per row of a conditional grid; empty otherwise
 */
public record ImageGridSnapshot(long iteration, int rows, int cols, int columns, boolean manifold, float[] samples,
                                float[] originals, float[] reconstructions, List<String> rowLabels) {

    public ImageGridSnapshot {
        int size = rows * cols;
        rowLabels = List.copyOf(rowLabels);
        if (rows < 1 || cols < 1 || columns < 1 || samples.length == 0 || samples.length % (columns * size) != 0) {
            throw new IllegalArgumentException("a grid of rows of " + columns + " images of " + rows + "×" + cols
                    + " cannot hold " + samples.length + " values");
        }
        if (!rowLabels.isEmpty() && rowLabels.size() != samples.length / (columns * size)) {
            throw new IllegalArgumentException(rowLabels.size() + " row labels for " + samples.length / (columns * size) + " rows");
        }
        if (originals.length != reconstructions.length || originals.length % size != 0) {
            throw new IllegalArgumentException(originals.length + " test pixels and " + reconstructions.length
                    + " reconstructed pixels do not make whole, matching images of " + rows + "×" + cols);
        }
    }

    /** A square {@code side × side} grid without row labels. */
    public ImageGridSnapshot(long iteration, int rows, int cols, int side, boolean manifold, float[] samples,
                             float[] originals, float[] reconstructions) {
        this(iteration, rows, cols, side, manifold, samples, originals, reconstructions, List.of());
    }

    /** Images in the sample grid. */
    public int count() {
        return samples.length / (rows * cols);
    }

    /** Test images shown with their reconstructions. */
    public int pairs() {
        return originals.length / (rows * cols);
    }

    /** Whether the grid has a row per class. */
    public boolean conditional() {
        return !rowLabels.isEmpty();
    }
}
