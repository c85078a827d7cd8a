package io.latentlab.train;

import io.latentlab.data.BadInputException;

/**
 * The settings of image-autoencoder training, as the peer's: Adam (β₁ 0.9, β₂ 0.999, ε 1e-8).
 *
 * @param beta         the weight β of the KL term (1: the plain ELBO); ignored by the plain autoencoder
 * @param learningRate Adam's learning rate of encoder and decoder (default {@value #DEFAULT_LEARNING_RATE})
 * @param batch        images per step (default {@value #DEFAULT_BATCH})
 * @param seed         seeds the epoch permutations and the reparameterisation noise
 */
public record ImageTrainingSettings(double beta, double learningRate, int batch, long seed) {

    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final int DEFAULT_BATCH = 128;

    public ImageTrainingSettings {
        VaeHyperparameters.checkBeta(beta);
        GanHyperparameters.checkRate("learning rate", learningRate);
        if (batch < 1 || batch > 4096) {
            throw new BadInputException("batch must be in 1..4096, was " + batch);
        }
    }

    /** β 1, Adam 1e-3, batch 128: the peer's. */
    public static ImageTrainingSettings defaults(long seed) {
        return new ImageTrainingSettings(1.0, DEFAULT_LEARNING_RATE, DEFAULT_BATCH, seed);
    }
}
