package io.latentlab.cli;

import io.latentlab.export.ImageGridImage;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;

/**
 * The {@code preview.png} of an image autoencoder's model file: for a 2-D latent the decoded
 * manifold map, a {@value #PLANE_SIDE}×{@value #PLANE_SIDE} grid over [−3, 3]² (z₁ to the right,
 * z₂ upwards); otherwise 8×8 images decoded from N(0, I) with a fixed seed, so previews of two
 * models can be held side by side; for a conditional model a row per class with the same
 * {@value #PRIOR_SIDE} draws in each.
 */
final class ImagePreview {

    static final int PLANE_SIDE = 15;
    static final double PLANE_EXTENT = 3.0;
    static final int PRIOR_SIDE = 8;
    static final long PRIOR_SEED = 1234;

    private ImagePreview() {
    }

    static byte[] png(ImageAutoencoder model) {
        if (model.classes() > 0) {
            int k = model.classes();
            float[] z = LatentImages.repeatedRows(LatentImages.priorDraws(PRIOR_SIDE, model.latentSize(), PRIOR_SEED),
                    PRIOR_SIDE, model.latentSize(), k);
            float[] pixels = LatentImages.decode(model, z, LatentImages.classRows(k, PRIOR_SIDE), k * PRIOR_SIDE);
            return ImageGridImage.png(pixels, k * PRIOR_SIDE, model.rows(), model.cols(), PRIOR_SIDE);
        }
        boolean plane = model.latentSize() == 2;
        int side = plane ? PLANE_SIDE : PRIOR_SIDE;
        int n = side * side;
        float[] z = plane ? LatentImages.planeGrid(side, PLANE_EXTENT) : LatentImages.priorDraws(n, model.latentSize(), PRIOR_SEED);
        float[] pixels = LatentImages.decode(model, z, n);
        return ImageGridImage.png(pixels, n, model.rows(), model.cols());
    }

    /** What the preview shows, for the card. */
    static String describe(ImageAutoencoder model) {
        if (model.classes() > 0) {
            return "decoded " + model.classes() + "x" + PRIOR_SIDE + " grid, a row per class, " + PRIOR_SIDE
                    + " draws from N(0, I) (seed " + PRIOR_SEED + ") repeated down the columns";
        }
        return model.latentSize() == 2
                ? "decoded " + PLANE_SIDE + "x" + PLANE_SIDE + " grid over [-3, 3]^2 of the 2-D latent"
                : "decoded " + PRIOR_SIDE + "x" + PRIOR_SIDE + " draws from N(0, I), seed " + PRIOR_SEED;
    }
}
