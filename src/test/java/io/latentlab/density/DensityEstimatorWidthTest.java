package io.latentlab.density;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlay's estimator with a fixed kernel width, as the bandwidth slider and lesson 05 set it. */
class DensityEstimatorWidthTest {

    @Test
    void aFixedWidthIsKeptLabelledAndUsed() {
        DensityEstimator h = DensityEstimator.defaultKde().withWidth(0.25);
        assertEquals(0.25, h.width());
        assertEquals("KDE (gaussian, h = 0.250)", h.label());
        assertTrue(Double.isNaN(DensityEstimator.defaultKde().width()));
        assertEquals(h, DensityEstimator.defaultKde().withBandwidth("0.25"), "compared by value, so the fitter sees no change");

        double[] points = {-1, 0, 0.5, 2};
        Grid grid = Grid.of(-3, 3, 61);
        assertArrayEquals(KernelDensity.fit(points, 1, Kernel.GAUSSIAN, Bandwidth.width(0.25)).binned(grid),
                h.kernelDensity(points, 1, grid), 1e-12);
    }

    @Test
    void aWidthMustBePositiveAndFinite() {
        for (String bad : new String[] {"0", "-0.1", "NaN", "Infinity", "wide"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DensityEstimator.defaultKde().withBandwidth(bad));
            assertTrue(e.getMessage().contains("scott, silverman or a positive number"), e.getMessage());
        }
    }
}
