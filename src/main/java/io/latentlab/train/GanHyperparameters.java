package io.latentlab.train;

/**
 * The settings of GAN training, with the peer benchmark's values as defaults.
 *
 * @param batch        real points per step, and as many generated ones (default 256)
 * @param generatorLr  Adam learning rate of the generator (default 1e-3)
 * @param discriminatorLr Adam learning rate of the discriminator (default 1e-3)
 * @param beta1        Adam's first-moment decay (default 0.5, as in DCGAN)
 * @param beta2        Adam's second-moment decay (default 0.999)
 * @param loss         the generator's loss (default non-saturating)
 * @param seed         seeds the networks, the noise and the real batches
 */
public record GanHyperparameters(int batch, double generatorLr, double discriminatorLr,
                                 double beta1, double beta2, GanLoss loss, long seed) {

    public static final double EPSILON = 1e-8;

    public GanHyperparameters {
        if (batch < 1 || batch > 65536) {
            throw new io.latentlab.data.BadInputException("batch must be in 1..65536, was " + batch);
        }
        checkRate("generator learning rate", generatorLr);
        checkRate("discriminator learning rate", discriminatorLr);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new io.latentlab.data.BadInputException("Adam betas must be in [0, 1), were " + beta1 + " and " + beta2);
        }
    }

    static void checkRate(String what, double lr) {
        if (!(lr > 0 && lr <= 10)) {
            throw new io.latentlab.data.BadInputException(what + " must be in (0, 10], was " + lr);
        }
    }

    public static GanHyperparameters defaults(long seed) {
        return new GanHyperparameters(256, 1e-3, 1e-3, 0.5, 0.999, GanLoss.NON_SATURATING, seed);
    }

    public GanHyperparameters withLearningRates(double g, double d) {
        return new GanHyperparameters(batch, g, d, beta1, beta2, loss, seed);
    }

    public GanHyperparameters withBatch(int b) {
        return new GanHyperparameters(b, generatorLr, discriminatorLr, beta1, beta2, loss, seed);
    }

    public GanHyperparameters withLoss(GanLoss l) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, l, seed);
    }

    public GanHyperparameters withSeed(long s) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, s);
    }
}
