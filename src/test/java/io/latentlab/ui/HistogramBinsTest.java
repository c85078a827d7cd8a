package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HistogramBinsTest {

    @Test
    void theRangeIsTheCentralQuantilesPadded() {
        float[] values = new float[1001];
        for (int i = 0; i < values.length; i++) {
            values[i] = i / 1000f; // 0 .. 1
        }
        HistogramBins.Range range = HistogramBins.rangeOf(values);
        assertEquals(0.005 - 0.099, range.min(), 1e-3);
        assertEquals(0.995 + 0.099, range.max(), 1e-3);
        assertEquals(-3, HistogramBins.rangeOf(null).min());
    }

    @Test
    void densitiesIntegrateToTheShareInsideTheRange() {
        float[] values = {0.1f, 0.2f, 0.6f, 5f};
        double[] density = HistogramBins.densities(values, new HistogramBins.Range(0, 1), 2);
        assertArrayEquals(new double[] {2 / (4 * 0.5), 1 / (4 * 0.5)}, density, 1e-12);
    }

    @Test
    void ticksAreRound() {
        assertEquals(1, HistogramBins.tickStep(6, 6), 1e-12);
        assertEquals(0.2, HistogramBins.tickStep(1.2, 6), 1e-12);
        assertEquals(0.5, HistogramBins.tickStep(3.1, 6), 1e-12);
        assertEquals("0.4", HistogramBins.tickLabel(0.4000001, 0.2));
        assertEquals("0", HistogramBins.tickLabel(-1e-12, 0.5));
        assertEquals("-2", HistogramBins.tickLabel(-2, 1));
    }
}
