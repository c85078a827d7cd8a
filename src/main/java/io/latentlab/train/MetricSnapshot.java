package io.latentlab.train;

/**
 * The latest training figures, immutable, published after every step.
 *
 * @param step           what the latest step measured
 * @param itersPerSecond the recent rate, over about the last second of running
 * @param state          the session's state when it was published
 * @param message        why the session failed, or empty
 */
public record MetricSnapshot(StepMetrics step, double itersPerSecond, TrainingState state, String message) {

    public long iteration() {
        return step.iteration();
    }

    static MetricSnapshot initial() {
        return new MetricSnapshot(new StepMetrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                0, TrainingState.READY, "");
    }
}
