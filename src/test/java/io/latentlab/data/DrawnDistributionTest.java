package io.latentlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A drawing samples its own points, jittered by {@link DrawnDistribution#JITTER}, and refuses to be empty. */
class DrawnDistributionTest {

    @Test
    void samplesArePaintedPointsPlusSmallJitter() {
        float[] painted = {-2, 0, 2, 0, 0, 1.5f};
        DrawnDistribution drawing = DrawnDistribution.of(painted);
        painted[0] = 100; // the drawing keeps its own copy
        assertEquals(3, drawing.count());
        assertEquals(-2, drawing.points()[0]);
        int n = 6000;
        float[] s = drawing.sample(n, 7);
        int[] hits = new int[3];
        double sq = 0;
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            double best = Double.POSITIVE_INFINITY;
            for (int p = 0; p < 3; p++) {
                double dx = s[2 * i] - drawing.points()[2 * p];
                double dy = s[2 * i + 1] - drawing.points()[2 * p + 1];
                if (dx * dx + dy * dy < best) {
                    best = dx * dx + dy * dy;
                    nearest = p;
                }
            }
            hits[nearest]++;
            sq += best;
        }
        for (int h : hits) {
            assertEquals(n / 3.0, h, 150, "each painted point is picked uniformly: " + java.util.Arrays.toString(hits));
        }
        double std = Math.sqrt(sq / (2 * n));
        assertEquals(DrawnDistribution.JITTER, std, 0.003, "jitter per coordinate");
        assertArrayEquals(s, drawing.sample(n, 7), "seeded");
    }

    @Test
    void emptyDrawingSaysWhatToDo() {
        DrawnDistribution empty = DrawnDistribution.of(new float[0]);
        assertTrue(empty.isEmpty());
        BadInputException e = assertThrows(BadInputException.class, () -> empty.sample(10, 1));
        assertEquals("the drawing is empty: paint some points with the brush before training", e.getMessage());
    }

    @Test
    void badPointsAreRefusedWithTheValue() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> DrawnDistribution.of(new float[] {0, 0, Float.NaN, 1}));
        assertTrue(nan.getMessage().contains("point 1 has NaN"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DrawnDistribution.of(new float[] {1, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> new DrawnDistribution(3, new float[0]));
        assertEquals(1, new DrawnDistribution(1, new float[] {0.5f}).dimension());
    }
}
