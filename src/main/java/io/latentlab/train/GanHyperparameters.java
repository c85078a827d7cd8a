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
 * @param averageDecay decay of the exponential moving average of the generator's weights that
 *                     samples and saved models use (default 0.999; 0 turns it off, as the peer has it).
 *                     Training itself is unchanged: the average only smooths the back-and-forth
 *                     of adversarial training out of what is shown at the end.
 * @param discriminatorSteps discriminator steps before each generator step (default 1; WGAN-GP
 *                     is usually trained with 5)
 * @param penaltyWeight λ of the WGAN-GP gradient penalty (default 0.1, for toy data of unit scale;
 *                     the paper's 10 is for images); used by {@link GanLoss#WASSERSTEIN_GP} only
 * @param generatorOptimizer     Adam (default) or plain SGD for the generator; a trainer may swap it
 *                     between steps (its state starts afresh)
 * @param discriminatorOptimizer the same for the discriminator
 */
public record GanHyperparameters(int batch, double generatorLr, double discriminatorLr,
                                 double beta1, double beta2, GanLoss loss, long seed, double averageDecay,
                                 int discriminatorSteps, double penaltyWeight, Optimizer generatorOptimizer,
                                 Optimizer discriminatorOptimizer) {

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
        java.util.Objects.requireNonNull(generatorOptimizer, "generatorOptimizer");
        java.util.Objects.requireNonNull(discriminatorOptimizer, "discriminatorOptimizer");
        if (discriminatorSteps < 1 || discriminatorSteps > 100) {
            throw new io.latentlab.data.BadInputException("discriminator steps per generator step must be in 1..100, was "
                    + discriminatorSteps);
        }
        if (!(penaltyWeight >= 0 && penaltyWeight <= 1000)) {
            throw new io.latentlab.data.BadInputException("the gradient penalty's weight must be in 0..1000, was " + penaltyWeight);
        }
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new io.latentlab.data.BadInputException("the generator average's decay must be in [0, 1), was " + averageDecay
                    + "; 0 turns averaging off");
        }
    }

    static void checkRate(String what, double lr) {
        if (!(lr > 0 && lr <= 10)) {
            throw new io.latentlab.data.BadInputException(what + " must be in (0, 10], was " + lr);
        }
    }

    /** Latent Lab's defaults: the peer's, plus a 0.999 average of the generator's weights. */
    public static GanHyperparameters defaults(long seed) {
        return peer(seed).withAverageDecay(0.999);
    }

    /** The PyTorch peer benchmark's settings exactly: no averaging. */
    public static GanHyperparameters peer(long seed) {
        return new GanHyperparameters(256, 1e-3, 1e-3, 0.5, 0.999, GanLoss.NON_SATURATING, seed, 0, 1, 0.1, Optimizer.ADAM, Optimizer.ADAM);
    }

    public GanHyperparameters withLearningRates(double g, double d) {
        return new GanHyperparameters(batch, g, d, beta1, beta2, loss, seed, averageDecay, discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withBatch(int b) {
        return new GanHyperparameters(b, generatorLr, discriminatorLr, beta1, beta2, loss, seed, averageDecay, discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withLoss(GanLoss l) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, l, seed, averageDecay, discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withSeed(long s) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, s, averageDecay, discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withAverageDecay(double decay) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, seed, decay, discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withDiscriminatorSteps(int steps) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, seed, averageDecay,
                steps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withPenaltyWeight(double weight) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, seed, averageDecay,
                discriminatorSteps, weight, generatorOptimizer, discriminatorOptimizer);
    }

    public GanHyperparameters withBetas(double b1, double b2) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, b1, b2, loss, seed, averageDecay,
                discriminatorSteps, penaltyWeight, generatorOptimizer, discriminatorOptimizer);
    }

    /**
     * {@code loss} with the settings it is usually trained with: for {@link GanLoss#WASSERSTEIN_GP}
     * five critic steps per generator step and Adam's β₂ 0.9 (as in the WGAN-GP paper; on the
     * ring these cover all eight modes by iteration 1000 for seeds 1 to 3); the others unchanged.
     */
    public GanHyperparameters withLossAndUsualSettings(GanLoss l) {
        GanHyperparameters h = withLoss(l);
        return l == GanLoss.WASSERSTEIN_GP ? h.withDiscriminatorSteps(5).withBetas(beta1, 0.9) : h;
    }

    /** {@code o} for both networks. */
    public GanHyperparameters withOptimizer(Optimizer o) {
        return withOptimizers(o, o);
    }

    public GanHyperparameters withOptimizers(Optimizer generator, Optimizer discriminator) {
        return new GanHyperparameters(batch, generatorLr, discriminatorLr, beta1, beta2, loss, seed, averageDecay,
                discriminatorSteps, penaltyWeight, generator, discriminator);
    }
}
