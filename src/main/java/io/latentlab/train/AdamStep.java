package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * Adam over a whole network's flat parameter vector in one fused pass: moments, bias
 * correction and the parameter update in a single loop over native memory. The formula is
 * DL4J's own {@code AdamUpdater}: with {@code t} counting steps from 1,
 * {@code θ −= lr·√(1−β₂ᵗ)/(1−β₁ᵗ) · m/(√v + ε)}; a test holds the two to the same numbers.
 *
 * <p>Why not DL4J's fused updater operation itself: for the 4,417 parameters of the toy
 * networks it took 64 µs a step, this loop well under 10 µs. The learning rate may change
 * between steps; the moment estimates are kept.
 */
final class AdamStep implements ParameterStep {

    private final float[] m;
    private final float[] v;
    /** The parameters and gradients copied out of native memory, so the update is a loop over arrays. */
    private final float[] p;
    private final float[] g;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private double learningRate;
    private int step;
    private double gradientNorm = Double.NaN;

    AdamStep(long parameters, double learningRate, double beta1, double beta2, double epsilon) {
        this.m = new float[Math.toIntExact(parameters)];
        this.v = new float[m.length];
        this.p = new float[m.length];
        this.g = new float[m.length];
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    /** Moments back to zero and the step count to 0, as if no step had been taken. */
    @Override
    public void reset() {
        java.util.Arrays.fill(m, 0f);
        java.util.Arrays.fill(v, 0f);
        step = 0;
    }

    /** ‖g‖ of the gradients the latest {@link #apply} took; NaN before the first. */
    double gradientNorm() {
        return gradientNorm;
    }

    /** In four independent float sums (so the additions overlap), added in doubles: about 0.1 ms per million values. */
    private static double norm(float[] g) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (int n = g.length - 3; k < n; k += 4) {
            s0 += g[k] * g[k];
            s1 += g[k + 1] * g[k + 1];
            s2 += g[k + 2] * g[k + 2];
            s3 += g[k + 3] * g[k + 3];
        }
        double sum = (double) s0 + s1 + s2 + s3;
        for (; k < g.length; k++) {
            sum += (double) g[k] * g[k];
        }
        return Math.sqrt(sum);
    }

    double learningRate() {
        return learningRate;
    }

    /** One step: {@code params} are updated in place from {@code gradients}. */
    @Override
    public void apply(INDArray params, INDArray gradients) {
        if (params.length() != m.length || gradients.length() != m.length) {
            throw new IllegalArgumentException("expected " + m.length + " parameters and gradients, got "
                    + params.length() + " and " + gradients.length());
        }
        step++;
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(beta2, step)) / (1 - Math.pow(beta1, step)));
        float b1 = (float) beta1;
        float b2 = (float) beta2;
        float eps = (float) epsilon;
        // Bulk copies out and back, then a loop over plain arrays, which the JIT turns into vector
        // instructions: 3× faster than the same loop through FloatBuffer.get/put for the image VAE's
        // 835,000 parameters (0.29 against 0.94 ms per 413,000 on one thread).
        FloatBuffer pb = params.data().asNioFloat();
        int po = (int) params.offset();
        pb.get(po, p);
        gradients.data().asNioFloat().get((int) gradients.offset(), g);
        gradientNorm = norm(g);
        for (int k = 0; k < m.length; k++) {
            float gk = g[k];
            float mk = b1 * m[k] + (1 - b1) * gk;
            float vk = b2 * v[k] + (1 - b2) * gk * gk;
            m[k] = mk;
            v[k] = vk;
            p[k] = p[k] - alpha * mk / ((float) Math.sqrt(vk) + eps);
        }
        pb.put(po, p);
    }
}
