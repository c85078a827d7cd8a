package io.latentlab.explore;

import io.latentlab.model.LatentImages;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each coordinate's range holds the data and the prior's ±4; its density integrates to one and peaks where the data is. */
class LatentMarginalsTest {

    @Test
    void rangesCoverTheDataAndDensitiesIntegrateToOne() {
        int n = 5_000;
        float[] x = LatentImages.priorDraws(n, 2, 3);
        for (int i = 0; i < n; i++) {
            x[i * 2 + 1] = 6 + 0.5f * x[i * 2 + 1]; // the second coordinate: N(6, 0.25), past the prior's reach
        }
        LatentMarginals m = LatentMarginals.of(x, n, 2);
        assertTrue(m.hasDensity());
        assertTrue(m.low()[0] <= -4 && m.low()[0] > -5.5 && m.high()[0] >= 4 && m.high()[0] < 5.5, m.low()[0] + ".." + m.high()[0]);
        assertEquals(-4, m.low()[1], 0);
        assertTrue(m.high()[1] > 7.5, "the range reaches past the largest value: " + m.high()[1]);
        for (int k = 0; k < 2; k++) {
            double step = (m.high()[k] - m.low()[k]) / (LatentMarginals.POINTS - 1);
            double sum = 0;
            int peak = 0;
            for (int i = 0; i < LatentMarginals.POINTS; i++) {
                sum += m.density()[k][i] * step;
                peak = m.density()[k][i] > m.density()[k][peak] ? i : peak;
            }
            assertEquals(1, sum, 0.02, "coordinate " + k);
            assertEquals(k == 0 ? 0 : 6, m.low()[k] + peak * step, 0.3, "coordinate " + k + "'s mode");
        }
        LatentMarginals prior = LatentMarginals.prior(3);
        assertFalse(prior.hasDensity());
        assertEquals(3, prior.size());
    }
}
