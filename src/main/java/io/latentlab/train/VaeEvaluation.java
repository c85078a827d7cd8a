package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.ImageAutoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Random;

/**
 * The negative ELBO of an image autoencoder on a set of images, in nats per image, with the
 * Bernoulli likelihood summed over the pixels:
 *
 * <pre>
 *   −ELBO(x) = E_{q(z|x)}[ BCE(decoder(z), x) ] + KL(q(z|x) ‖ N(0, I))
 * </pre>
 *
 * The KL term is exact; the expectation is estimated with {@code draws} reparameterised draws of z
 * per image, averaged (one draw, as the training loss and the peer take it, is the usual
 * "single-sample" figure; more draws lower its variance, not its expected value; this is not the
 * importance-weighted bound). For the plain autoencoder z is μ, the KL term is 0, and the figure
 * is its reconstruction cross-entropy. A conditional VAE is given each image's label (the
 * conditional bound on −log p(x | y)). Reads the networks without changing them; seeded.
 */
public final class VaeEvaluation {

    /** Images per forward pass. */
    static final int CHUNK = 500;

    private VaeEvaluation() {
    }

    /**
     * The figures on {@code images}.
     *
     * @param draws reparameterised draws per image (VAE), at least 1
     */
    public static ElboEstimate of(ImageAutoencoder model, ImageSet images, int draws, long seed) {
        if (draws < 1 || draws > 1000) {
            throw new IllegalArgumentException("draws must be in 1..1000, was " + draws);
        }
        if (images.size() != model.pixels()) {
            throw new IllegalArgumentException(images.name() + " has images of " + images.rows() + "×" + images.cols()
                    + " but the model reads " + model.rows() + "×" + model.cols());
        }
        if (model.classes() > 0 && (!images.hasLabels() || images.classes() > model.classes())) {
            throw new IllegalArgumentException(images.name() + (images.hasLabels() ? " has " + images.classes()
                    + " classes but the model knows " + model.classes() : " has no labels") + "; a conditional model is "
                    + "measured on labelled images of its classes");
        }
        boolean variational = model.kind().variational();
        int classes = model.classes();
        int[] labels = images.labels();
        int dim = model.pixels();
        int latent = model.latentSize();
        int encoded = model.kind().encoderOutputsPerLatent() * latent;
        DenseStack encoder = new DenseStack(model.encoder(), SgemmLibrary.chosen());
        DenseStack decoder = new DenseStack(model.decoder(), SgemmLibrary.chosen());
        Random rng = new Random(seed);
        float[] pixels = images.pixelsView();
        float[] x = new float[CHUNK * dim];
        float[] enc = new float[CHUNK * encoded];
        float[] noise = new float[CHUNK * latent];
        float[] z = new float[CHUNK * latent];
        float[] logits = new float[CHUNK * dim];
        double reconstruction = 0;
        double kl = 0;
        int count = images.count();
        for (int start = 0; start < count; start += CHUNK) {
            int rows = Math.min(CHUNK, count - start);
            int passRows = Math.max(2, rows); // ND4J makes a one-row matrix non-contiguous
            System.arraycopy(pixels, start * dim, x, 0, rows * dim);
            DenseStack.Pass encodePass = encoder.pass(passRows);
            int[] y = labelsOf(labels, start, rows, passRows);
            floats(encodePass.input()).put(0, model.withLabels(x, dim, y, passRows), 0, passRows * (dim + classes));
            encoder.forward(encodePass);
            floats(encodePass.output()).get(0, enc, 0, passRows * encoded);
            if (variational) {
                kl += VaeObjective.kl(enc, rows, latent) * rows;
            }
            DenseStack.Pass decodePass = decoder.pass(passRows);
            for (int d = 0; d < (variational ? draws : 1); d++) {
                if (variational) {
                    for (int k = 0; k < rows * latent; k++) {
                        noise[k] = (float) rng.nextGaussian();
                    }
                    VaeObjective.reparameterise(enc, noise, rows, latent, z);
                } else {
                    System.arraycopy(enc, 0, z, 0, rows * latent);
                }
                floats(decodePass.input()).put(0, model.withLabels(z, latent, y, passRows), 0, passRows * (latent + classes));
                decoder.forward(decodePass);
                floats(decodePass.output()).get(0, logits, 0, passRows * dim);
                reconstruction += BernoulliLikelihood.sum(x, logits, rows * dim) / (variational ? draws : 1);
            }
        }
        return new ElboEstimate(reconstruction / count, kl / count, variational ? draws : 0, count);
    }

    /** The labels of images start.. (padded to passRows with the first); null without labels. */
    private static int[] labelsOf(int[] labels, int start, int rows, int passRows) {
        if (labels == null) {
            return null;
        }
        int[] y = new int[passRows];
        for (int i = 0; i < passRows; i++) {
            y[i] = labels[start + (i < rows ? i : 0)];
        }
        return y;
    }

    private static FloatBuffer floats(INDArray array) {
        return array.data().asNioFloat();
    }

    /**
     * Nats per image.
     *
     * @param reconstruction the expected Bernoulli cross-entropy, summed over pixels
     * @param kl             KL(q(z|x) ‖ N(0, I)), 0 for the plain autoencoder
     * @param draws          draws of z per image behind the reconstruction term; 0 for the plain autoencoder (z = μ)
     * @param images         how many images
     */
    public record ElboEstimate(double reconstruction, double kl, int draws, int images) {

        public double negativeElbo() {
            return reconstruction + kl;
        }

        /** How the figure was estimated, in words. */
        public String method() {
            return draws == 0 ? "reconstruction from μ (plain autoencoder, no KL)"
                    : draws == 1 ? "single-sample estimate" : draws + "-sample estimate";
        }
    }
}
