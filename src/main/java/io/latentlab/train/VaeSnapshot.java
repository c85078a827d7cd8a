package io.latentlab.train;

/**
 * What a VAE does with a fixed set of data points at one moment, for drawing: each point's
 * posterior mean μ and standard deviations σ (per latent dimension), its reconstruction
 * x̂(μ) decoded from the posterior mean, and points decoded from fixed draws of the prior
 * N(0, I). Arrays are row-major and not copied: treat them as read-only.
 *
 * @param meanSquaredError the mean of ‖x − x̂(μ)‖² over the points
 */
public record VaeSnapshot(long iteration, int dimension, int latentSize, double beta,
                          float[] points, float[] means, float[] sigmas,
                          float[] reconstructions, float[] priorDecoded, double meanSquaredError) {

    public int count() {
        return points.length / dimension;
    }

    /** The mean over points and latent dimensions of the posterior σ. */
    public double meanSigma() {
        double sum = 0;
        for (float s : sigmas) {
            sum += s;
        }
        return sigmas.length == 0 ? Double.NaN : sum / sigmas.length;
    }
}
