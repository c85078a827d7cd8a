package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.ImageGridImage;
import io.latentlab.model.ConvGan;
import io.latentlab.model.LatentImages;

/**
 * Images drawn from a convolutional GAN for {@code sample} and for its model file's preview:
 * z from N(0, I) with a seed; for a conditional GAN either all of one class or, without a class,
 * class after class (so a grid with as many columns as images per class shows one class a row).
 *
 * @param pixels  n × 784 values in [0, 1]
 * @param labels  each image's class (all 0 for the DCGAN)
 * @param columns the grid's columns for a PNG
 */
record ConvGanImages(float[] pixels, int[] labels, int n, int columns) {

    /** {@code label}: a class index or name for a conditional GAN, or null. */
    static ConvGanImages draw(ConvGan gan, int n, long seed, String label) {
        int classes = gan.classes();
        int[] labels = new int[n];
        int columns = ImageGridImage.columnsFor(n);
        if (classes == 0) {
            if (label != null) {
                throw new BadInputException("--label is for conditional models (cgan, cvae), but this model is a "
                        + gan.kind().cliName() + "; leave --label out");
            }
        } else if (label != null) {
            java.util.Arrays.fill(labels, classIndex(gan, label));
        } else {
            int perClass = (n + classes - 1) / classes;
            for (int i = 0; i < n; i++) {
                labels[i] = Math.min(classes - 1, i / perClass);
            }
            columns = perClass;
        }
        float[] z = LatentImages.priorDraws(n, gan.latentSize(), seed);
        return new ConvGanImages(gan.pixels(z, labels, n), labels, n, columns);
    }

    /** A class given as its index (0-based) or its name. */
    static int classIndex(ConvGan gan, String label) {
        String key = label.trim();
        for (int i = 0; i < gan.classNames().size(); i++) {
            if (gan.classNames().get(i).equalsIgnoreCase(key)) {
                return i;
            }
        }
        try {
            int k = Integer.parseInt(key);
            if (k >= 0 && k < gan.classes()) {
                return k;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new BadInputException("--label " + label + " is not a class of this model: give 0.." + (gan.classes() - 1)
                + " or one of " + String.join(", ", gan.classNames()));
    }

    byte[] png() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(ImageGridImage.draw(pixels, n, 28, 28, columns, ImageGridImage.SCALE), "png", bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // writing to memory does not fail
        }
        return bytes.toByteArray();
    }
}
