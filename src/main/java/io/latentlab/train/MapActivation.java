package io.latentlab.train;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;


/**
 * The activations of the convolutional GANs, applied in place to a layer's output and
 * differentiated from that output alone (ReLU and leaky ReLU by its sign, tanh as 1 − y²).
 */
enum MapActivation {
    IDENTITY, RELU, LEAKY_RELU, TANH;

    static final float LEAK = 0.2f;

    static MapActivation of(IActivation fn) {
        if (fn == null || fn instanceof ActivationIdentity) {
            return IDENTITY;
        }
        if (fn instanceof ActivationReLU) {
            return RELU;
        }
        if (fn instanceof ActivationLReLU l && Math.abs(l.getAlpha() - LEAK) < 1e-6) {
            return LEAKY_RELU;
        }
        if (fn instanceof ActivationTanH) {
            return TANH;
        }
        throw new IllegalArgumentException("activation " + fn + " is not one the convolutional lean path runs");
    }

    static MapActivation of(org.deeplearning4j.nn.conf.layers.Layer conf) {
        return conf instanceof BaseLayer b ? of(b.getActivationFn()) : IDENTITY;
    }

    /** Applies the activation in place. */
    void apply(FeatureMaps maps) {
        if (this != IDENTITY) {
            apply(maps, null, maps, StepThreads.SINGLE);
        }
    }

    /**
     * Adds {@code bias} to every row of the maps and applies the activation, in one pass over one
     * copy out of native memory and one back (a bias loop and an activation loop each took both).
     */
    void applyWithBias(FeatureMaps maps, float[] bias, StepThreads threads) {
        apply(maps, bias, maps, threads);
    }

    /** Writes {@code f(x)} into {@code y} (maps of the same shape), {@code x} left as it is. */
    void apply(FeatureMaps x, FeatureMaps y, StepThreads threads) {
        apply(x, null, y, threads);
    }

    private void apply(FeatureMaps from, float[] bias, FeatureMaps into, StepThreads threads) {
        float[] v = from.mirrorArray();
        int cols = bias == null ? from.c : bias.length;
        threads.split(into.length(), cols, (start, end) -> {
            from.floats.get(start, v, start, end - start);
            // bias and activation in one pass over the values (the same sums, then the same maxima)
            if (bias != null && this == LEAKY_RELU) {
                for (int base = start; base < end; base += cols) {
                    for (int j = 0; j < cols; j++) {
                        float x = v[base + j] + bias[j];
                        v[base + j] = Math.max(x, x * LEAK);
                    }
                }
                into.floats.put(start, v, start, end - start);
                return;
            }
            if (bias != null && this == RELU) {
                for (int base = start; base < end; base += cols) {
                    for (int j = 0; j < cols; j++) {
                        v[base + j] = Math.max(v[base + j] + bias[j], 0f);
                    }
                }
                into.floats.put(start, v, start, end - start);
                return;
            }
            if (bias != null) {
                for (int base = start; base < end; base += cols) {
                    for (int j = 0; j < cols; j++) {
                        v[base + j] += bias[j];
                    }
                }
            }
            apply(v, start, end);
            into.floats.put(start, v, start, end - start);
        });
    }

    /** Applies the activation in place to {@code v[start, end)}. */
    void apply(float[] v, int start, int end) {
        switch (this) {
            case RELU -> {
                for (int i = start; i < end; i++) {
                    v[i] = Math.max(v[i], 0f);
                }
            }
            case LEAKY_RELU -> {
                // max(x, 0.2·x) is leaky ReLU for a slope below 1, without a branch per value
                for (int i = start; i < end; i++) {
                    float x = v[i];
                    v[i] = Math.max(x, x * LEAK);
                }
            }
            case TANH -> {
                for (int i = start; i < end; i++) {
                    v[i] = tanh(v[i]);
                }
            }
            default -> { }
        }
    }

    /** tanh through {@code Math.exp} (a fast intrinsic; {@code Math.tanh} is not), exact to float precision. */
    private static float tanh(float x) {
        return (float) (1 - 2 / (Math.exp(2.0 * x) + 1));
    }

    /** {@code delta ⊙= f'(·)}, with the derivative read from the activation's {@code output}. */
    void multiplySlope(FeatureMaps delta, FeatureMaps output, StepThreads threads) {
        multiplySlope(delta, output, delta, threads);
    }

    /** {@code into = delta ⊙ f'(·)}, {@code delta} left as it is. */
    void multiplySlope(FeatureMaps delta, FeatureMaps output, FeatureMaps into, StepThreads threads) {
        if (this == IDENTITY) {
            if (into != delta) {
                into.floats.put(0, delta.floats, 0, delta.length());
            }
            return;
        }
        float[] d = delta.mirrorArray();
        float[] y = output.mirrorArray();
        threads.split(delta.length(), 1, (start, end) -> {
            delta.floats.get(start, d, start, end - start);
            output.floats.get(start, y, start, end - start);
            multiplySlope(d, y, start, end);
            into.floats.put(start, d, start, end - start);
        });
    }

    /** {@code d[i] *= f'(·)} over {@code [start, end)}, the derivative read from the activation's output {@code y}. */
    void multiplySlope(float[] d, float[] y, int start, int end) {
        switch (this) {
            case RELU -> {
                for (int i = start; i < end; i++) {
                    d[i] *= positive(y[i]);
                }
            }
            case LEAKY_RELU -> {
                for (int i = start; i < end; i++) {
                    d[i] *= 1f - (1f - LEAK) * negative(y[i]);
                }
            }
            case TANH -> {
                for (int i = start; i < end; i++) {
                    d[i] *= 1 - y[i] * y[i];
                }
            }
            default -> { }
        }
    }

    /*
     * The slopes are read from the sign bit rather than by comparisons: the signs of a layer's
     * outputs are a coin toss, and a branch per value mispredicted half the time (the activation
     * loops were a fifth of a DCGAN step).
     */

    /** 1 for y > 0, 0 for y ≤ 0 (+0 included, which ReLU outputs for every negative input). */
    private static float positive(float y) {
        return 1 - ((Float.floatToRawIntBits(y) - 1) >>> 31);
    }

    /** 1 for a negative y (sign bit set), 0 otherwise. */
    private static float negative(float y) {
        return Float.floatToRawIntBits(y) >>> 31;
    }
}
