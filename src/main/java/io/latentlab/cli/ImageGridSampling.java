package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import io.latentlab.export.ExploredImagesPng;
import io.latentlab.export.ImageGridImage;
import io.latentlab.export.ImageGridLayout;
import io.latentlab.export.ImageRecipe;
import io.latentlab.export.RemakeCommand;
import io.latentlab.model.LatentImages;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code latentlab sample} for any image model writing a PNG, or decoding {@code --latents}: the
 * latent vectors drawn from N(0, I) with the seed (for a conditional model without
 * {@code --label}, the usual row per class) or read from a file, decoded through
 * {@link LatentModel#decode}, and written as a grid whose metadata holds the vectors, the labels,
 * the layout and the command that writes the same file again.
 */
final class ImageGridSampling {

    private ImageGridSampling() {
    }

    /** The line printed after writing. */
    static String write(Path modelFile, Integer n, long seed, String label, Path latentsPath, GridLayoutOptions options,
                        String format, Path out) {
        LatentModel model = LatentModels.open(modelFile);
        if ("csv".equals(format)) {
            throw new BadInputException(modelFile.getFileName() + " makes images, which a points .csv cannot hold; "
                    + "write them as FILE.npy (float32 N×H×W) or FILE.png (a grid)");
        }
        int classes = model.classNames().size();
        if (label != null && classes == 0) {
            throw new BadInputException("--label is for conditional models (cgan, cvae), but " + (model.kind().isGan()
                    ? "this model is a " : modelFile.getFileName() + " holds a ") + model.kind().cliName() + "; leave --label out");
        }
        Integer k = label == null ? null : classOf(label, model, modelFile);
        float[] z;
        int[] labels = null;
        int count;
        int columns;
        Long shownSeed;
        Map<String, String> recipe;
        String command;
        String sha = LatentGridOutput.sha256(modelFile);
        if (latentsPath != null) {
            LatentsFile latents = LatentsFile.read(latentsPath);
            latents.requireLatentSize(model.latentSize(), modelFile);
            z = latents.z();
            count = latents.count();
            if (classes > 0) {
                labels = k != null ? LatentGridOutput.all(k, count) : latents.labels();
                if (labels == null || labels.length != count) {
                    throw new BadInputException(modelFile.getFileName() + " is conditional and " + latentsPath.getFileName()
                            + " gives no label for each vector: add --label L");
                }
            }
            columns = latents.from() != null ? latents.from().layout().columns() : ImageGridImage.columnsFor(count);
            shownSeed = latents.seed();
            recipe = latents.from() != null ? latents.recipe()
                    : new TreeMap<>(Map.of("command", "sample", "latents", String.valueOf(latentsPath.getFileName())));
            if (latents.from() != null && latents.from().modelSha256() != null && !latents.from().modelSha256().equals(sha)) {
                System.err.println("note: " + latentsPath.getFileName() + " was made with another " + latents.from().model()
                        + " (its SHA-256 differs), so the pictures may differ");
            }
            checkPng(format, count, 1);
            ImageGridLayout layout = latents.from() != null ? options.layout(latents.from().layout()) : options.layout(columns);
            command = RemakeCommand.sample(modelFile.toString(), count, null, latentsPath.toString(), label, layout, out.toString());
            return finish(model, z, labels, count, new ImageRecipe(model.name(), sha, shownSeed, z, model.latentSize(),
                    labels, layout, recipe, command), format, out, "decoded from " + latentsPath.getFileName());
        }
        int rowsOfClasses = classes > 0 && k == null ? classes : 1;
        checkPng(format, n, rowsOfClasses);
        z = LatentImages.priorDraws(n, model.latentSize(), seed);
        count = n;
        columns = ImageGridImage.columnsFor(n);
        String how = "z from N(0, I), seed " + seed;
        if (k != null) {
            labels = LatentGridOutput.all(k, n);
            how += ", all of class " + k + " '" + model.classNames().get(k) + "'";
        } else if (classes > 0 && model.encodes()) { // a conditional VAE: the same n draws under every class, a row each
            z = LatentImages.repeatedRows(z, n, model.latentSize(), classes);
            labels = LatentImages.classRows(classes, n);
            count = n * classes;
            columns = n;
            how += ", " + n + " of each of the " + classes + " classes in label order (" + String.join(", ", model.classNames())
                    + "), the same z for each";
        } else if (classes > 0) { // a conditional GAN: class after class
            int perClass = (n + classes - 1) / classes;
            labels = new int[n];
            for (int i = 0; i < n; i++) {
                labels[i] = Math.min(classes - 1, i / perClass);
            }
            columns = perClass;
            how += ", class after class (" + String.join(", ", model.classNames()) + ")";
        }
        if (model.kind() == io.latentlab.model.ImageModelKind.AE) {
            how += "; note: a plain autoencoder has no prior: these are decoded from the same N(0, I) a VAE learns to fill, "
                    + "which the autoencoder was never trained to match, so expect blurs and non-images";
        }
        ImageGridLayout layout = options.layout(columns);
        recipe = ExploredImagesPng.sampleRecipe(n, seed, k == null ? null : k.toString());
        command = RemakeCommand.sample(modelFile.toString(), n, seed, null, label, layout, out.toString());
        return finish(model, z, labels, count, new ImageRecipe(model.name(), sha, seed, z, model.latentSize(), labels, layout,
                recipe, command), format, out, how);
    }

    private static String finish(LatentModel model, float[] z, int[] labels, int count, ImageRecipe recipe, String format,
                                 Path out, String how) {
        LatentGridOutput.write(model, z, labels, count, recipe, format, out);
        return String.format(Locale.ROOT, "wrote %d images (%dx%dx%d, %d latents, %s) from %s to %s", count, count,
                model.rows(), model.cols(), model.latentSize(), how, model.name(), out);
    }

    /** The class {@code label} names, with the words each family's sampling has always used. */
    static int classOf(String label, LatentModel model, Path modelFile) {
        try {
            return ImageSampling.classOf(label, model.classNames(), modelFile);
        } catch (BadInputException e) {
            if (!model.kind().isGan()) {
                throw e;
            }
            throw new BadInputException("--label " + label + " is not a class of this model: give 0.." + (model.classNames().size() - 1)
                    + " or one of " + String.join(", ", model.classNames()));
        }
    }

    private static void checkPng(String format, int n, int rowsOfClasses) {
        long total = (long) n * rowsOfClasses;
        if (total > LatentImages.MAX_COUNT || ("png".equals(format) && total > ImageSampling.MAX_PNG_IMAGES)) {
            throw new BadInputException("--n must be at most " + ("png".equals(format) ? ImageSampling.MAX_PNG_IMAGES
                    : LatentImages.MAX_COUNT) / rowsOfClasses + " images" + (rowsOfClasses > 1 ? " per class" : "")
                    + " for a ." + format + " from an image model, got " + n);
        }
    }
}
