package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The pulse report's gaps: nearest-rank quantiles, the longest, and the count over a bar. */
class FrameGapsTest {

    @Test
    void gapQuantilesAreNearestRank() {
        FrameGaps gaps = new FrameGaps();
        for (int i = 1; i <= 2000; i++) {
            gaps.add((i % 100 + 1) * 1_000_000L); // 1..100 ms, 20 times each, past the first array's size
        }
        assertEquals(2000, gaps.count());
        assertEquals(100.0, gaps.maxMillis(), 1e-12);
        assertEquals(99.0, gaps.quantileMillis(0.99), 1e-12);
        assertEquals(50.0, gaps.quantileMillis(0.5), 1e-12);
        assertEquals(1000, gaps.longerThan(50));
        assertThrows(IllegalArgumentException.class, () -> gaps.add(-1));
        assertThrows(IllegalArgumentException.class, () -> gaps.quantileMillis(1.5));
        assertEquals(0.0, new FrameGaps().maxMillis());
    }

    @Test
    void lateGapsAreDatedFromTheFirstFrame() {
        FrameGaps gaps = new FrameGaps();
        for (long ms : new long[] {16, 120, 16, 16, 60, 16}) {
            gaps.add(ms * 1_000_000);
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.136, 0.228}, gaps.secondsOfGapsLongerThan(50, 5), 1e-9);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {0.136}, gaps.secondsOfGapsLongerThan(50, 1), 1e-9);
        org.junit.jupiter.api.Assertions.assertEquals(60, gaps.maxMillisAfter(0.2), 1e-9);
        org.junit.jupiter.api.Assertions.assertEquals(120, gaps.maxMillisAfter(0.1), 1e-9);
    }
}
