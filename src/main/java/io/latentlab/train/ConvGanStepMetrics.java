package io.latentlab.train;

/**
 * What one convolutional GAN step measured, before its updates.
 *
 * @param iteration     steps taken, this one included
 * @param dLoss         the discriminator's loss on the real and the generated batch
 * @param gLoss         the generator's loss (against the updated discriminator)
 * @param dReal         mean D(x) on the real batch: σ(logit) for the cross-entropy losses, the raw output otherwise
 * @param dFake         mean D(G(z)) on the generated batch, likewise
 */
public record ConvGanStepMetrics(long iteration, double dLoss, double gLoss, double dReal, double dFake) implements ImageStep {

    /** D loss, G loss, D(real), D(fake): the lines of {@link TrainableConvGan#series()}. */
    @Override
    public double[] values() {
        return new double[] {dLoss, gLoss, dReal, dFake};
    }

    /** Both players' losses; the session stops when it is not finite. */
    @Override
    public double loss() {
        return dLoss + gLoss;
    }
}
