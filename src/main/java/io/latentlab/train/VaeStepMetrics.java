package io.latentlab.train;

/**
 * What one VAE step measured on its batch, in nats per sample: the reconstruction term
 * E_q[−log p(x|z)] (one draw of z), the KL term KL(q(z|x) ‖ N(0, I)), the β in force, the
 * negative ELBO (reconstruction + KL, an upper bound on −log p(x) whatever β is) and the
 * objective actually minimised (reconstruction + β·KL).
 */
public record VaeStepMetrics(long iteration, double reconstruction, double kl, double beta) {

    public double negativeElbo() {
        return reconstruction + kl;
    }

    public double objective() {
        return reconstruction + beta * kl;
    }
}
