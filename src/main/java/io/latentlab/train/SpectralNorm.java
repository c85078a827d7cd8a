package io.latentlab.train;

import java.util.Random;

/**
 * Spectral normalisation of a weight matrix (Miyato et al. 2018): the layer uses W/σ(W), with
 * σ estimated by one power iteration per training step from a persistent left singular vector
 * u. The gradient goes through the division (Miyato et al., eq. 12): with û, v̂ the iteration's
 * vectors, held constant as the paper and PyTorch hold them, and G the gradient with respect to
 * W_SN = W/σ, the gradient with respect to W is {@code (G − λ·ûv̂ᵀ)/σ} with {@code λ = Σ G ⊙ W_SN}.
 */
final class SpectralNorm {

    private final int rows;
    private final int cols;
    private final float[] u;
    private final float[] v;
    private double sigma = 1;
    /** The latest normalised weights, W/σ. */
    private float[] normalised;

    SpectralNorm(int rows, int cols, long seed) {
        this.rows = rows;
        this.cols = cols;
        this.u = new float[rows];
        this.v = new float[cols];
        Random rng = new Random(seed);
        for (int i = 0; i < rows; i++) {
            u[i] = (float) rng.nextGaussian();
        }
        normalise(u);
    }

    double sigma() {
        return sigma;
    }

    /** One power iteration on {@code w} ({@code [rows, cols]} row-major), then divides {@code w} by σ in place. */
    void normalise(float[] w, boolean iterate) {
        if (iterate) {
            java.util.Arrays.fill(v, 0f);
            for (int i = 0; i < rows; i++) {
                float ui = u[i];
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    v[j] += w[base + j] * ui;
                }
            }
            normalise(v);
            for (int i = 0; i < rows; i++) {
                double s = 0;
                int base = i * cols;
                for (int j = 0; j < cols; j++) {
                    s += w[base + j] * v[j];
                }
                u[i] = (float) s;
            }
            normalise(u);
        }
        double s = 0;
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            double row = 0;
            for (int j = 0; j < cols; j++) {
                row += w[base + j] * v[j];
            }
            s += u[i] * row;
        }
        sigma = Math.max(s, 1e-12);
        float inv = (float) (1 / sigma);
        for (int k = 0; k < w.length; k++) {
            w[k] *= inv;
        }
        normalised = w;
    }

    /** Turns {@code g}, the gradient with respect to W/σ, into the gradient with respect to W, in place. */
    void backward(float[] g) {
        double lambda = 0;
        for (int k = 0; k < g.length; k++) {
            lambda += g[k] * (double) normalised[k];
        }
        float inv = (float) (1 / sigma);
        for (int i = 0; i < rows; i++) {
            int base = i * cols;
            float a = (float) (lambda * u[i]);
            for (int j = 0; j < cols; j++) {
                g[base + j] = (g[base + j] - a * v[j]) * inv;
            }
        }
    }

    private static void normalise(float[] x) {
        double s = 0;
        for (float f : x) {
            s += f * f;
        }
        float inv = (float) (1 / Math.max(Math.sqrt(s), 1e-12));
        for (int i = 0; i < x.length; i++) {
            x[i] *= inv;
        }
    }
}
