package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tick step the charts share: 1-2-5 steps, at most six labels, never crowded. */
class NiceTicksTest {

    @Test
    void labelsThatFitFollowTheAxisAndLabelWidths() {
        assertEquals(NiceTicks.MAX_LABELS, NiceTicks.labelsThatFit(2000, 40), "never more than six");
        assertEquals(2, NiceTicks.labelsThatFit(50, 40), "always both ends");
        // "17,500" at 14 px is about 45 px wide: a slot is 45 + 27 px
        assertEquals(4, NiceTicks.labelsThatFit(300, 45));
        assertEquals(5, NiceTicks.labelsThatFit(345, 45));
    }

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(5000, NiceTicks.step(17_500, 4, 1), 1e-9);
        assertEquals(5000, NiceTicks.step(17_500, 5, 1), 1e-9);
        assertEquals(5000, NiceTicks.step(17_500, 6, 1), 1e-9);
        assertEquals(2000, NiceTicks.step(10_000, 6, 1), 1e-9);
        assertEquals(20, NiceTicks.step(100, 6, 1), 1e-9);
        assertEquals(0.5, NiceTicks.step(2.3, 6, 0), 1e-12);
        assertEquals(1, NiceTicks.step(3, 6, 1), 1e-9, "whole iterations: never a step below 1");
        assertEquals(1, NiceTicks.step(0, 6, 1), 1e-9, "an empty span still gets a step");
    }

    @Test
    void noAxisWidthOrRunLengthCrowdsTheLabels() {
        for (double span : new double[] {4, 37, 110, 999, 1_000, 17_500, 123_456, 2_000_000}) {
            for (double length = 120; length <= 1200; length += 60) {
                double label = 9 * String.format("%,d", (long) span).length();
                double step = NiceTicks.step(span, length, label, 1);
                long labels = (long) Math.floor(span / step + 1e-9) + 1;
                assertTrue(labels <= NiceTicks.MAX_LABELS, span + " over " + length + " px: " + labels + " labels");
                double gapPx = step * length / span - label;
                assertTrue(labels <= 2 || gapPx >= NiceTicks.MIN_GAP_PX - 1e-9,
                        span + " over " + length + " px: labels " + gapPx + " px apart");
                double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
                assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                        "step " + step);
            }
        }
    }
}
