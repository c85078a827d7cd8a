package io.latentlab.density;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine refuses bad points with the value and the allowed range instead of returning NaN. */
class BadPointsTest {

    private static void refuses(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }

    @Test
    void singularCovarianceNeedsANumericBandwidth() {
        double[] line = {0, 0, 1, 2, 2, 4, 3, 6};
        refuses("on one line", () -> KernelDensity.fit(line, 2, Kernel.GAUSSIAN, Bandwidth.scott()));
        refuses("use a numeric bandwidth", () -> KernelDensity.fit(line, 2, Kernel.EPANECHNIKOV, Bandwidth.silverman()));
        refuses("variance 0.0, needs > 0", () -> KernelDensity.fit(new double[] {1, 1, 1}, 1, Kernel.GAUSSIAN, Bandwidth.scott()));
        refuses("all equal or on one line", () -> KernelDensity.fit(new double[] {1, 1, 1, 1}, 2, Kernel.GAUSSIAN, Bandwidth.scott()));
        double[] d = KernelDensity.fit(line, 2, Kernel.GAUSSIAN, Bandwidth.width(0.3)).exact(Grid.of(0, 3, 4, 0, 6, 4));
        for (double v : d) {
            assertTrue(Double.isFinite(v) && v >= 0, "a width works on a line: " + v);
        }
    }

    @Test
    void nonFinitePointsTooFewPointsAndTinyGrids() {
        refuses("found NaN", () -> KernelDensity.fit(new double[] {0, Double.NaN, 1, 2}, 2, Kernel.GAUSSIAN, Bandwidth.scott()));
        refuses("found Infinity", () -> GaussianMixture.fit(1, new double[] {0, Double.POSITIVE_INFINITY}, 1));
        refuses("at least 2 points, got 1", () -> KernelDensity.fit(new double[] {1, 2}, 2, Kernel.GAUSSIAN, Bandwidth.scott()));
        refuses("must be in 1..3", () -> GaussianMixture.fit(4, new double[] {0, 1, 2}, 1));
        refuses("must be in 2..", () -> Grid.of(0, 1, 1));
        refuses("y points must be in 2..", () -> Grid.of(0, 1, 5, 0, 1, 1));
        refuses("x0 < x1", () -> Grid.of(1, 1, 5));
    }
}
