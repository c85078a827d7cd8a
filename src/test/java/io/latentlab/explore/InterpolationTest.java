package io.latentlab.explore;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lerp and slerp between latent vectors: endpoints, norms on the way, and the degenerate cases. */
class InterpolationTest {

    @Test
    void bothPathsStartAndEndAtTheEndpoints() {
        float[] a = {1, 2, -3};
        float[] b = {-2, 0.5f, 4};
        for (Interpolation.Method m : Interpolation.Method.values()) {
            float[] path = Interpolation.path(a, b, 5, m);
            assertArrayEquals(a, java.util.Arrays.copyOfRange(path, 0, 3), 1e-6f, m.cliName());
            assertArrayEquals(b, java.util.Arrays.copyOfRange(path, 12, 15), 1e-6f, m.cliName());
        }
    }

    @Test
    void lerpSagsInsideThePriorShellWhileSlerpKeepsTheRadius() {
        int d = 64;
        SplittableRandom random = new SplittableRandom(7);
        float[] a = new float[d];
        float[] b = new float[d];
        for (int i = 0; i < d; i++) {
            a[i] = (float) gaussian(random);
            b[i] = (float) gaussian(random);
        }
        double[] lerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.LINEAR), 11);
        double[] slerp = Interpolation.norms(Interpolation.path(a, b, 11, Interpolation.Method.SPHERICAL), 11);
        // two independent draws are nearly orthogonal: the straight path's middle has norm about √d·cos 45°
        assertEquals(Math.sqrt(d) / Math.sqrt(2), lerp[5], 0.2 * Math.sqrt(d));
        assertTrue(lerp[5] < 0.8 * Math.min(lerp[0], lerp[10]), "lerp's middle " + lerp[5]);
        for (double n : slerp) {
            assertTrue(n > 0.95 * Math.min(slerp[0], slerp[10]) && n < 1.05 * Math.max(slerp[0], slerp[10]), "slerp norm " + n);
        }
    }

    @Test
    void slerpOfUnitVectorsFollowsTheCircle() {
        float[] a = {1, 0};
        float[] b = {0, 1};
        float[] mid = Interpolation.slerp(a, b, 0.5);
        assertArrayEquals(new float[] {(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}, mid, 1e-6f);
        float[] third = Interpolation.slerp(a, b, 1.0 / 3);
        assertArrayEquals(new float[] {(float) Math.cos(Math.PI / 6), (float) Math.sin(Math.PI / 6)}, third, 1e-6f);
    }

    @Test
    void parallelOrZeroEndpointsFallBackToLerp() {
        float[] a = {1, 1};
        float[] b = {2, 2};
        assertArrayEquals(Interpolation.lerp(a, b, 0.25), Interpolation.slerp(a, b, 0.25), 1e-6f);
        float[] zero = {0, 0};
        assertArrayEquals(Interpolation.lerp(zero, b, 0.5), Interpolation.slerp(zero, b, 0.5), 1e-6f);
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> Interpolation.lerp(new float[2], new float[3], 0.5));
        assertTrue(size.getMessage().contains("2 and 3"), size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Interpolation.path(new float[2], new float[2], 1, Interpolation.Method.LINEAR));
        assertEquals(Interpolation.Method.SPHERICAL, Interpolation.Method.byNameOrNull("slerp"));
        assertEquals(null, Interpolation.Method.byNameOrNull("cubic"));
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
