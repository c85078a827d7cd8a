package io.latentlab.export;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentWalk;
import io.latentlab.model.LatentImages;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An animated walk through what the Explore tab shows, as a looping GIF of one picture a frame:
 * along an interpolation strip and back (its first and last vectors, by the strip's method), or a
 * slerp loop through the first {@value #MAX_KEYS} vectors shown; a single vector (the sliders)
 * loops through it and {@value #EXTRA_KEYS} draws of the prior with the shown seed (or 0). A
 * conditional model keeps each key's label for the leg that starts there. Call off the FX thread.
 */
public final class LatentWalkGif {

    public static final int MAX_KEYS = 6;
    static final int EXTRA_KEYS = 3;

    private LatentWalkGif() {
    }

    /** The GIF bytes: {@code keys × framesBetween} frames, each {@code delayCs} hundredths of a second. */
    public static byte[] make(ExploredImages shown, ImageGridLayout layout, int framesBetween, int delayCs) {
        if (shown.z() == null) {
            throw new IllegalArgumentException("'" + shown.title() + "' shows real images, not decoded latent vectors: "
                    + "there is no walk between them");
        }
        LatentModel model = shown.model();
        int d = model.latentSize();
        float[] keys = keys(shown);
        int[] keyLabels = keyLabels(shown, keys.length / d);
        Interpolation.Method method = "interpolate".equals(shown.recipe().get("command"))
                && Interpolation.Method.byNameOrNull(String.valueOf(shown.recipe().get("method"))) != null
                ? Interpolation.Method.byNameOrNull(shown.recipe().get("method")) : Interpolation.Method.SPHERICAL;
        float[] z = LatentWalk.loop(keys, d, framesBetween, method);
        int count = z.length / d;
        int[] labels = null;
        if (keyLabels != null) {
            labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = keyLabels[i / framesBetween];
            }
        }
        float[] pixels = model.decode(z, labels, count);
        int size = model.pixels();
        List<BufferedImage> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(ImageGridImage.draw(Arrays.copyOfRange(pixels, i * size, (i + 1) * size), 1, model.rows(), model.cols(),
                    layout.withColumns(1)));
        }
        return AnimatedGif.encode(frames, delayCs);
    }

    /** The key vectors of the walk, row-major. */
    static float[] keys(ExploredImages shown) {
        int d = shown.model().latentSize();
        float[] z = shown.z();
        int n = shown.count();
        if ("interpolate".equals(shown.recipe().get("command")) && n >= 2) {
            float[] ends = new float[2 * d];
            System.arraycopy(z, 0, ends, 0, d);
            System.arraycopy(z, (n - 1) * d, ends, d, d);
            return ends;
        }
        if (n >= 2) {
            return Arrays.copyOf(z, Math.min(n, MAX_KEYS) * d);
        }
        long seed;
        try {
            seed = Long.parseLong(shown.recipe().getOrDefault("seed", "0").trim());
        } catch (NumberFormatException e) {
            seed = 0;
        }
        float[] keys = Arrays.copyOf(z, (1 + EXTRA_KEYS) * d);
        System.arraycopy(LatentImages.priorDraws(EXTRA_KEYS, d, seed), 0, keys, d, EXTRA_KEYS * d);
        return keys;
    }

    private static int[] keyLabels(ExploredImages shown, int keys) {
        int[] labels = shown.labels();
        if (labels == null || !shown.model().conditional()) {
            return null;
        }
        int n = shown.count();
        int[] out = new int[keys];
        boolean strip = "interpolate".equals(shown.recipe().get("command")) && n >= 2;
        for (int k = 0; k < keys; k++) {
            out[k] = strip ? labels[k == 0 ? 0 : n - 1] : labels[Math.min(k, n - 1)];
        }
        return out;
    }
}
