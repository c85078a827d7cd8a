package io.latentlab.train;

import java.util.Random;

/**
 * The arithmetic of a {@link SoftmaxClassifier} over a flat parameter vector: the forward pass
 * to p(y | x) and the gradient of the mean cross-entropy by backpropagation. Layout: with a
 * hidden layer W₁ (h×2), b₁ (h), W₂ (k×h), b₂ (k); without, W (k×2), b (k). Plain Java: a
 * 2-D input and a few dozen units are far below what a native call is worth.
 */
final class SoftmaxNetwork {

    private final int k;
    private final int h;

    SoftmaxNetwork(int classes, int hidden) {
        this.k = classes;
        this.h = hidden;
    }

    int parameterCount() {
        return h == 0 ? 3 * k : 3 * h + k * h + k;
    }

    /** Weights from N(0, 1/fan-in) (biases 0), drawn from {@code rng}. */
    double[] initialParameters(Random rng) {
        double[] p = new double[parameterCount()];
        if (h == 0) {
            for (int i = 0; i < 2 * k; i++) {
                p[i] = rng.nextGaussian() * Math.sqrt(0.5);
            }
            return p;
        }
        for (int i = 0; i < 2 * h; i++) {
            p[i] = rng.nextGaussian() * Math.sqrt(0.5) * 2; // wide enough that the tanh units start apart
        }
        for (int i = 0; i < k * h; i++) {
            p[3 * h + i] = rng.nextGaussian() / Math.sqrt(h);
        }
        return p;
    }

    /** p(y | x̃) into {@code out}; {@code hiddenOut} receives the hidden activations. */
    void probabilities(double[] p, double x, double y, double[] hiddenOut, double[] out) {
        if (h == 0) {
            for (int c = 0; c < k; c++) {
                out[c] = p[2 * c] * x + p[2 * c + 1] * y + p[2 * k + c];
            }
        } else {
            for (int j = 0; j < h; j++) {
                hiddenOut[j] = tanh(p[2 * j] * x + p[2 * j + 1] * y + p[2 * h + j]);
            }
            int w2 = 3 * h;
            int b2 = w2 + k * h;
            for (int c = 0; c < k; c++) {
                double s = p[b2 + c];
                for (int j = 0; j < h; j++) {
                    s += p[w2 + c * h + j] * hiddenOut[j];
                }
                out[c] = s;
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < k; c++) {
            out[c] /= sum;
        }
    }

    /** tanh through one exp, several times faster than {@link Math#tanh} and within 1e-15 of it. */
    static double tanh(double a) {
        if (a > 20) {
            return 1;
        }
        if (a < -20) {
            return -1;
        }
        return 1 - 2 / (Math.exp(2 * a) + 1);
    }

    /**
     * The mean cross-entropy of standardised points {@code x} (row-major) with {@code labels},
     * plus {@code l2}/2 times the squared weights; its gradient goes into {@code grad}.
     */
    double lossAndGradient(double[] p, double[] x, int[] labels, double l2, double[] grad) {
        java.util.Arrays.fill(grad, 0);
        int n = labels.length;
        double[] hid = new double[h];
        double[] prob = new double[k];
        double[] dHidden = new double[h];
        double loss = 0;
        int w2 = 3 * h;
        int b2 = w2 + k * h;
        for (int i = 0; i < n; i++) {
            double xi = x[2 * i];
            double yi = x[2 * i + 1];
            probabilities(p, xi, yi, hid, prob);
            loss -= Math.log(Math.max(prob[labels[i]], 1e-300));
            prob[labels[i]] -= 1; // d loss / d logits
            if (h == 0) {
                for (int c = 0; c < k; c++) {
                    grad[2 * c] += prob[c] * xi;
                    grad[2 * c + 1] += prob[c] * yi;
                    grad[2 * k + c] += prob[c];
                }
                continue;
            }
            java.util.Arrays.fill(dHidden, 0);
            for (int c = 0; c < k; c++) {
                double d = prob[c];
                grad[b2 + c] += d;
                int row = w2 + c * h;
                for (int j = 0; j < h; j++) {
                    grad[row + j] += d * hid[j];
                    dHidden[j] += d * p[row + j];
                }
            }
            for (int j = 0; j < h; j++) {
                double d = dHidden[j] * (1 - hid[j] * hid[j]);
                grad[2 * j] += d * xi;
                grad[2 * j + 1] += d * yi;
                grad[2 * h + j] += d;
            }
        }
        double penalty = 0;
        int weightsEnd = h == 0 ? 2 * k : 2 * h;
        for (int i = 0; i < grad.length; i++) {
            grad[i] /= n;
        }
        for (int i = 0; i < weightsEnd; i++) {
            penalty += p[i] * p[i];
            grad[i] += l2 * p[i];
        }
        if (h > 0) {
            for (int i = w2; i < b2; i++) {
                penalty += p[i] * p[i];
                grad[i] += l2 * p[i];
            }
        }
        return loss / n + 0.5 * l2 * penalty;
    }
}
