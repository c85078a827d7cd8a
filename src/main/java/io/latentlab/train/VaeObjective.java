package io.latentlab.train;

/**
 * The VAE's objective and its gradients, in nats per sample, averaged over a batch:
 *
 * <pre>
 *   loss = E_q[−log p(x|z)] + β·KL(q(z|x) ‖ N(0, I))           (the negative β-ELBO)
 *   −log p(x|z) = ‖x − x̂(z)‖² / (2s²) + (D/2)·log(2π s²)         (Gaussian likelihood, fixed std s)
 *   KL = ½ Σⱼ (μⱼ² + σⱼ² − 1 − log σⱼ²)                         (diagonal Gaussian against N(0, I))
 * </pre>
 *
 * with the expectation estimated by one reparameterised draw z = μ + σ·ε, ε ~ N(0, I). With
 * β = 1 the loss is the negative ELBO, an upper bound on −log p(x). Arrays are row-major: a
 * row of the encoder's output is {@code [μ₁..μ_L, log σ₁²..log σ_L²]}.
 *
 * <p>log σ² is clipped to ±{@value #LOG_VAR_LIMIT} (its gradient is zero beyond), so an early
 * wild step cannot overflow exp.
 */
final class VaeObjective {

    /** The bound on |log σ²|. */
    static final double LOG_VAR_LIMIT = 12;

    private VaeObjective() {
    }

    static double clippedLogVar(float s) {
        return Math.max(-LOG_VAR_LIMIT, Math.min(LOG_VAR_LIMIT, s));
    }

    /** The mean over rows of KL(N(μ, σ²) ‖ N(0, I)), from encoder outputs. */
    static double kl(float[] encoded, int rows, int latent) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int base = r * 2 * latent;
            for (int j = 0; j < latent; j++) {
                double mu = encoded[base + j];
                double s = clippedLogVar(encoded[base + latent + j]);
                sum += 0.5 * (mu * mu + Math.exp(s) - 1 - s);
            }
        }
        return sum / rows;
    }

    /** The mean over rows of −log N(x; x̂, s²I) in nats. */
    static double reconstruction(float[] x, float[] decoded, int rows, int dim, double decoderStd) {
        double sumSquares = 0;
        for (int k = 0; k < rows * dim; k++) {
            double d = decoded[k] - x[k];
            sumSquares += d * d;
        }
        double variance = decoderStd * decoderStd;
        return sumSquares / rows / (2 * variance) + 0.5 * dim * Math.log(2 * Math.PI * variance);
    }

    /** The mean over rows of ‖x − x̂‖², the plain reconstruction error. */
    static double meanSquaredError(float[] x, float[] decoded, int rows, int dim) {
        double sum = 0;
        for (int k = 0; k < rows * dim; k++) {
            double d = decoded[k] - x[k];
            sum += d * d;
        }
        return sum / rows;
    }

    /** z = μ + σ·ε, row by row. */
    static void reparameterise(float[] encoded, float[] noise, int rows, int latent, float[] z) {
        for (int r = 0; r < rows; r++) {
            int base = r * 2 * latent;
            for (int j = 0; j < latent; j++) {
                double sigma = Math.exp(0.5 * clippedLogVar(encoded[base + latent + j]));
                z[r * latent + j] = (float) (encoded[base + j] + sigma * noise[r * latent + j]);
            }
        }
    }

    /** ∂loss/∂x̂ = (x̂ − x) / (s²·rows). */
    static void reconstructionDelta(float[] x, float[] decoded, int rows, int dim, double decoderStd, float[] delta) {
        double scale = 1.0 / (decoderStd * decoderStd * rows);
        for (int k = 0; k < rows * dim; k++) {
            delta[k] = (float) ((decoded[k] - x[k]) * scale);
        }
    }

    /**
     * ∂loss/∂(μ, log σ²) from the gradient {@code latentDelta} = ∂reconstruction/∂z that the
     * decoder passed back, the noise of the draw, and β·KL's own gradient:
     * {@code ∂/∂μ = g + β·μ/rows}, {@code ∂/∂log σ² = g·ε·σ/2 + β·(σ² − 1)/(2·rows)}.
     */
    static void encoderDelta(float[] encoded, float[] noise, float[] latentDelta, int rows, int latent,
                             double beta, float[] delta) {
        for (int r = 0; r < rows; r++) {
            int base = r * 2 * latent;
            for (int j = 0; j < latent; j++) {
                double mu = encoded[base + j];
                float raw = encoded[base + latent + j];
                double s = clippedLogVar(raw);
                double sigma = Math.exp(0.5 * s);
                double g = latentDelta[r * latent + j];
                delta[base + j] = (float) (g + beta * mu / rows);
                double ds = g * noise[r * latent + j] * 0.5 * sigma + beta * 0.5 * (sigma * sigma - 1) / rows;
                delta[base + latent + j] = Math.abs(raw) > LOG_VAR_LIMIT ? 0f : (float) ds;
            }
        }
    }
}
