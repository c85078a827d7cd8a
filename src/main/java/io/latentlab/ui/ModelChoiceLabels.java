package io.latentlab.ui;

import io.latentlab.model.NoisePrior;
import io.latentlab.train.GanLoss;
import io.latentlab.train.Optimizer;

/** The words the noise and loss pickers and the status bar use for the engine's choices. */
public final class ModelChoiceLabels {

    private ModelChoiceLabels() {
    }

    public static String noise(NoisePrior prior) {
        return switch (prior) {
            case UNIFORM -> "Uniform";
            case GAUSSIAN -> "Gaussian";
        };
    }

    /** "1-D" or "2-D". */
    public static String noiseSize(int size) {
        return size + "-D";
    }

    public static String loss(GanLoss loss) {
        return switch (loss) {
            case NON_SATURATING -> "Non-saturating";
            case MINIMAX -> "Minimax";
            case LEAST_SQUARES -> "Least squares";
            case HINGE -> "Hinge";
            case WASSERSTEIN_GP -> "Wasserstein (gradient penalty)";
        };
    }

    public static String optimizer(Optimizer optimizer) {
        return switch (optimizer) {
            case ADAM -> "Adam";
            case SGD -> "SGD";
        };
    }
}
