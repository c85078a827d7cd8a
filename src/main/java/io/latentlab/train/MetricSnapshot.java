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

    /** Before the first step of a trainer that has {@code iteration} iterations behind it. */
    static MetricSnapshot initial(long iteration) {
        return new MetricSnapshot(new StepMetrics(iteration, Double.NaN, Double.NaN, Double.NaN, Double.NaN),
                0, TrainingState.READY, "");
    }
}
