package io.latentlab.train;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spectral normalisation: σ converges to the largest singular value, and its backward pass is the derivative of W/σ(W). */
class SpectralNormTest {

    private static float[] randomMatrix(int rows, int cols, long seed) {
        Random rng = new Random(seed);
        float[] w = new float[rows * cols];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rng.nextGaussian();
        }
        return w;
    }

    @Test
    void powerIterationsFindTheLargestSingularValue() {
        // diag(3, 1, 0.5) rotated: the largest singular value is 3
        float[] w = {0, 3, 0, 1, 0, 0, 0, 0, 0.5f};
        SpectralNorm sn = new SpectralNorm(3, 3, 1);
        for (int i = 0; i < 50; i++) {
            sn.normalise(w.clone(), true);
        }
        assertEquals(3.0, sn.sigma(), 1e-4);
    }

    @Test
    void backwardIsTheDerivativeOfTheNormalisedWeightsWithTheVectorsHeld() {
        int rows = 4;
        int cols = 6;
        float[] w = randomMatrix(rows, cols, 3);
        float[] c = randomMatrix(rows, cols, 4); // the loss Σ c ⊙ (W/σ)
        SpectralNorm sn = new SpectralNorm(rows, cols, 5);
        sn.normalise(w.clone(), true); // one iteration fixes u and v
        float[] g = c.clone();
        float[] normalised = w.clone();
        sn.normalise(normalised, false);
        sn.backward(g);
        double h = 1e-3;
        for (int k = 0; k < w.length; k++) {
            float[] plus = w.clone();
            plus[k] += (float) h;
            float[] minus = w.clone();
            minus[k] -= (float) h;
            double numeric = (loss(sn, plus, c) - loss(sn, minus, c)) / (2 * h);
            assertEquals(numeric, g[k], 2e-3 * Math.max(1, Math.abs(numeric)), "∂/∂w[" + k + "]");
        }
    }

    private static double loss(SpectralNorm sn, float[] w, float[] c) {
        float[] normalised = w.clone();
        sn.normalise(normalised, false);
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += c[i] * (double) normalised[i];
        }
        return s;
    }
}
