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
    private final int[] frames = new int[WINDOW];
    private long pulses;
    private int next;
    private long count;
    private double lastDecodeMillis = Double.NaN;

    /** Slider changes not yet on screen: {sequence, System.nanoTime(), pulses laid out before it}, oldest first. */
    private final java.util.ArrayDeque<long[]> unshown = new java.util.ArrayDeque<>();

    /** Change {@code sequence} was made at {@code nanos}. */
    void changed(long sequence, long nanos) {
        unshown.addLast(new long[] {sequence, nanos, pulses});
    }

    /** A frame was laid out (the scene's post-layout pulse): frames are counted from a change to its answer. */
    void pulse() {
        pulses++;
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
        long pulsesBefore = 0;
        while (!unshown.isEmpty() && unshown.peekFirst()[0] <= sequence) {
            long[] change = unshown.pollFirst();
            if (oldest < 0) {
                oldest = change[1];
                pulsesBefore = change[2];
            }
        }
        if (oldest >= 0) {
            // pulse() has counted the frame laid out now (its listener runs first): frame 1 is the first after the change
            add((nanos - oldest) / 1e6, (int) Math.max(1, pulses - pulsesBefore));
        }
        decoded(decodeMillis);
    }

    void add(double latencyMillis) {
        add(latencyMillis, 1);
    }

    /** A latency and the frame it reached the screen in (1: the first frame laid out after the change). */
    void add(double latencyMillis, int frame) {
        frames[next] = frame;
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

    /** The share of the window's changes answered in the first frame laid out after them; NaN before the first. */
    double nextFrameShare() {
        int n = (int) Math.min(count, WINDOW);
        if (n == 0) {
            return Double.NaN;
        }
        int first = 0;
        for (int i = 0; i < n; i++) {
            if (frames[i] <= 1) {
                first++;
            }
        }
        return (double) first / n;
    }

    /** One line for the screen, e.g. {@code decode 0.4 ms · slider→screen 2.1 ms median, 6.0 ms p99 · next frame 98%}. */
    String describe() {
        if (Double.isNaN(lastDecodeMillis)) {
            return "";
        }
        String decode = String.format(java.util.Locale.ROOT, "decode %.1f ms", lastDecodeMillis);
        return count == 0 ? decode : decode + String.format(java.util.Locale.ROOT,
                " · slider→screen %.1f ms median, %.1f ms p99 · next frame %.0f%%", median(), p99(), 100 * nextFrameShare());
    }
}
