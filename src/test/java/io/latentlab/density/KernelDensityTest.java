package io.latentlab.density;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernel densities against SciPy's gaussian_kde and scikit-learn's KernelDensity. */
class KernelDensityTest {

    private static final Grid GRID = Grid.of(-3, 3, 200, -3, 3, 200);
    private static double[] ring;
    private static double[][] reference;
    private static double[] gridX;
    private static double[] gridY;

    @BeforeAll
    static void read() {
        ring = Reference.points("ring2d_sample_n5000.csv");
        reference = Reference.rows("kde2d_grid_density_every7.csv");
        gridX = Reference.column(reference, 0);
        gridY = Reference.column(reference, 1);
    }

    /** The values at the reference's grid points: every 7th point of the 200×200 grid. */
    private static double[] every7th(double[] full) {
        double[] out = new double[reference.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = full[7 * i];
        }
        return out;
    }

    @Test
    void scottCovarianceIsScipys() {
        Map<String, Double> p = Reference.params("kde2d_params.csv");
        assertEquals(p.get("scott_factor"), Bandwidth.scott().factor(5000, 2), 1e-9);
        double[] c = Bandwidth.scott().kernelCovariance(ring, 2);
        assertEquals(p.get("scipy_kernel_cov_xx"), c[0], 1e-8);
        assertEquals(p.get("scipy_kernel_cov_xy"), c[1], 1e-8);
        assertEquals(p.get("scipy_kernel_cov_yy"), c[3], 1e-8);
    }

    @Test
    void exact2dGaussianMatchesScipyFullCovariance() {
        KernelDensity kde = KernelDensity.fit(ring, 2, Kernel.GAUSSIAN, Bandwidth.scott());
        double[] mine = every7th(kde.exact(GRID));
        for (int i = 0; i < 50; i++) {
            assertEquals(gridX[i], GRID.x((7 * i) % 200), 1e-8);
        }
        double err = Reference.errorOverPeak(mine, Reference.column(reference, 2));
        assertTrue(err <= 1e-6, "max |diff| / peak = " + err);
        assertEquals(mine[100], kde.density(GRID.x(700 % 200), GRID.y(700 / 200)), 1e-12 * mine[100]);
        double[] pointwise = new double[reference.length];
        for (int i = 0; i < pointwise.length; i++) {
            pointwise[i] = kde.density(gridX[i], gridY[i]);
        }
        double pointErr = Reference.errorOverPeak(pointwise, Reference.column(reference, 2));
        assertTrue(pointErr <= 1e-6, "point by point: max |diff| / peak = " + pointErr);
    }

    @Test
    void exact2dIsotropicMatchesSklearn() {
        double h = Reference.params("kde2d_params.csv").get("sklearn_bandwidth_h");
        KernelDensity kde = KernelDensity.fit(ring, 2, Kernel.GAUSSIAN, Bandwidth.width(h));
        double err = Reference.errorOverPeak(every7th(kde.exact(GRID)), Reference.column(reference, 3));
        assertTrue(err <= 1e-6, "max |diff| / peak = " + err);
    }

    @Test
    void binned2dIsWithinOnePercentOfThePeak() {
        KernelDensity kde = KernelDensity.fit(ring, 2, Kernel.GAUSSIAN, Bandwidth.scott());
        double err = Reference.errorOverPeak(every7th(kde.binned(GRID)), Reference.column(reference, 2));
        assertTrue(err <= 1e-2, "max |diff| / peak = " + err);
    }

    @Test
    void exact1dMatchesScipy() {
        double[] x = Reference.points("kde1d_sample_n10000.csv");
        double[][] ref = Reference.rows("kde1d_grid_density.csv");
        KernelDensity kde = KernelDensity.fit(x, 1, Kernel.GAUSSIAN, Bandwidth.scott());
        assertEquals(Reference.params("kde1d_params.csv").get("kernel_sd"), Math.sqrt(kde.covariance()[0]), 1e-8);
        Grid grid = Grid.of(-5, 6, 1000);
        double err = Reference.errorOverPeak(kde.exact(grid), Reference.column(ref, 1));
        assertTrue(err <= 1e-6, "max |diff| / peak = " + err);
        double binnedErr = Reference.errorOverPeak(kde.binned(grid), Reference.column(ref, 1));
        assertTrue(binnedErr <= 1e-2, "binned max |diff| / peak = " + binnedErr);
    }

    @Test
    void epanechnikovIntegratesToOne() {
        KernelDensity k1 = KernelDensity.fit(new double[] {0.3, 0.5}, 1, Kernel.EPANECHNIKOV, Bandwidth.width(0.7));
        Grid g1 = Grid.of(-2, 2, 4001);
        double mass1 = 0;
        for (double v : k1.exact(g1)) {
            mass1 += v * g1.dx();
        }
        assertEquals(1, mass1, 1e-5);
        assertEquals(0.75 * (1 - 0.01 / 0.49) / 0.7, k1.density(0.4), 1e-12);

        KernelDensity k2 = KernelDensity.fit(new double[] {0.1, 0.2, -0.3, 0.4}, 2, Kernel.EPANECHNIKOV,
                Bandwidth.width(0.6));
        Grid g2 = Grid.of(-1.5, 1.5, 601, -1.5, 1.5, 601);
        double mass2 = 0;
        for (double v : k2.exact(g2)) {
            mass2 += v * g2.dx() * g2.dy();
        }
        assertEquals(1, mass2, 1e-3);
        double binned2 = 0;
        for (double v : k2.binned(g2)) {
            binned2 += v * g2.dx() * g2.dy();
        }
        assertEquals(1, binned2, 1e-3);
    }

    @Test
    void badArgumentsSayWhatIsAllowed() {
        assertThrows(IllegalArgumentException.class, () -> KernelDensity.fit(new double[] {1}, 1, Kernel.GAUSSIAN,
                Bandwidth.scott()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bandwidth.width(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KernelDensity.fit(new double[] {1, 1, 2, 2, 3, 3}, 2,
                Kernel.GAUSSIAN, Bandwidth.scott()));
        assertThrows(IllegalArgumentException.class, () -> Kernel.parse("box"));
        assertThrows(IllegalArgumentException.class, () -> Grid.parse("0:1"));
        assertThrows(IllegalArgumentException.class, () -> Grid.parse("0:1:1"));
        assertEquals(Grid.of(-3, 3, 200, -1, 1, 5), Grid.parse("-3:3:200,-1:1:5"));
    }
}
