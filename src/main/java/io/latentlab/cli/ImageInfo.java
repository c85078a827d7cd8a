package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridPng;
import io.latentlab.export.ImageRecipe;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code latentlab info IMAGE.png} for a PNG that Latent Lab wrote: what its metadata says — the
 * model, seed, vectors, labels, layout, recipe and the command that remakes it.
 */
final class ImageInfo {

    private ImageInfo() {
    }

    static void describe(Path file, PrintWriter out) {
        ImageRecipe recipe = ImageGridPng.read(file);
        if (recipe == null) {
            throw new BadInputException(file.getFileName() + " is a PNG without Latent Lab metadata; info reads PNGs that Latent Lab "
                    + "exported or latentlab sample/interpolate wrote");
        }
        out.println("file: " + file.getFileName());
        out.println("kind: Latent Lab image grid");
        out.println("model: " + recipe.model());
        out.println("model_sha256: " + (recipe.modelSha256() == null ? "none (the model was not a file)" : recipe.modelSha256()));
        out.println("seed: " + (recipe.seed() == null ? "none" : recipe.seed()));
        out.println("latent_vectors: " + (recipe.z() == null ? "none (real images)" : recipe.count() + " of " + recipe.latentSize()));
        if (recipe.labels() != null) {
            Map<Integer, Integer> counts = new TreeMap<>();
            Arrays.stream(recipe.labels()).forEach(k -> counts.merge(k, 1, Integer::sum));
            out.println("labels: " + counts.entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
                    .reduce((a, b) -> a + " " + b).orElse(""));
        }
        out.println("layout: " + recipe.layout().text());
        recipe.recipe().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("recipe." + e.getKey() + ": " + e.getValue()));
        out.println("command: " + (recipe.command() == null ? "none" : recipe.command()));
    }
}
