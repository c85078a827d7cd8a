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
            apply(maps.mirror(), null, maps);
        }
    }

    /**
     * Adds {@code bias} to every row of the maps and applies the activation, in one pass over one
     * copy out of native memory and one back (a bias loop and an activation loop each took both).
     */
    void applyWithBias(FeatureMaps maps, float[] bias) {
        apply(maps.mirror(), bias, maps);
    }

    /** Writes {@code f(x)} into {@code y} (maps of the same shape), {@code x} left as it is. */
    void apply(FeatureMaps x, FeatureMaps y) {
        float[] v = x.mirror();
        apply(v, null, y);
    }

    private void apply(float[] v, float[] bias, FeatureMaps into) {
        int length = into.length();
        if (bias != null) {
            int cols = bias.length;
            for (int base = 0; base < length; base += cols) {
                for (int j = 0; j < cols; j++) {
                    v[base + j] += bias[j];
                }
            }
        }
        switch (this) {
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    v[i] = Math.max(v[i], 0f);
                }
            }
            case LEAKY_RELU -> {
                // max(x, 0.2·x) is leaky ReLU for a slope below 1, without a branch per value
                for (int i = 0; i < length; i++) {
                    float x = v[i];
                    v[i] = Math.max(x, x * LEAK);
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    v[i] = (float) Math.tanh(v[i]);
                }
            }
            default -> { }
        }
        into.set(v);
    }

    /** {@code delta ⊙= f'(·)}, with the derivative read from the activation's {@code output}. */
    void multiplySlope(FeatureMaps delta, FeatureMaps output) {
        multiplySlope(delta, output, delta);
    }

    /** {@code into = delta ⊙ f'(·)}, {@code delta} left as it is. */
    void multiplySlope(FeatureMaps delta, FeatureMaps output, FeatureMaps into) {
        if (this == IDENTITY) {
            if (into != delta) {
                into.floats.put(0, delta.floats, 0, delta.length());
            }
            return;
        }
        float[] d = delta.mirror();
        float[] y = output.mirror();
        int length = d.length;
        switch (this) {
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    d[i] *= positive(y[i]);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < length; i++) {
                    d[i] *= 1f - (1f - LEAK) * negative(y[i]);
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    d[i] *= 1 - y[i] * y[i];
                }
            }
            default -> { }
        }
        into.set(d);
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
