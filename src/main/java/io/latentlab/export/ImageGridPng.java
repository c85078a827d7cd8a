package io.latentlab.export;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AtomicFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image grid as a PNG that says how it was made: the pictures drawn by {@link ImageGridImage}
 * with the recipe's layout, and the {@link ImageRecipe} in text chunks. The Explore tab's exports
 * and {@code latentlab sample} / {@code interpolate} write through here, atomically.
 */
public final class ImageGridPng {

    private ImageGridPng() {
    }

    /** The PNG of {@code count} images of {@code rows × cols} pixels in [0, 1], with the recipe's chunks. */
    public static byte[] encode(float[] pixels, int count, int rows, int cols, ImageRecipe recipe) {
        return PngTextChunks.encode(ImageGridImage.draw(pixels, count, rows, cols, recipe.layout()), recipe.chunks());
    }

    /** Writes {@code png} to {@code out} through a temporary file, so a crash never leaves half a PNG. */
    public static void write(Path out, byte[] png) throws IOException {
        AtomicFile.write(out, o -> o.write(png));
    }

    /**
     * What the Latent Lab PNG {@code file} says about itself; null when it is a PNG without
     * Latent Lab metadata.
     *
     * @throws BadInputException when the file cannot be read or is not a PNG
     */
    public static ImageRecipe read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + " (" + e.getMessage() + "); check the path");
        }
        try {
            return ImageRecipe.fromChunks(PngTextChunks.read(bytes), String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new BadInputException(file + " is not a PNG image (" + e.getMessage() + "); give a PNG that Latent Lab exported");
        }
    }
}
