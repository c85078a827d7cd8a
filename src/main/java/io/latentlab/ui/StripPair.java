package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.InterpolationStrip;
import io.latentlab.explore.LatentModel;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The linear and the spherical strip between the same endpoints, as the Interpolation panel shows them. */
record StripPair(InterpolationStrip lerp, InterpolationStrip slerp) {

    /**
     * The lerp strip then the slerp strip, one row each, with the recipe that makes them:
     * {@code command=interpolate}, {@code method=lerp,slerp}, {@code steps}, and {@code seed}
     * when A and B are draws 0 and 1 of one seed.
     */
    ExploredImages explored(LatentModel model, LatentEndpoint a, LatentEndpoint b) {
        int k = lerp.steps();
        float[] z = concat(lerp.z(), slerp.z());
        float[] pixels = concat(lerp.pixels(), slerp.pixels());
        int[] labels = null;
        if (lerp.nearestLabels() != null) {
            labels = Arrays.copyOf(lerp.nearestLabels(), 2 * k);
            System.arraycopy(slerp.nearestLabels(), 0, labels, k, k);
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("command", "interpolate");
        recipe.put("method", "lerp,slerp");
        recipe.put("steps", String.valueOf(k));
        if (a.seed() != null && a.seed().equals(b.seed()) && a.row() == 0 && b.row() == 1) {
            recipe.put("seed", String.valueOf(a.seed()));
        }
        recipe.put("a", a.origin());
        recipe.put("b", b.origin());
        if (model.conditional()) {
            recipe.put("labelA", String.valueOf(lerp.labelA()));
            recipe.put("labelB", String.valueOf(lerp.labelB()));
        }
        return new ExploredImages("interpolation strips", model, z, labels, 2 * k, k, pixels, recipe);
    }

    private static float[] concat(float[] x, float[] y) {
        float[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
