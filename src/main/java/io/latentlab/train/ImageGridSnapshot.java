package io.latentlab.train;

/**
 * What an image autoencoder made at one iteration, for the window to draw: a square grid of
 * images decoded from a fixed set of latent vectors (or, for a 2-D latent, the decoded manifold
 * over [−{@value SampleGridDecoder#MANIFOLD_EXTENT}, {@value SampleGridDecoder#MANIFOLD_EXTENT}]²),
 * and a row of test images beside their reconstructions. Pixels in [0, 1], image after image,
 * row-major. Immutable by convention: the arrays are made for this snapshot and never written
 * again; readers must not modify them.
 *
 * @param iteration       the training steps taken when it was decoded
 * @param rows            image height in pixels
 * @param cols            image width in pixels
 * @param side            the sample grid is side × side images
 * @param manifold        true when the grid is the 2-D latent's manifold map, false for fixed prior draws
 * @param samples         side² decoded images
 * @param originals       the test images
 * @param reconstructions their reconstructions, as many
 */
public record ImageGridSnapshot(long iteration, int rows, int cols, int side, boolean manifold, float[] samples,
                                float[] originals, float[] reconstructions) {

    public ImageGridSnapshot {
        int size = rows * cols;
        if (rows < 1 || cols < 1 || side < 1 || samples.length != side * side * size) {
            throw new IllegalArgumentException("a grid of " + side + "×" + side + " images of " + rows + "×" + cols
                    + " needs " + side * side * size + " values, got " + samples.length);
        }
        if (originals.length != reconstructions.length || originals.length % size != 0) {
            throw new IllegalArgumentException(originals.length + " test pixels and " + reconstructions.length
                    + " reconstructed pixels do not make whole, matching images of " + rows + "×" + cols);
        }
    }

    /** Test images shown with their reconstructions. */
    public int pairs() {
        return originals.length / (rows * cols);
    }
}
