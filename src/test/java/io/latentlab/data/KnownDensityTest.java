package io.latentlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every closed-form density integrates to one (midpoint rule on a fine grid) and matches its samples. */
class KnownDensityTest {

    private static double integrate1d(KnownDensity p) {
        double h = 1e-4;
        double sum = 0;
        for (double x = -10 + h / 2; x < 10; x += h) {
            sum += p.density(x);
        }
        return sum * h;
    }

    private static double integrate2d(KnownDensity p) {
        double h = 0.01;
        double sum = 0;
        for (double x = -4 + h / 2; x < 4; x += h) {
            for (double y = -4 + h / 2; y < 4; y += h) {
                sum += p.density(x, y);
            }
        }
        return sum * h * h;
    }

    @Test
    void densitiesIntegrateToOne() {
        for (String name : ToyDistributions.names()) {
            ToyDistribution d = ToyDistributions.byName(name);
            if (d instanceof KnownDensity p) {
                // push-square's 1/(2√y) near 0 costs the midpoint rule about 0.3·√h
                double total = d.dimension() == 1 ? integrate1d(p) : integrate2d(p);
                assertEquals(1, total, 0.01, name);
            }
        }
    }

    @Test
    void densitiesAgreeWithTheirSamplesOnAnInterval() {
        // the fraction of mix2's points in [−2, −1] against the integral of its density there
        NormalMixture mix = NormalMixture.mix2();
        float[] x = mix.sample(20_000, 5);
        int in = 0;
        for (float v : x) {
            in += v >= -2 && v <= -1 ? 1 : 0;
        }
        double integral = 0;
        for (double t = -2 + 5e-5; t < -1; t += 1e-4) {
            integral += mix.density(t) * 1e-4;
        }
        assertEquals(integral, (double) in / x.length, 0.015);
        assertEquals(0.4 * 0.6827 + 0.6 * 0.0013, integral, 0.002);
    }

    @Test
    void closedFormValues() {
        assertEquals(1.0 / 16, UniformSquare.square().density(0.3, -1.9), 1e-15);
        assertEquals(0, UniformSquare.square().density(2.1, 0), 0);
        assertEquals(0.5, new UniformPushforward("push-square", UniformPushforward.Transform.SQUARE).density(1), 1e-15);
        assertEquals(0, LogNormal.lognormal().density(-1), 0);
        assertEquals(1 / (0.5 * Math.sqrt(2 * Math.PI)), LogNormal.lognormal().density(1), 1e-12);
        double peak = GaussianRing.ring8().density(2, 0);
        assertEquals(1 / (2 * Math.PI * 0.02 * 0.02 * 8), peak, peak * 1e-6);
        assertTrue(GaussianGrid.grid25().density(0, 0) > 100 * GaussianGrid.grid25().density(0.6, 0.6));
        assertThrows(IllegalArgumentException.class, () -> NormalMixture.mix2().density(1, 2));
    }
}
