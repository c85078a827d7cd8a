package io.latentlab.train;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The VAE objective's KL term against Monte Carlo, and its gradients against finite differences. */
class VaeObjectiveTest {

    @Test
    void analyticKlMatchesMonteCarloEstimate() {
        // one row, 2-D latent: μ = (0.8, −1.5), σ = (0.5, 1.7)
        float[] encoded = {0.8f, -1.5f, (float) Math.log(0.25), (float) Math.log(1.7 * 1.7)};
        double analytic = VaeObjective.kl(encoded, 1, 2);
        Random rng = new Random(7);
        int n = 400_000;
        double sum = 0;
        double[] mu = {0.8, -1.5};
        double[] sigma = {0.5, 1.7};
        for (int i = 0; i < n; i++) {
            double logQ = 0;
            double logP = 0;
            for (int j = 0; j < 2; j++) {
                double e = rng.nextGaussian();
                double z = mu[j] + sigma[j] * e;
                logQ += -0.5 * e * e - Math.log(sigma[j]) - 0.5 * Math.log(2 * Math.PI);
                logP += -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
            }
            sum += logQ - logP;
        }
        double monteCarlo = sum / n;
        // closed form: ½Σ(μ² + σ² − 1 − log σ²) = 1.7187...
        assertEquals(0.5 * (0.64 + 0.25 - 1 - Math.log(0.25) + 2.25 + 2.89 - 1 - Math.log(2.89)), analytic, 1e-5);
        assertEquals(analytic, monteCarlo, 0.01);
    }

    @Test
    void klIsZeroAtThePrior() {
        assertEquals(0, VaeObjective.kl(new float[] {0f, 0f}, 1, 1), 1e-12);
    }

    @Test
    void encoderGradientMatchesFiniteDifferences() {
        // loss(μ, s) = ½‖z − t‖² + β·KL with z = μ + exp(s/2)·ε, one row, 1-D latent, "decoder" = identity
        double beta = 0.7;
        float[] noise = {0.6f};
        double target = 1.3;
        float[] encoded = {0.4f, -0.9f};
        float[] z = new float[1];
        VaeObjective.reparameterise(encoded, noise, 1, 1, z);
        float[] latentDelta = {(float) (z[0] - target)};
        float[] delta = new float[2];
        VaeObjective.encoderDelta(encoded, noise, latentDelta, 1, 1, beta, delta);
        for (int k = 0; k < 2; k++) {
            double h = 1e-3;
            float[] up = encoded.clone();
            float[] down = encoded.clone();
            up[k] += (float) h;
            down[k] -= (float) h;
            double numeric = (loss(up, noise, target, beta) - loss(down, noise, target, beta)) / (2 * h);
            assertEquals(numeric, delta[k], 1e-3, "coordinate " + k);
        }
    }

    private static double loss(float[] encoded, float[] noise, double target, double beta) {
        float[] z = new float[1];
        VaeObjective.reparameterise(encoded, noise, 1, 1, z);
        return 0.5 * (z[0] - target) * (z[0] - target) + beta * VaeObjective.kl(encoded, 1, 1);
    }

    @Test
    void reconstructionIsGaussianNegativeLogLikelihoodInNats() {
        float[] x = {1f, 2f, 0f, 0f};
        float[] decoded = {1.5f, 2f, 0f, -1f};
        double s = 0.5;
        // rows: ‖d‖² = 0.25 and 1; mean 0.625 / (2·0.25) + log(2π·0.25)
        assertEquals(0.625 / 0.5 + Math.log(2 * Math.PI * 0.25),
                VaeObjective.reconstruction(x, decoded, 2, 2, s), 1e-9);
    }
}
