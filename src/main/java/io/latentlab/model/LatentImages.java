package io.latentlab.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * Images an autoencoder's decoder makes from latent vectors: a seeded batch from the prior
 * N(0, I), a regular grid over the plane of a 2-D latent (the manifold map), and the decoding of
 * either into pixel means in [0, 1] (the sigmoid of the decoder's logits). The plain
 * autoencoder is decoded from the same prior, although it never learnt one: that is the
 * lecture's point about autoencoders having no prior to sample from. A conditional model decodes
 * each z with a label.
 */
public final class LatentImages {

    /** The most latent vectors decoded at once. */
    public static final int MAX_COUNT = 100_000;

    private LatentImages() {
    }

    /** {@code n} latent vectors from N(0, I), row-major, the same for the same seed. */
    public static float[] priorDraws(int n, int latentSize, long seed) {
        checkCount(n);
        SplittableRandom random = new SplittableRandom(seed);
        float[] z = new float[n * latentSize];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) gaussian(random);
        }
        return z;
    }

    /**
     * A {@code side × side} grid over [−extent, extent]² for a 2-D latent, row by row from the top
     * left: z₁ grows to the right, z₂ grows upwards, as on a plot.
     */
    public static float[] planeGrid(int side, double extent) {
        if (side < 2 || side * side > MAX_COUNT || !(extent > 0)) {
            throw new IllegalArgumentException("a plane grid needs 2 or more points a side and a positive extent, got "
                    + side + " and " + extent);
        }
        float[] z = new float[side * side * 2];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int at = 2 * (r * side + c);
                z[at] = (float) (-extent + 2 * extent * c / (side - 1));
                z[at + 1] = (float) (extent - 2 * extent * r / (side - 1));
            }
        }
        return z;
    }

    /** The decoded images of {@code n} latent vectors {@code z}: {@code n × pixels} values in [0, 1]. */
    public static float[] decode(ImageAutoencoder model, float[] z, int n) {
        return decode(model, z, null, n);
    }

    /**
     * The decoded images of {@code n} latent vectors {@code z}, each with its label in
     * {@code labels} for a conditional model (null for an unconditional one).
     */
    public static float[] decode(ImageAutoencoder model, float[] z, int[] labels, int n) {
        checkCount(n);
        int latent = model.latentSize();
        if (z.length != n * latent) {
            throw new IllegalArgumentException(z.length + " latent values are not " + n + " vectors of " + latent);
        }
        if (model.classes() == 0 && labels != null) {
            throw new IllegalArgumentException("the " + model.kind().cliName() + " is not conditional: it takes no labels");
        }
        return decodeInputs(model, model.withLabels(z, latent, labels, n), n);
    }

    /**
     * The decoded images of {@code n} latent vectors of a conditional model, each with soft class
     * weights ({@code n × classes}, e.g. (1 − t)·onehot(a) + t·onehot(b)) in place of a label.
     */
    public static float[] decodeMixed(ImageAutoencoder model, float[] z, float[] classWeights, int n) {
        checkCount(n);
        int latent = model.latentSize();
        if (z.length != n * latent) {
            throw new IllegalArgumentException(z.length + " latent values are not " + n + " vectors of " + latent);
        }
        return decodeInputs(model, model.withClassWeights(z, latent, classWeights, n), n);
    }

    private static float[] decodeInputs(ImageAutoencoder model, float[] in, int n) {
        int latent = model.latentSize();
        INDArray input = Nd4j.create(in, new long[] {n, latent + model.classes()}, 'c').castTo(DataType.FLOAT);
        INDArray logits = model.decoder().output(input, false);
        float[] out = logits.dup('c').data().asFloat();
        float[] pixels = new float[n * model.pixels()];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (float) (1 / (1 + Math.exp(-out[i])));
        }
        return pixels;
    }

    /** Labels for a grid of one row per class: row k holds {@code perClass} images of class k. */
    public static int[] classRows(int classes, int perClass) {
        checkCount(classes * perClass);
        int[] labels = new int[classes * perClass];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i / perClass;
        }
        return labels;
    }

    /** {@code perClass} latent vectors repeated on each of {@code classes} rows: a column keeps one z under every label. */
    public static float[] repeatedRows(float[] z, int perClass, int latentSize, int classes) {
        float[] all = new float[classes * perClass * latentSize];
        for (int k = 0; k < classes; k++) {
            System.arraycopy(z, 0, all, k * perClass * latentSize, perClass * latentSize);
        }
        return all;
    }

    private static void checkCount(int n) {
        if (n < 1 || n > MAX_COUNT) {
            throw new IllegalArgumentException("latent count must be in 1.." + MAX_COUNT + ", was " + n);
        }
    }

    private static double gaussian(SplittableRandom random) {
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
