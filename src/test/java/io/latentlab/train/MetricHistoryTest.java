package io.latentlab.train;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricHistoryTest {

    @Test
    void staysBoundedAndKeepsMeansAt100kSteps() {
        MetricHistory h = new MetricHistory(1000);
        for (int i = 1; i <= 100_000; i++) {
            h.add(new StepMetrics(i, 1.0, i % 2 == 0 ? 3.0 : 1.0, 0.5, 0.5));
        }
        MetricHistory.Points p = h.snapshot();
        assertTrue(p.size() <= 1000 && p.size() >= 500, "size " + p.size());
        assertEquals(128, h.stride());
        for (int i = 0; i < p.size(); i++) {
            assertEquals(1.0, p.discriminatorLoss()[i], 1e-12);
            assertEquals(2.0, p.generatorLoss()[i], 1e-12);
        }
        assertEquals(p.size() * 128L, p.iteration()[p.size() - 1]);
    }

    @Test
    void singleNetworkStepsLeaveTheOtherLossOut() {
        MetricHistory h = new MetricHistory(4);
        h.add(new StepMetrics(1, 2.0, Double.NaN, 0.5, 0.5));
        h.add(new StepMetrics(2, Double.NaN, 4.0, Double.NaN, 0.5));
        MetricHistory.Points p = h.snapshot();
        assertEquals(2, p.size());
        assertTrue(Double.isNaN(p.generatorLoss()[0]));
        assertTrue(Double.isNaN(p.discriminatorLoss()[1]));
        long v = h.version();
        h.clear();
        assertEquals(0, h.snapshot().size());
        assertTrue(h.version() > v);
    }
}
