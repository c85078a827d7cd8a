package io.latentlab.train;

import io.latentlab.data.BadInputException;

/**
 * The settings of VAE training.
 *
 * @param beta         β, the weight of the KL term (default 1: the plain ELBO); 0.01 to 10 in the app
 * @param learningRate Adam's learning rate for encoder and decoder (default 2e-3)
 * @param batch        data points per step (default 128)
 * @param decoderStd   the fixed standard deviation s of the Gaussian likelihood p(x|z) = N(x̂(z), s²I)
 *                     (default {@value #DEFAULT_DECODER_STD}, in data units: a reconstruction error of s
 *                     costs half a nat per coordinate). On ring8 (variance 4) this puts the change
 *                     between β = 1, which reconstructs the ring, and β = 4, where every posterior
 *                     collapses onto the prior and x̂ is the data mean
 * @param seed         seeds the networks, the batches and the reparameterisation noise
 */
public record VaeHyperparameters(double beta, double learningRate, int batch, double decoderStd, long seed) {

    public static final double DEFAULT_DECODER_STD = 0.7;
    public static final double MIN_BETA = 1e-4;
    public static final double MAX_BETA = 100;
    static final double ADAM_BETA1 = 0.9;
    static final double ADAM_BETA2 = 0.999;
    static final double ADAM_EPSILON = 1e-8;

    public VaeHyperparameters {
        checkBeta(beta);
        GanHyperparameters.checkRate("learning rate", learningRate);
        if (batch < 1 || batch > 65536) {
            throw new BadInputException("batch must be in 1..65536, was " + batch);
        }
        if (!(decoderStd > 0 && decoderStd <= 100)) {
            throw new BadInputException("the decoder's standard deviation must be in (0, 100], was " + decoderStd);
        }
    }

    static void checkBeta(double beta) {
        if (!(beta >= MIN_BETA && beta <= MAX_BETA)) {
            throw new BadInputException("β (the KL weight) must be in [" + MIN_BETA + ", " + MAX_BETA + "], was " + beta);
        }
    }

    public static VaeHyperparameters defaults(long seed) {
        return new VaeHyperparameters(1.0, 2e-3, 128, DEFAULT_DECODER_STD, seed);
    }

    public VaeHyperparameters withBeta(double newBeta) {
        return new VaeHyperparameters(newBeta, learningRate, batch, decoderStd, seed);
    }

    public VaeHyperparameters withLearningRate(double rate) {
        return new VaeHyperparameters(beta, rate, batch, decoderStd, seed);
    }
}
