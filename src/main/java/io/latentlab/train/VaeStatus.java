package io.latentlab.train;

/**
 * A VAE session's latest figures, immutable, published after every step and state change.
 *
 * @param step           what the latest step measured (NaN terms before the first step)
 * @param itersPerSecond the recent rate while running, else 0
 * @param state          the session's state when it was published
 * @param message        why the session failed, or empty
 */
public record VaeStatus(VaeStepMetrics step, double itersPerSecond, TrainingState state, String message) {

    public long iteration() {
        return step.iteration();
    }

    static VaeStatus initial(double beta) {
        return new VaeStatus(new VaeStepMetrics(0, Double.NaN, Double.NaN, beta), 0, TrainingState.READY, "");
    }
}
