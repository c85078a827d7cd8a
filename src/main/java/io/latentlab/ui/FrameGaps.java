package io.latentlab.ui;

import java.util.Arrays;

/**
 * The gaps between consecutive frames (pulses) over a measurement, kept one by one so that their
 * percentiles can be read, not only the longest: 60 frames a second for five minutes is 18,000
 * numbers. Not thread-safe: the FX thread adds, and reads when the measurement is over.
 */
public final class FrameGaps {

    private long[] gapsNs = new long[1024];
    private int count;

    /** One more gap, in nanoseconds. */
    public void add(long gapNs) {
        if (gapNs < 0) {
            throw new IllegalArgumentException("a gap between frames cannot be negative, was " + gapNs + " ns");
        }
        if (count == gapsNs.length) {
            gapsNs = Arrays.copyOf(gapsNs, count * 2);
        }
        gapsNs[count++] = gapNs;
    }

    /** How many gaps were added (one fewer than the frames seen). */
    public int count() {
        return count;
    }

    /** The longest gap in milliseconds; 0 with none. */
    public double maxMillis() {
        return quantileMillis(1);
    }

    /**
     * The gap that a fraction {@code q} of the gaps do not exceed (nearest rank: the
     * ⌈q·n⌉-th smallest), in milliseconds; 0 with none.
     */
    public double quantileMillis(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile is in [0, 1], was " + q);
        }
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gapsNs, count);
        Arrays.sort(sorted);
        int rank = Math.max(1, (int) Math.ceil(q * count));
        return sorted[rank - 1] / 1e6;
    }

    /** How many gaps were longer than {@code millis}. */
    public int longerThan(double millis) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (gapsNs[i] / 1e6 > millis) {
                n++;
            }
        }
        return n;
    }

    /**
     * When, in seconds from the first frame, each gap longer than {@code millis} ended, in order
     * (at most {@code limit} of them): whether the late frames were a start-up hiccup or kept coming.
     */
    public double[] secondsOfGapsLongerThan(double millis, int limit) {
        double[] at = new double[Math.min(limit, longerThan(millis))];
        long elapsedNs = 0;
        int n = 0;
        for (int i = 0; i < count && n < at.length; i++) {
            elapsedNs += gapsNs[i];
            if (gapsNs[i] / 1e6 > millis) {
                at[n++] = elapsedNs / 1e9;
            }
        }
        return at;
    }

    /** The longest gap among those that ended more than {@code seconds} after the first frame, in milliseconds. */
    public double maxMillisAfter(double seconds) {
        long elapsedNs = 0;
        long longest = 0;
        for (int i = 0; i < count; i++) {
            elapsedNs += gapsNs[i];
            if (elapsedNs / 1e9 > seconds) {
                longest = Math.max(longest, gapsNs[i]);
            }
        }
        return longest / 1e6;
    }
}
