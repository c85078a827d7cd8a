package io.latentlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModeCoverageTest {

    private static final double[][] CENTRES = GaussianRing.ring8().modeCentres();

    @Test
    void realRingSamplesCoverEveryMode() {
        float[] points = GaussianRing.ring8().sample(2000, 3);
        ModeCoverage c = ModeCoverage.of(points, CENTRES);
        assertEquals(8, c.modesCovered());
        // std 0.02 per axis: a point falls beyond 0.1 with probability e^(-12.5), so all are within
        assertEquals(1.0, c.fractionWithin(), 1e-12);
    }

    @Test
    void countsHitsAndAppliesTheTwoPercentRule() {
        // 100 points: 60 on mode 0, 1 on mode 1 (under 2%), 3 on mode 2, 36 far away
        float[] p = new float[200];
        int k = 0;
        for (int i = 0; i < 60; i++) {
            p[k++] = 2.05f;
            p[k++] = 0f;
        }
        for (int i = 0; i < 1; i++) {
            p[k++] = (float) CENTRES[1][0];
            p[k++] = (float) CENTRES[1][1];
        }
        for (int i = 0; i < 3; i++) {
            p[k++] = 0f;
            p[k++] = 1.95f;
        }
        while (k < 200) {
            p[k++] = 0f;
            p[k++] = 0f;
        }
        ModeCoverage c = ModeCoverage.of(p, CENTRES);
        assertEquals(0.64, c.fractionWithin(), 1e-12);
        assertEquals(2, c.modesCovered());
        assertArrayEquals(new int[] {60, 1, 3, 0, 0, 0, 0, 0}, c.hitsPerMode());
        assertEquals("2/8 modes, 64.0% within 0.1", c.summary());
    }

    @Test
    void ringCentresAreOnTheCircle() {
        assertEquals(2.0, CENTRES[0][0], 1e-12);
        assertEquals(0.0, CENTRES[0][1], 1e-12);
        assertEquals(Math.sqrt(2), CENTRES[1][0], 1e-12);
        assertEquals(-2.0, CENTRES[4][0], 1e-12);
    }

    @Test
    void samplesAreSeededAndHaveTheRingsSpread() {
        float[] a = GaussianRing.ring8().sample(5000, 9);
        assertArrayEquals(a, GaussianRing.ring8().sample(5000, 9));
        double sumR = 0;
        for (int i = 0; i < 5000; i++) {
            sumR += Math.hypot(a[2 * i], a[2 * i + 1]);
        }
        assertEquals(2.0, sumR / 5000, 0.005);
    }

    @Test
    void unknownDistributionNamesTheKnownOnes() {
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class,
                () -> ToyDistributions.byName("ring9"));
        assertEquals("unknown data 'ring9': choose one of ring8, grid25, line, moons, spiral, regions3, square, "
                + "mix2, uniform, lognormal, push-identity, push-square, push-normal", e.getMessage());
    }

    @Test
    void oneDimensionalMixtureSamplesCoverBothModes() {
        NormalMixture mix = NormalMixture.mix2();
        ModeCoverage c = ModeCoverage.of(mix.sample(20_000, 4), mix);
        assertEquals(2, c.modesCovered(), c.summary());
        assertEquals(0.5, c.radius());
        // within 0.5 of a mean: 0.4·P(|Z| < 1) + 0.6·P(|Z| < 0.5) = 0.4·0.683 + 0.6·0.383
        assertEquals(0.4 * 0.6827 + 0.6 * 0.3829, c.fractionWithin(), 0.015, c.summary());
        assertTrue(c.summary().endsWith("within 0.5"), c.summary());
    }

    @Test
    void oneDimensionalPointsOnOneModeCoverOnlyIt() {
        float[] points = {-1.4f, -1.6f, -1.5f, 0.2f};
        ModeCoverage c = ModeCoverage.of(points, 1, new double[][] {{-1.5}, {2}}, 0.5, 0.02);
        assertEquals(1, c.modesCovered());
        assertArrayEquals(new int[] {3, 0}, c.hitsPerMode());
        assertEquals(0.75, c.fractionWithin(), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> ModeCoverage.of(points, 1, CENTRES, 0.5, 0.02), "2-D centres for 1-D points");
    }
}
