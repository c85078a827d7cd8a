package io.latentlab.ui;

import io.latentlab.explore.LatentModel;

import java.util.function.LongSupplier;

/**
 * A picture decoded from the sliders: the latent vector and class it shows, the pixels, the
 * request it answers and how long the decode took. Made on the explorer thread, or on the FX
 * thread through a model's one-picture decoder ({@link LatentModel#pictureDecoder()}).
 *
 * @param label the class for a conditional model, else −1
 */
record SliderPicture(LatentModel model, float[] z, int label, float[] pixels, long request, double decodeMillis) {

    /** What the sliders asked for: request {@code sequence} (they count up), to decode with {@code model}. */
    record Request(LatentModel model, float[] z, int label, long sequence) {
    }

    /** The picture of the requested z (with its class when conditional). */
    static SliderPicture decode(Request q) {
        long t0 = System.nanoTime();
        LatentModel model = q.model();
        int label = model.conditional() ? Math.max(0, Math.min(model.classNames().size() - 1, q.label())) : -1;
        float[] pixels = model.decode(q.z(), label >= 0 ? new int[] {label} : null, 1);
        return new SliderPicture(model, q.z(), label, pixels, q.sequence(), (System.nanoTime() - t0) / 1e6);
    }

    /** The picture of the requested z through {@code decoder}, a one-picture decoder of the same model (same pixels). */
    static SliderPicture decode(Request q, LatentModel.PictureDecoder decoder) {
        long t0 = System.nanoTime();
        LatentModel model = q.model();
        int label = model.conditional() ? Math.max(0, Math.min(model.classNames().size() - 1, q.label())) : -1;
        float[] pixels = decoder.decode(q.z(), label);
        return new SliderPicture(model, q.z(), label, pixels, q.sequence(), (System.nanoTime() - t0) / 1e6);
    }

    /**
     * The requested z under every class of a conditional model, one class at a time (each the same
     * decode as the big picture's, so the tile of its class is the same picture), or null as soon
     * as {@code latest} says a newer request was made: the row waits while a slider moves.
     */
    static float[] classRow(Request q, LongSupplier latest) {
        LatentModel model = q.model();
        int classes = model.classNames().size();
        int pixels = model.pixels();
        float[] row = new float[classes * pixels];
        for (int c = 0; c < classes; c++) {
            if (latest.getAsLong() != q.sequence()) {
                return null;
            }
            System.arraycopy(model.decode(q.z(), new int[] {c}, 1), 0, row, c * pixels, pixels);
        }
        return row;
    }

    /** This picture as exports see it: its z, class and a recipe naming how the sliders moved. */
    io.latentlab.explore.ExploredImages explored(boolean principalDirections) {
        java.util.Map<String, String> recipe = new java.util.LinkedHashMap<>();
        recipe.put("command", "sample");
        recipe.put("sliders", principalDirections ? "principal directions" : "latent coordinates");
        if (label >= 0) {
            recipe.put("label", Integer.toString(label));
        }
        return new io.latentlab.explore.ExploredImages("sliders", model, z, label >= 0 ? new int[] {label} : null, 1, 1, pixels, recipe);
    }
}
