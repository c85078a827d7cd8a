package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.explore.LatentModel;
import io.latentlab.export.FileDigest;
import io.latentlab.export.ImageGridPng;
import io.latentlab.export.ImageRecipe;
import io.latentlab.export.NpyWriter;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Decodes latent vectors through {@link LatentModel#decode} (one batch, as the window's exports
 * decode them) and writes the pictures: a PNG grid with its {@link ImageRecipe} in text chunks,
 * or a float32 {@code .npy} of N×H×W.
 */
final class LatentGridOutput {

    private LatentGridOutput() {
    }

    /** The model file's SHA-256, for the PNG's metadata. */
    static String sha256(Path modelFile) {
        try {
            return FileDigest.sha256(modelFile);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + modelFile + " (" + e.getMessage() + "); check the path given to --model");
        }
    }

    static void write(LatentModel model, float[] z, int[] labels, int count, ImageRecipe recipe, String format, Path out) {
        float[] pixels = model.decode(z, model.conditional() ? labels : null, count);
        try {
            if ("npy".equals(format)) {
                NpyWriter.write(out, pixels, count, model.rows(), model.cols());
            } else {
                ImageGridPng.write(out, ImageGridPng.encode(pixels, count, model.rows(), model.cols(), recipe));
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
    }

    /** A label per image, all {@code label}. */
    static int[] all(int label, int count) {
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, label);
        return labels;
    }
}
