package io.latentlab.ui;

import java.util.Arrays;

/**
 * The latest slider-to-screen latencies (from a slider's value change to the first frame laid out
 * with a picture that answers it), kept in a rolling window, with their median and 99th
 * percentile; and how long the last decode itself took.
 */
final class SliderLatency {

    /** Latencies kept: the last few seconds of dragging. */
    static final int WINDOW = 256;

    private final double[] millis = new double[WINDOW];
    private int next;
    private long count;
    private double lastDecodeMillis = Double.NaN;

    /** Slider changes not yet on screen: {sequence, System.nanoTime()}, oldest first. */
    private final java.util.ArrayDeque<long[]> unshown = new java.util.ArrayDeque<>();

    /** Change {@code sequence} was made at {@code nanos}. */
    void changed(long sequence, long nanos) {
        unshown.addLast(new long[] {sequence, nanos});
    }

    /** Forgets the changes not yet shown (a new model: they will never be). */
    void forgetChanges() {
        unshown.clear();
    }

    /**
     * The picture answering change {@code sequence} was laid out at {@code nanos}: it answers every
     * change up to it, and the latency counted is the oldest of those one's, the longest a person waited.
     */
    void shown(long sequence, long nanos, double decodeMillis) {
        long oldest = -1;
        while (!unshown.isEmpty() && unshown.peekFirst()[0] <= sequence) {
            long[] change = unshown.pollFirst();
            if (oldest < 0) {
                oldest = change[1];
            }
        }
        if (oldest >= 0) {
            add((nanos - oldest) / 1e6);
        }
        decoded(decodeMillis);
    }

    void add(double latencyMillis) {
        millis[next] = latencyMillis;
        next = (next + 1) % WINDOW;
        count++;
    }

    void decoded(double decodeMillis) {
        lastDecodeMillis = decodeMillis;
    }

    /** Latencies measured since the start (the window keeps the last {@link #WINDOW}). */
    long count() {
        return count;
    }

    /** The median of the window, ms; NaN before the first. */
    double median() {
        return percentile(0.5);
    }

    /** The 99th percentile of the window, ms; NaN before the first. */
    double p99() {
        return percentile(0.99);
    }

    double lastDecodeMillis() {
        return lastDecodeMillis;
    }

    /** The q-quantile of the window (the value below which a fraction q lies), ms. */
    double percentile(double q) {
        int n = (int) Math.min(count, WINDOW);
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(millis, n);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(n - 1, Math.floor(q * n))];
    }

    /** One line for the screen, e.g. {@code decode 0.4 ms · slider→screen 2.1 ms median, 6.0 ms p99}. */
    String describe() {
        if (Double.isNaN(lastDecodeMillis)) {
            return "";
        }
        String decode = String.format(java.util.Locale.ROOT, "decode %.1f ms", lastDecodeMillis);
        return count == 0 ? decode : decode + String.format(java.util.Locale.ROOT,
                " · slider→screen %.1f ms median, %.1f ms p99", median(), p99());
    }
}
