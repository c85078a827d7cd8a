package io.latentlab.train;

/**
 * What one image-autoencoder step measured on its batch, before the update, in nats per image.
 *
 * @param iteration      steps taken, this one included
 * @param reconstruction the Bernoulli negative log-likelihood, BCE summed over the pixels
 * @param kl             KL(q(z|x) ‖ N(0, I)); 0 for the plain autoencoder
 * @param beta           the KL weight of this step
 */
public record ImageStepMetrics(long iteration, double reconstruction, double kl, double beta) implements ImageStep {

    /** Reconstruction, KL and negative ELBO: the autoencoder trainer's {@link ImageModelTrainer#series()}. */
    @Override
    public double[] values() {
        return new double[] {reconstruction, kl, negativeElbo()};
    }

    /** The negative ELBO (β = 1), one-sample estimate on this batch. */
    public double negativeElbo() {
        return reconstruction + kl;
    }

    /** What the step minimised: reconstruction + β·KL. */
    @Override
    public double loss() {
        return reconstruction + beta * kl;
    }
}
