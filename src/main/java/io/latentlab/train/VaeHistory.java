package io.latentlab.train;

/**
 * The whole run's VAE terms in bounded memory, for the chart: reconstruction, KL and negative
 * ELBO per bucket of steps. Two {@link MetricHistory} instances underneath (same capacity, fed
 * the same steps, so their buckets line up). Thread-safe: the trainer appends, the view reads.
 */
public final class VaeHistory {

    private final MetricHistory terms;
    private final MetricHistory bound;

    public VaeHistory(int capacity) {
        this.terms = new MetricHistory(capacity);
        this.bound = new MetricHistory(capacity);
    }

    public synchronized void add(VaeStepMetrics m) {
        terms.add(new StepMetrics(m.iteration(), m.reconstruction(), m.kl(), Double.NaN, Double.NaN));
        bound.add(new StepMetrics(m.iteration(), m.negativeElbo(), Double.NaN, Double.NaN, Double.NaN));
    }

    public synchronized void clear() {
        terms.clear();
        bound.clear();
    }

    /** Changes whenever a point is added or the history is cleared. */
    public synchronized long version() {
        return terms.version();
    }

    public synchronized Points snapshot() {
        MetricHistory.Points t = terms.snapshot();
        MetricHistory.Points b = bound.snapshot();
        return new Points(t.iteration(), t.discriminatorLoss(), t.generatorLoss(), b.discriminatorLoss());
    }

    /** Bucket ends and the mean terms over each bucket, in nats per sample. */
    public record Points(long[] iteration, double[] reconstruction, double[] kl, double[] negativeElbo) {
        public int size() {
            return iteration.length;
        }
    }
}
