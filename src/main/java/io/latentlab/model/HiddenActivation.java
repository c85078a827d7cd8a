package io.latentlab.model;

import io.latentlab.data.BadInputException;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;

import java.util.Locale;

/**
 * The non-linearity inside a network's hidden layers, the teaching set: ReLU (the default),
 * leaky ReLU with slope 0.2 below zero, tanh and ELU (α = 1).
 *
 * <p>Besides the value, each gives its slope and its curvature ratio f''/f' as functions of the
 * layer's <em>output</em>, which is what the lean training path keeps: backpropagation needs the
 * slope, WGAN-GP's double backpropagation also the curvature. The networks themselves are built
 * with the matching DL4J activation, so a saved model and DL4J's own output agree.
 */
public enum HiddenActivation {
    RELU("relu", "ReLU"),
    LEAKY_RELU("leaky-relu", "Leaky ReLU (0.2)"),
    TANH("tanh", "tanh"),
    ELU("elu", "ELU");

    /** Leaky ReLU's slope below zero. */
    public static final double LEAK = 0.2;

    private final String cliName;
    private final String label;

    HiddenActivation(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The name on the command line and in model cards, e.g. {@code leaky-relu}. */
    public String cliName() {
        return cliName;
    }

    /** The name a teacher reads, e.g. "Leaky ReLU (0.2)". */
    public String label() {
        return label;
    }

    /** The DL4J activation of a hidden layer. */
    public IActivation dl4j() {
        return switch (this) {
            case RELU -> new ActivationReLU();
            case LEAKY_RELU -> new ActivationLReLU(LEAK);
            case TANH -> new ActivationTanH();
            case ELU -> new ActivationELU(1.0);
        };
    }

    /** The activation of a DL4J layer built by {@link MlpShape#build}, or null when it is none of these. */
    public static HiddenActivation of(IActivation activation) {
        if (activation instanceof ActivationReLU) {
            return RELU;
        }
        if (activation instanceof ActivationLReLU leaky && Math.abs(leaky.getAlpha() - LEAK) < 1e-12) {
            return LEAKY_RELU;
        }
        if (activation instanceof ActivationTanH) {
            return TANH;
        }
        if (activation instanceof ActivationELU elu && Math.abs(elu.getAlpha() - 1.0) < 1e-12) {
            return ELU;
        }
        return null;
    }

    /** f(z). */
    public float apply(float z) {
        return switch (this) {
            case RELU -> z < 0 ? 0f : z;
            case LEAKY_RELU -> z < 0 ? (float) (LEAK * z) : z;
            case TANH -> (float) Math.tanh(z);
            case ELU -> z < 0 ? (float) Math.expm1(z) : z;
        };
    }

    /** f'(z) written through the output a = f(z). */
    public float slopeAt(float a) {
        return switch (this) {
            case RELU -> a > 0 ? 1f : 0f;
            case LEAKY_RELU -> a > 0 ? 1f : (float) LEAK;
            case TANH -> 1f - a * a;
            case ELU -> a > 0 ? 1f : a + 1f;
        };
    }

    /** f''(z)/f'(z) written through the output a = f(z); 0 for the piecewise-linear ones. */
    public float curvatureRatioAt(float a) {
        return switch (this) {
            case RELU, LEAKY_RELU -> 0f;
            case TANH -> -2f * a;
            case ELU -> a > 0 ? 0f : 1f;
        };
    }

    /** Whether f'' is zero almost everywhere, so double backpropagation needs no curvature term. */
    public boolean piecewiseLinear() {
        return this == RELU || this == LEAKY_RELU;
    }

    /** By {@link #cliName()}, case-insensitive. */
    public static HiddenActivation byName(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (HiddenActivation a : values()) {
            if (a.cliName.equals(key)) {
                return a;
            }
        }
        throw new BadInputException("unknown activation '" + name + "': choose relu, leaky-relu, tanh or elu");
    }
}
