package io.latentlab.train;

import java.util.Arrays;

/**
 * The whole run's losses in bounded memory: at most {@code capacity} buckets, each the mean of
 * a run of consecutive steps. When full, neighbouring buckets merge and each bucket covers twice
 * as many steps, so a chart of 100,000 iterations draws as many points as one of 1,000.
 *
 * <p>Thread-safe: the trainer appends, the view reads {@link #snapshot()}.
 */
public final class MetricHistory {

    private final int capacity;
    private final long[] iteration;
    private final double[] dLoss;
    private final double[] gLoss;
    private int size;
    private int stride = 1;
    private int pending;
    private long pendingIteration;
    private double pendingD;
    private double pendingG;
    private int pendingDCount;
    private int pendingGCount;
    private long version;

    public MetricHistory(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2, was " + capacity);
        }
        this.capacity = capacity;
        this.iteration = new long[capacity];
        this.dLoss = new double[capacity];
        this.gLoss = new double[capacity];
    }

    public synchronized void add(StepMetrics m) {
        pending++;
        pendingIteration = m.iteration();
        if (!Double.isNaN(m.discriminatorLoss())) {
            pendingD += m.discriminatorLoss();
            pendingDCount++;
        }
        if (!Double.isNaN(m.generatorLoss())) {
            pendingG += m.generatorLoss();
            pendingGCount++;
        }
        if (pending < stride) {
            return;
        }
        if (size == capacity) {
            halve();
            if (pending < stride) {
                return; // what is pending now fills the first half of a twice-as-wide bucket
            }
        }
        iteration[size] = pendingIteration;
        dLoss[size] = pendingDCount == 0 ? Double.NaN : pendingD / pendingDCount;
        gLoss[size] = pendingGCount == 0 ? Double.NaN : pendingG / pendingGCount;
        size++;
        pending = 0;
        pendingD = pendingG = 0;
        pendingDCount = pendingGCount = 0;
        version++;
    }

    private void halve() {
        for (int i = 0; i < capacity / 2; i++) {
            iteration[i] = iteration[2 * i + 1];
            dLoss[i] = meanOf(dLoss[2 * i], dLoss[2 * i + 1]);
            gLoss[i] = meanOf(gLoss[2 * i], gLoss[2 * i + 1]);
        }
        size = capacity / 2;
        stride *= 2;
    }

    private static double meanOf(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        return Double.isNaN(b) ? a : (a + b) / 2;
    }

    public synchronized void clear() {
        size = 0;
        stride = 1;
        pending = 0;
        pendingD = pendingG = 0;
        pendingDCount = pendingGCount = 0;
        version++;
    }

    /** Changes whenever a point is added or the history is cleared. */
    public synchronized long version() {
        return version;
    }

    /** Steps per bucket now. */
    public synchronized int stride() {
        return stride;
    }

    public synchronized Points snapshot() {
        return new Points(Arrays.copyOf(iteration, size), Arrays.copyOf(dLoss, size), Arrays.copyOf(gLoss, size));
    }

    /** Bucket ends and mean losses; NaN where a bucket had no step of that network. */
    public record Points(long[] iteration, double[] discriminatorLoss, double[] generatorLoss) {
        public int size() {
            return iteration.length;
        }
    }
}
