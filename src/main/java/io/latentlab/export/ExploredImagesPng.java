package io.latentlab.export;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.SeededStrip;
import io.latentlab.model.LatentImages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the Explore tab shows, as a PNG grid that the command line remakes bit for bit. The
 * pictures are decoded again from the latent vectors in one batch, as {@code latentlab} decodes
 * them, and the recorded command is the plainest that makes them: {@code interpolate --seed S}
 * when the vectors are exactly that seed's strip ({@link SeededStrip}), {@code sample --n N --seed
 * S} when they are exactly that seed's prior draws, and otherwise {@code sample --latents} reading
 * the vectors back from the exported file itself. Call off the FX thread: it decodes.
 */
public final class ExploredImagesPng {

    /** An exported picture: the PNG's bytes and what its metadata says. */
    public record Exported(byte[] png, ImageRecipe recipe) {
    }

    private ExploredImagesPng() {
    }

    /**
     * The PNG of {@code shown} laid out as {@code layout}, to be written to {@code out}.
     *
     * @param modelFile the model's file, or null when it is not a file (then the PNG holds no command)
     */
    public static Exported make(ExploredImages shown, ImageGridLayout layout, Path modelFile, Path out) throws IOException {
        ImageRecipe recipe = recipeFor(shown, layout, modelFile, out);
        float[] pixels = shown.z() == null ? shown.pixels() : shown.model().decode(shown.z(), shown.labels(), shown.count());
        return new Exported(ImageGridPng.encode(pixels, shown.count(), shown.model().rows(), shown.model().cols(), recipe), recipe);
    }

    /** Makes and writes the PNG, atomically. */
    public static ImageRecipe write(ExploredImages shown, ImageGridLayout layout, Path modelFile, Path out) throws IOException {
        Exported exported = make(shown, layout, modelFile, out);
        ImageGridPng.write(out, exported.png());
        return exported.recipe();
    }

    /** The picture alone, as the PNG shows it (for the clipboard). */
    public static java.awt.image.BufferedImage image(ExploredImages shown, ImageGridLayout layout) {
        float[] pixels = shown.z() == null ? shown.pixels() : shown.model().decode(shown.z(), shown.labels(), shown.count());
        return ImageGridImage.draw(pixels, shown.count(), shown.model().rows(), shown.model().cols(), layout);
    }

    static ImageRecipe recipeFor(ExploredImages shown, ImageGridLayout layout, Path modelFile, Path out) throws IOException {
        Map<String, String> recipe = shown.recipe();
        Long seed = seedOf(recipe.get("seed"));
        String sha = modelFile == null ? null : FileDigest.sha256(modelFile);
        int d = shown.model().latentSize();
        float[] z = shown.z();
        if (z == null || modelFile == null) {
            return new ImageRecipe(shown.model().name(), sha, seed, z, d, shown.labels(), layout, recipe, null);
        }
        String model = modelFile.toAbsolutePath().normalize().toString();
        String file = out.toAbsolutePath().normalize().toString();
        String label = oneLabel(shown.labels());
        boolean mixed = shown.labels() != null && label == null;
        Interpolation.Method method = Interpolation.Method.byNameOrNull(String.valueOf(recipe.get("method")));
        int n = shown.count();
        if (seed != null && !mixed && "interpolate".equals(recipe.get("command")) && method != null && n >= 2
                && Arrays.equals(z, SeededStrip.path(d, seed, n, method))) {
            String command = RemakeCommand.interpolate(model, n, method, seed, null, label, layout, file);
            return new ImageRecipe(shown.model().name(), sha, seed, z, d, shown.labels(), layout,
                    interpolateRecipe(n, method, seed, null, label), command);
        }
        if (seed != null && !mixed && Arrays.equals(z, LatentImages.priorDraws(n, d, seed))) {
            String command = RemakeCommand.sample(model, n, seed, null, label, layout, file);
            return new ImageRecipe(shown.model().name(), sha, seed, z, d, shown.labels(), layout,
                    sampleRecipe(n, seed, label), command);
        }
        String command = RemakeCommand.sample(model, n, null, file, null, layout, file);
        return new ImageRecipe(shown.model().name(), sha, seed, z, d, shown.labels(), layout, recipe, command);
    }

    /** The recipe {@code latentlab sample --n N --seed S [--label L]} records. */
    public static Map<String, String> sampleRecipe(int n, long seed, String label) {
        Map<String, String> recipe = new TreeMap<>(Map.of("command", "sample", "n", Integer.toString(n), "seed", Long.toString(seed)));
        if (label != null) {
            recipe.put("label", label);
        }
        return recipe;
    }

    /** The recipe {@code latentlab interpolate} records; {@code latents} names the endpoints' file, or null for a seed. */
    public static Map<String, String> interpolateRecipe(int steps, Interpolation.Method method, Long seed, String latents,
                                                       String label) {
        Map<String, String> recipe = new TreeMap<>(Map.of("command", "interpolate", "steps", Integer.toString(steps),
                "method", method.cliName()));
        if (seed != null) {
            recipe.put("seed", Long.toString(seed));
        }
        if (latents != null) {
            recipe.put("latents", latents);
        }
        if (label != null) {
            recipe.put("label", label);
        }
        return recipe;
    }

    /** The label every image has, as text; null when there are none or they differ. */
    static String oneLabel(int[] labels) {
        if (labels == null || labels.length == 0) {
            return null;
        }
        for (int label : labels) {
            if (label != labels[0]) {
                return null;
            }
        }
        return Integer.toString(labels[0]);
    }

    private static Long seedOf(String text) {
        try {
            return text == null ? null : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
