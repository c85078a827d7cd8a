package io.latentlab.data;

import java.util.Random;

/**
 * Seeded stand-in images with the peer benchmark's recipe: {@code x = sigmoid(0.8 · z·W)} with
 * {@code z ~ N(0, I₁₀)} per image and one {@code W ~ N(0, 1)^{10×pixels}}, values in (0, 1).
 * Smooth, low-rank and not digits: for timing a model of the right size when the real images
 * are not at hand (a step costs the same whatever the pixel values), and for small tests.
 */
public final class SyntheticImages {

    /** The dimension of the hidden factors z. */
    public static final int FACTORS = 10;
    private static final double GAIN = 0.8;

    private SyntheticImages() {
    }

    /** {@code count} images of {@code rows×cols}, without labels, named "synthetic". */
    public static ImageSet of(int count, int rows, int cols, long seed) {
        if (count < 0 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("bad synthetic image set: " + count + " images of " + rows + "×" + cols);
        }
        Random rng = new Random(seed);
        int pixels = rows * cols;
        double[] w = new double[FACTORS * pixels];
        for (int k = 0; k < w.length; k++) {
            w[k] = rng.nextGaussian();
        }
        float[] out = new float[Math.multiplyExact(count, pixels)];
        double[] z = new double[FACTORS];
        for (int i = 0; i < count; i++) {
            for (int f = 0; f < FACTORS; f++) {
                z[f] = rng.nextGaussian();
            }
            for (int p = 0; p < pixels; p++) {
                double s = 0;
                for (int f = 0; f < FACTORS; f++) {
                    s += z[f] * w[f * pixels + p];
                }
                out[i * pixels + p] = (float) (1 / (1 + Math.exp(-GAIN * s)));
            }
        }
        return new ImageSet("synthetic", count, rows, cols, out, null, 0);
    }
}
