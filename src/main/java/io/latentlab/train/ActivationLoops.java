package io.latentlab.train;

import io.latentlab.model.HiddenActivation;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * The element-wise loops of {@link DenseStack}'s lean path, over row-major layer arrays in
 * native memory: bias and activation forward, the activation's slope and curvature backward,
 * and column sums for the bias gradients. Plain loops through {@link FloatBuffer} views measured
 * several times faster than ND4J's per-operation overhead at these sizes.
 */
final class ActivationLoops {

    private ActivationLoops() {
    }

    /**
     * {@code a[r][c] += b[c]}, then ReLU or leaky ReLU in the same loop; tanh and ELU are left to
     * one native operation over the array afterwards.
     */
    static void addBias(FloatBuffer a, int rows, INDArray bias, HiddenActivation f) {
        FloatBuffer b = bias.data().asNioFloat();
        int base = (int) bias.offset();
        int cols = (int) bias.length();
        float[] bv = new float[cols];
        b.get(base, bv);
        float below = f == HiddenActivation.RELU ? 0f : f == HiddenActivation.LEAKY_RELU ? (float) HiddenActivation.LEAK : 1f;
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++, k++) {
                float v = a.get(k) + bv[c];
                a.put(k, v < 0 ? below * v : v);
            }
        }
    }

    /** {@code g[c] = Σ_r d[r][c]}. */
    static void sumColumns(FloatBuffer d, int rows, INDArray target) {
        int cols = (int) target.length();
        float[] sums = new float[cols];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++, k++) {
                sums[c] += d.get(k);
            }
        }
        target.data().asNioFloat().put((int) target.offset(), sums);
    }

    /** {@code g[c] += Σ_r d[r][c]}. */
    static void addColumnSums(FloatBuffer d, int rows, INDArray target) {
        int cols = (int) target.length();
        FloatBuffer g = target.data().asNioFloat();
        int base = (int) target.offset();
        float[] sums = new float[cols];
        g.get(base, sums);
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++, k++) {
                sums[c] += d.get(k);
            }
        }
        g.put(base, sums);
    }

    /** The activation's derivative: {@code d[k] *= f'(z[k])}, read from the layer's output a[k]. */
    static void multiplyBySlope(FloatBuffer d, FloatBuffer a, HiddenActivation f) {
        int n = d.capacity();
        if (f == HiddenActivation.RELU) {
            for (int k = 0; k < n; k++) {
                if (a.get(k) <= 0f) {
                    d.put(k, 0f);
                }
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            d.put(k, d.get(k) * f.slopeAt(a.get(k)));
        }
    }

    /** {@code out[k] = δ[k]·(f''/f')(z[k])·t[k]}: how the delta moves with the tangent t of z. */
    static void curvatureTerm(FloatBuffer delta, FloatBuffer a, FloatBuffer t, HiddenActivation f, FloatBuffer out) {
        int n = out.capacity();
        for (int k = 0; k < n; k++) {
            out.put(k, delta.get(k) * f.curvatureRatioAt(a.get(k)) * t.get(k));
        }
    }
}
