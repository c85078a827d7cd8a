package io.latentlab.train;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

import java.nio.FloatBuffer;

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

    void apply(FloatBuffer values, int length) {
        switch (this) {
            case IDENTITY -> { }
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    if (values.get(i) < 0) {
                        values.put(i, 0f);
                    }
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < length; i++) {
                    float v = values.get(i);
                    if (v < 0) {
                        values.put(i, v * LEAK);
                    }
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    values.put(i, (float) Math.tanh(values.get(i)));
                }
            }
        }
    }

    /** {@code delta ⊙= f'(·)}, with the derivative read from the activation's {@code output}. */
    void multiplySlope(FloatBuffer delta, FloatBuffer output, int length) {
        switch (this) {
            case IDENTITY -> { }
            case RELU -> {
                for (int i = 0; i < length; i++) {
                    if (output.get(i) <= 0) {
                        delta.put(i, 0f);
                    }
                }
            }
            case LEAKY_RELU -> {
                for (int i = 0; i < length; i++) {
                    if (output.get(i) < 0) {
                        delta.put(i, delta.get(i) * LEAK);
                    }
                }
            }
            case TANH -> {
                for (int i = 0; i < length; i++) {
                    float y = output.get(i);
                    delta.put(i, delta.get(i) * (1 - y * y));
                }
            }
        }
    }
}
