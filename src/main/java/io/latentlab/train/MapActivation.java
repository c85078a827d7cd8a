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

    /** Applies the activation in place to the first {@code length} values (bulk-copied through a Java array, which loops fast). */
    void apply(FeatureMaps maps) {
        if (this == IDENTITY) {
            return;
        }
        float[] v = maps.mirror();
        int length = v.length;
        switch (this) {
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    v[i] = Math.max(v[i], 0f);
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < length; i++) {
                    float x = v[i];
                    v[i] = x < 0 ? x * LEAK : x;
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    v[i] = (float) Math.tanh(v[i]);
                }
            }
            default -> { }
        }
        maps.set(v);
    }

    /** {@code delta ⊙= f'(·)}, with the derivative read from the activation's {@code output}. */
    void multiplySlope(FeatureMaps delta, FeatureMaps output) {
        if (this == IDENTITY) {
            return;
        }
        float[] d = delta.mirror();
        float[] y = output.mirror();
        int length = d.length;
        switch (this) {
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    d[i] = y[i] > 0 ? d[i] : 0f;
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < length; i++) {
                    d[i] = y[i] < 0 ? d[i] * LEAK : d[i];
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    d[i] *= 1 - y[i] * y[i];
                }
            }
            default -> { }
        }
        delta.set(d);
    }
}
