package io.latentlab.density;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ToyDistributions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overlay fit gives the same densities as calling {@link KernelDensity} and
 * {@link GaussianMixture} directly on the same points, and divergences that behave: about 0 for
 * two samples of one distribution, larger for a generator that misses modes, JS at most ln 2.
 */
class OverlayFitTest {

    private static final Grid GRID = Grid.of(-3, 3, 64, -3, 3, 64);

    private static float[] ring(int n, long seed) {
        return GaussianRing.ring8().sample(n, seed);
    }

    private static double[] doubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    @Test
    void kdeMatchesADirectBinnedKernelDensity() {
        float[] real = ring(1000, 1);
        float[] generated = ring(1000, 2);
        DensityEstimator epa = DensityEstimator.kde(Kernel.EPANECHNIKOV, "silverman");
        DensityOverlay o = new OverlayFit().fit(new OverlayRequest(7, real, generated, 2, GRID, epa));
        double[] direct = KernelDensity.fit(doubles(generated), 2, Kernel.EPANECHNIKOV, Bandwidth.silverman()).binned(GRID);
        assertArrayEquals(direct, o.generated(), 1e-12);
        assertArrayEquals(KernelDensity.fit(doubles(real), 2, Kernel.EPANECHNIKOV, Bandwidth.silverman()).binned(GRID),
                o.real(), 1e-12);
        assertEquals(7, o.iteration());
        // The divergences compare Gaussian Scott KDEs whatever is drawn.
        double[] p = KernelDensity.fit(doubles(real), 2, Kernel.GAUSSIAN, Bandwidth.scott()).binned(GRID);
        double[] q = KernelDensity.fit(doubles(generated), 2, Kernel.GAUSSIAN, Bandwidth.scott()).binned(GRID);
        assertEquals(Divergence.kl(p, q, GRID), o.kl(), 1e-12);
        assertEquals(Divergence.js(p, q, GRID), o.js(), 1e-12);
    }

    @Test
    void gmmMatchesADirectFitThenWarmStartsFromIt() {
        float[] real = ring(1000, 3);
        float[] generated = ring(1000, 4);
        OverlayFit fit = new OverlayFit();
        DensityOverlay first = fit.fit(new OverlayRequest(1, real, generated, 2, GRID, DensityEstimator.gmm(8)));
        double[] subset = Arrays.copyOf(doubles(generated), 2 * OverlayFit.GMM_POINTS);
        GaussianMixture direct = GaussianMixture.fit(8, subset, 2, EmSettings.defaults());
        assertArrayEquals(direct.density(GRID), first.generated(), 1e-9);

        float[] moved = ring(1000, 5);
        DensityOverlay second = fit.fit(new OverlayRequest(2, real, moved, 2, GRID, DensityEstimator.gmm(8)));
        double[] movedSubset = Arrays.copyOf(doubles(moved), 2 * OverlayFit.GMM_POINTS);
        GaussianMixture warm = EmRun.resume(direct, movedSubset, EmSettings.defaults().withMaxIter(OverlayFit.WARM_ITERATIONS)).run();
        assertArrayEquals(warm.density(GRID), second.generated(), 1e-9);
    }

    @Test
    void divergencesAreSmallForTwoSamplesOfOneDistributionAndLargeForAMissedHalf() {
        float[] real = ring(1000, 6);
        DensityOverlay same = new OverlayFit().fit(new OverlayRequest(0, real, ring(1000, 7), 2, GRID,
                DensityEstimator.defaultKde()));
        assertTrue(same.kl() >= 0 && same.kl() < 0.05, "KL " + same.kl());
        assertTrue(same.js() >= 0 && same.js() < 0.02, "JS " + same.js());
        // A generator that covers only the modes with y > 0.
        float[] half = ring(4000, 8);
        float[] upper = new float[half.length];
        int n = 0;
        for (int i = 0; i < half.length && n < 2000; i += 2) {
            if (half[i + 1] > 0.5) {
                upper[n++] = half[i];
                upper[n++] = half[i + 1];
            }
        }
        DensityOverlay missed = new OverlayFit().fit(new OverlayRequest(0, real, Arrays.copyOf(upper, n), 2, GRID,
                DensityEstimator.defaultKde()));
        assertTrue(missed.kl() > 1, "KL " + missed.kl());
        assertTrue(missed.js() > 0.2 && missed.js() <= Math.log(2), "JS " + missed.js());
    }

    @Test
    void collapsedOrBrokenGeneratorsStillGiveAnAnswer() {
        float[] real = ring(500, 9);
        float[] point = new float[200];
        Arrays.fill(point, 1.4f);
        DensityOverlay collapsed = new OverlayFit().fit(new OverlayRequest(0, real, point, 2, GRID,
                DensityEstimator.defaultKde()));
        assertTrue(collapsed.hasGenerated() && Double.isFinite(collapsed.kl()) && collapsed.kl() > 1, "KL " + collapsed.kl());
        float[] nan = new float[200];
        Arrays.fill(nan, Float.NaN);
        DensityOverlay broken = new OverlayFit().fit(new OverlayRequest(0, real, nan, 2, GRID, DensityEstimator.defaultKde()));
        assertFalse(broken.hasGenerated());
        assertTrue(Double.isNaN(broken.kl()));
        assertFalse(broken.problem().isEmpty());
        DensityOverlay none = new OverlayFit().fit(new OverlayRequest(0, real, null, 2, GRID, DensityEstimator.gmm(DensityEstimator.AUTO)));
        assertNull(none.generated());
        assertTrue(none.realMax() > 0);
    }

    @Test
    void oneDimensionalOverlaysUseTheLine() {
        float[] real = ToyDistributions.byName(ToyDistributions.names().stream()
                .filter(name -> ToyDistributions.byName(name).dimension() == 1).findFirst().orElseThrow()).sample(800, 1);
        Grid line = Grid.of(-4, 4, 256);
        DensityOverlay o = new OverlayFit().fit(new OverlayRequest(0, real, real, 1, line, DensityEstimator.gmm(3)));
        assertEquals(256, o.real().length);
        assertEquals(0, o.kl(), 1e-9);
        assertEquals(0, o.js(), 1e-9);
    }
}
