package io.latentlab.train;

import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The loops spread over two threads give exactly what one thread gives. */
class StepThreadsTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    private static FeatureMaps random(int n, int h, int w, int c, long seed) {
        Random rng = new Random(seed);
        FeatureMaps m = new FeatureMaps(n, h, w, c);
        float[] v = new float[m.length()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rng.nextGaussian();
        }
        m.set(v);
        return m;
    }

    @Test
    void splitCoversEveryItemOnceInWholeUnits() {
        int[] seen = new int[103];
        StepThreads.of(3).split(103, 10, (from, to) -> {
            assertEquals(0, from % 10);
            for (int i = from; i < to; i++) {
                synchronized (seen) {
                    seen[i]++;
                }
            }
        });
        for (int count : seen) {
            assertEquals(1, count);
        }
    }

    @Test
    void patchesAndTheirAdjointAreTheSameOnTwoThreads() {
        for (int c : new int[] {1, 3}) {
            Im2col geometry = new Im2col(9, 9, c, 4, 2, 1);
            FeatureMaps x = random(5, 9, 9, c, c);
            FeatureMaps[] cols = new FeatureMaps[2];
            FeatureMaps[] back = new FeatureMaps[2];
            for (int t = 0; t < 2; t++) {
                StepThreads threads = StepThreads.of(t + 1);
                cols[t] = new FeatureMaps(5, geometry.outH, geometry.outW, geometry.patch());
                geometry.patches(x.floats, 5, cols[t].floats, threads);
                back[t] = new FeatureMaps(5, 9, 9, c);
                geometry.accumulate(cols[t].floats, 5, back[t].floats, threads);
            }
            assertArrayEquals(cols[0].toArray(), cols[1].toArray());
            assertArrayEquals(back[0].toArray(), back[1].toArray());
        }
    }

    @Test
    void activationsAndTheirSlopesAreTheSameOnTwoThreads() {
        float[] bias = {0.5f, -0.25f, 1f};
        for (MapActivation f : MapActivation.values()) {
            float[][] out = new float[2][];
            float[][] slope = new float[2][];
            for (int t = 0; t < 2; t++) {
                StepThreads threads = StepThreads.of(t + 1);
                FeatureMaps y = random(4, 5, 5, 3, 7);
                f.applyWithBias(y, bias, threads);
                FeatureMaps d = random(4, 5, 5, 3, 8);
                f.multiplySlope(d, y, threads);
                out[t] = y.toArray();
                slope[t] = d.toArray();
            }
            assertArrayEquals(out[0], out[1], f.name());
            assertArrayEquals(slope[0], slope[1], f.name());
        }
    }

    @Test
    void productsSharedOutByRowsMatchOneSgemm() {
        // 200 × 96 · 96 × 120 is above the size worth sharing out; both layouts of a
        FeatureMaps a = random(200, 1, 1, 96, 1);
        FeatureMaps aT = random(96, 1, 1, 200, 2);
        FeatureMaps b = random(120, 1, 1, 96, 3);
        for (boolean transposeA : new boolean[] {false, true}) {
            BlasMatrix left = transposeA ? aT.matrix : a.matrix;
            FeatureMaps one = new FeatureMaps(200, 1, 1, 120);
            FeatureMaps two = new FeatureMaps(200, 1, 1, 120);
            BlasMatrix.multiply(left, transposeA, b.matrix, true, one.matrix, StepThreads.SINGLE);
            BlasMatrix.multiply(left, transposeA, b.matrix, true, two.matrix, StepThreads.of(2));
            float[] x = one.toArray();
            float[] y = two.toArray();
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i], y[i], 1e-4f * (1 + Math.abs(x[i])), "transposeA " + transposeA + " at " + i);
            }
        }
    }
}
