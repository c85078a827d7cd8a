package io.latentlab.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sample means, variances and ranges of 20,000 seeded points against the analytic values. Means
 * are allowed five standard errors, variances 6% (about three standard errors for the
 * heaviest-tailed one, the log-normal).
 */
class DistributionMomentsTest {

    private static final int N = 20_000;
    private static final long SEED = 11;
    private static final double VAR_TOLERANCE = 0.06;

    /** Mean and variance of coordinate {@code j}. */
    private static double[] moments(float[] points, int dim, int j) {
        int n = points.length / dim;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += points[i * dim + j];
        }
        double mean = sum / n;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            double d = points[i * dim + j] - mean;
            sq += d * d;
        }
        return new double[] {mean, sq / (n - 1)};
    }

    private static void assertMoments(String name, int j, double mean, double variance) {
        ToyDistribution d = ToyDistributions.byName(name);
        double[] m = moments(d.sample(N, SEED), d.dimension(), j);
        assertEquals(mean, m[0], 5 * Math.sqrt(variance / N), name + " mean of coordinate " + j);
        assertEquals(variance, m[1], VAR_TOLERANCE * variance, name + " variance of coordinate " + j);
    }

    private static void assertRange(String name, double lo, double hi) {
        for (float v : ToyDistributions.byName(name).sample(N, SEED)) {
            assertTrue(v >= lo && v <= hi, name + " drew " + v + " outside [" + lo + ", " + hi + "]");
        }
    }

    @Test
    void twoDimensionalShapes() {
        for (int j = 0; j < 2; j++) {
            assertMoments("ring8", j, 0, 2 + 0.02 * 0.02);
            assertMoments("grid25", j, 0, 1.25 * 1.25 * 2 + 0.05 * 0.05);
            assertMoments("square", j, 0, 16.0 / 12);
        }
        assertMoments("line", 0, 0, 16.0 / 12 + 0.0025);
        assertMoments("line", 1, 0, 4.0 / 12 + 0.0025);
        // make_moons: E[x] = ½ and E[y] = ¼ before centring, so the scaled moons are centred
        assertEquals(0, moments(TwoMoons.moons().sample(N, SEED), 2, 0)[0], 0.03);
        assertEquals(0, moments(TwoMoons.moons().sample(N, SEED), 2, 1)[0], 0.03);
        assertRange("square", -2, 2);
        assertRange("spiral", -3, 3);
        assertRange("moons", -3, 3);
        assertRange("grid25", -3, 3);
    }

    @Test
    void threeRegionsAreDisjointAndEquallyLikely() {
        ThreeDiscs regions = new ThreeDiscs();
        float[] p = regions.sample(N, SEED);
        int[] counts = new int[3];
        double[][] centres = regions.discCentres();
        for (int i = 0; i < N; i++) {
            int inside = -1;
            for (int k = 0; k < 3; k++) {
                if (Math.hypot(p[2 * i] - centres[k][0], p[2 * i + 1] - centres[k][1]) <= ThreeDiscs.DISC_RADIUS + 1e-6) {
                    assertEquals(-1, inside, "the discs do not overlap");
                    inside = k;
                }
            }
            assertTrue(inside >= 0, "every point lies in a disc");
            counts[inside]++;
        }
        for (int c : counts) {
            assertEquals(N / 3.0, c, 5 * Math.sqrt(N * 2.0 / 9));
        }
    }

    @Test
    void oneDimensional() {
        assertMoments("mix2", 0, 0.4 * -1.5 + 0.6 * 2, 0.4 * (0.25 + 2.25) + 0.6 * (1 + 4) - 0.6 * 0.6);
        assertEquals(3.64, NormalMixture.mix2().variance(), 1e-12);
        assertMoments("uniform", 0, 0.5, 1.0 / 12);
        assertRange("uniform", 0, 1);
        assertMoments("lognormal", 0, Math.exp(0.125), Math.expm1(0.25) * Math.exp(0.25));
        assertRange("lognormal", 0, Double.MAX_VALUE);
        assertMoments("push-identity", 0, 0.5, 1.0 / 12);
        assertMoments("push-square", 0, 1.0 / 3, 4.0 / 45);
        assertRange("push-square", 0, 1);
        assertMoments("push-normal", 0, 0, 1);
    }

    /** push-normal is N(0, 1): its empirical distribution function stays close to Φ everywhere. */
    @Test
    void pushNormalIsStandardNormal() {
        float[] x = ToyDistributions.byName("push-normal").sample(N, SEED);
        Arrays.sort(x);
        double ks = 0;
        for (int i = 0; i < N; i++) {
            double cdf = UniformPushforward.normalCdf(x[i]);
            ks = Math.max(ks, Math.max(Math.abs(cdf - (double) i / N), Math.abs(cdf - (i + 1.0) / N)));
        }
        // Kolmogorov–Smirnov: 1.63/√n is the 1% critical value
        assertTrue(ks < 1.63 / Math.sqrt(N), "KS distance " + ks);
        double[] probabilities = {0.025, 0.16, 0.5, 0.84, 0.975};
        double[] quantiles = {-1.959964, -0.994458, 0, 0.994458, 1.959964};
        for (int k = 0; k < probabilities.length; k++) {
            assertEquals(quantiles[k], UniformPushforward.normalQuantile(probabilities[k]), 1e-5);
            assertEquals(quantiles[k], x[(int) (probabilities[k] * N)], 0.05, "sample quantile " + probabilities[k]);
        }
    }
}
