package io.latentlab.data;

import java.util.Random;

/**
 * The DCGAN peer's synthetic stand-in for MNIST ({@code peers/dcgan_torch.py}): each image is the
 * sum of three Gaussian blobs with random centres in [6, 22) and widths in [1.5, 4), clipped to
 * [0, 1]. Seeded; used by the benchmark when no MNIST folder is given (a step costs the same
 * whatever the pixels are).
 */
public final class BlobImages {

    private BlobImages() {
    }

    public static ImageSet of(int count, int side, long seed) {
        if (count < 1 || side < 8) {
            throw new IllegalArgumentException("need at least one image of 8×8 or more, got " + count + " of " + side);
        }
        Random rng = new Random(seed);
        float[] pixels = new float[count * side * side];
        double lo = side * 6.0 / 28;
        double hi = side * 22.0 / 28;
        for (int i = 0; i < count; i++) {
            int base = i * side * side;
            for (int blob = 0; blob < 3; blob++) {
                double cy = lo + rng.nextDouble() * (hi - lo);
                double cx = lo + rng.nextDouble() * (hi - lo);
                double s = 1.5 + rng.nextDouble() * 2.5;
                for (int y = 0; y < side; y++) {
                    for (int x = 0; x < side; x++) {
                        double d2 = (y - cy) * (y - cy) + (x - cx) * (x - cx);
                        pixels[base + y * side + x] += (float) Math.exp(-d2 / (2 * s * s));
                    }
                }
            }
            for (int k = base; k < base + side * side; k++) {
                pixels[k] = Math.min(1f, pixels[k]);
            }
        }
        return new ImageSet("blobs", count, side, side, pixels, null, 0);
    }
}
