package io.latentlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole run's values of an image trainer's series ({@link ImageModelTrainer#series()}), in
 * bounded memory, for the chart: the mean per bucket of steps, as {@link MetricHistory} keeps
 * them (two series each; several of the same capacity fed the same steps, so their buckets line
 * up). Thread-safe: the worker appends, the view reads.
 */
public final class ImageMetricHistory {

    private final int capacity;
    private List<ImageSeries> series = List.of();
    private final List<MetricHistory> pairs = new ArrayList<>();
    private long version;

    public ImageMetricHistory(int capacity) {
        this.capacity = capacity;
    }

    /** Empties the history and keeps {@code newSeries} from now on. */
    public synchronized void reset(List<ImageSeries> newSeries) {
        series = List.copyOf(newSeries);
        pairs.clear();
        for (int k = 0; k < series.size(); k += 2) {
            pairs.add(new MetricHistory(capacity));
        }
        version++;
    }

    /** Adds a step's values, one per series. */
    public synchronized void add(ImageStep step) {
        double[] v = step.values();
        if (v.length != series.size()) {
            throw new IllegalArgumentException(v.length + " values for " + series.size() + " series");
        }
        for (int p = 0; p < pairs.size(); p++) {
            double second = 2 * p + 1 < v.length ? v[2 * p + 1] : Double.NaN;
            pairs.get(p).add(new StepMetrics(step.iteration(), v[2 * p], second, Double.NaN, Double.NaN));
        }
        version++;
    }

    /** Changes whenever a point is added or the history is reset. */
    public synchronized long version() {
        return version;
    }

    public synchronized Points snapshot() {
        long[] iteration = new long[0];
        double[][] values = new double[series.size()][];
        for (int p = 0; p < pairs.size(); p++) {
            MetricHistory.Points points = pairs.get(p).snapshot();
            iteration = points.iteration();
            values[2 * p] = points.discriminatorLoss();
            if (2 * p + 1 < values.length) {
                values[2 * p + 1] = points.generatorLoss();
            }
        }
        return new Points(series, iteration, values);
    }

    /** The series, bucket ends, and each series' mean per bucket ({@code values[series][bucket]}). */
    public record Points(List<ImageSeries> series, long[] iteration, double[][] values) {
        public int size() {
            return iteration.length;
        }
    }
}
