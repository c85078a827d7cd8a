package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridImage;
import io.latentlab.export.NpyWriter;
import io.latentlab.model.AtomicFile;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;
import io.latentlab.model.LoadedAutoencoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code latentlab sample --model FILE.lab.zip --n N [--label L] --out FILE.png|FILE.npy} for an
 * image autoencoder: N latent vectors drawn from N(0, I) with the seed, decoded into pixel means
 * in [0, 1]; a {@code .npy} of float32 N×H×W, or a {@code .png} grid of the images. A plain
 * autoencoder is decoded from the same prior, and the command says that it never learnt one.
 *
 * <p>A conditional VAE decodes every z with the class {@code --label} names (its number or its
 * name on the card, e.g. {@code 7} or {@code Sneaker}); without {@code --label} it writes N images
 * of every class, class after class, the same N draws of z for each: a PNG row per class, so a
 * column shows one z under every label.
 */
final class ImageSampling {

    /** The most images one PNG grid holds. */
    static final int MAX_PNG_IMAGES = 1024;

    private ImageSampling() {
    }

    /** The line printed after writing; the file is written atomically. */
    static String write(Path modelFile, int n, long seed, String label, String format, Path out) {
        LoadedAutoencoder loaded = AutoencoderFile.load(modelFile);
        ImageAutoencoder model = loaded.model();
        int classes = model.classes();
        if (label != null && classes == 0) {
            throw new BadInputException("--label is for conditional models (cgan, cvae), but " + modelFile.getFileName()
                    + " holds a " + model.kind().cliName() + "; leave --label out");
        }
        if ("csv".equals(format)) {
            throw new BadInputException(modelFile.getFileName() + " makes images, which a points .csv cannot hold; "
                    + "write them as FILE.npy (float32 N×H×W) or FILE.png (a grid)");
        }
        int rowsOfClasses = classes > 0 && label == null ? classes : 1;
        long total = (long) n * rowsOfClasses;
        if (total > LatentImages.MAX_COUNT || ("png".equals(format) && total > MAX_PNG_IMAGES)) {
            int most = ("png".equals(format) ? MAX_PNG_IMAGES : LatentImages.MAX_COUNT) / rowsOfClasses;
            throw new BadInputException("--n must be at most " + most + " images" + (rowsOfClasses > 1 ? " per class (" + classes
                    + " classes, one row each; give --label L for one class)" : "") + " for a ." + format
                    + " from an image model, got " + n);
        }
        int count = (int) total;
        float[] z = LatentImages.priorDraws(n, model.latentSize(), seed);
        int[] labels = null;
        String what;
        if (classes == 0) {
            what = "";
        } else if (label != null) {
            int k = classOf(label, model.classNames(), modelFile);
            labels = new int[n];
            Arrays.fill(labels, k);
            what = ", class " + k + " '" + model.classNames().get(k) + "'";
        } else {
            z = LatentImages.repeatedRows(z, n, model.latentSize(), classes);
            labels = LatentImages.classRows(classes, n);
            what = ", " + n + " of each of the " + classes + " classes in label order (" + String.join(", ", model.classNames())
                    + "), the same z for each";
        }
        float[] pixels = LatentImages.decode(model, z, labels, count);
        try {
            if ("npy".equals(format)) {
                NpyWriter.write(out, pixels, count, model.rows(), model.cols());
            } else {
                byte[] png = rowsOfClasses > 1 ? ImageGridImage.png(pixels, count, model.rows(), model.cols(), n)
                        : ImageGridImage.png(pixels, count, model.rows(), model.cols());
                AtomicFile.write(out, o -> o.write(png));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        String prior = model.kind() == AutoencoderKind.AE
                ? "; note: a plain autoencoder has no prior: these are decoded from the same N(0, I) a VAE learns to fill, "
                + "which the autoencoder was never trained to match, so expect blurs and non-images"
                : "";
        return String.format(Locale.ROOT, "wrote %d images (%dx%dx%d, z from N(0, I) in %d dimensions, seed %d%s) from %s to %s%s",
                count, count, model.rows(), model.cols(), model.latentSize(), seed, what, modelFile.getFileName(), out, prior);
    }

    /** The label {@code label} names: a number 0..classes−1, or a class name (case-insensitive). */
    static int classOf(String label, List<String> classNames, Path modelFile) {
        String key = label.trim();
        for (int k = 0; k < classNames.size(); k++) {
            if (classNames.get(k).equalsIgnoreCase(key)) {
                return k;
            }
        }
        try {
            int k = Integer.parseInt(key);
            if (k >= 0 && k < classNames.size()) {
                return k;
            }
        } catch (NumberFormatException e) {
            // not a number either: the message below lists the choices
        }
        boolean numbered = classNames.equals(io.latentlab.data.ClassNames.numbered(classNames.size()));
        throw new BadInputException("--label " + label + " is not a class of " + modelFile.getFileName() + ": give 0.."
                + (classNames.size() - 1) + (numbered ? "" : " or one of " + String.join(", ", classNames)));
    }
}
