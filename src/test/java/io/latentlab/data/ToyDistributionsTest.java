package io.latentlab.data;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every registered name builds, samples finite points of its dimension, and repeats with its seed. */
class ToyDistributionsTest {

    @Test
    void everyNameBuildsAndSamplesReproducibly() {
        for (String name : ToyDistributions.names()) {
            ToyDistribution d = ToyDistributions.byName(name);
            assertEquals(name, d.name());
            assertTrue(d.dimension() == 1 || d.dimension() == 2, name);
            float[] a = d.sample(1000, 7);
            assertEquals(1000 * d.dimension(), a.length, name);
            assertArrayEquals(a, d.sample(1000, 7), name + " repeats with its seed");
            assertFalse(Arrays.equals(a, d.sample(1000, 8)), name + " changes with the seed");
            for (float v : a) {
                assertTrue(Float.isFinite(v), name + " drew " + v);
            }
            for (double[] centre : d.modeCentres()) {
                assertEquals(d.dimension(), centre.length, name);
            }
        }
    }

    @Test
    void theToyLabsDistributionsAreRegistered() {
        assertEquals(List.of("ring8", "grid25", "line", "moons", "spiral", "regions3", "square",
                "mix2", "uniform", "lognormal", "push-identity", "push-square", "push-normal"), ToyDistributions.names());
        for (String name : List.of("ring8", "grid25", "square", "mix2", "uniform", "lognormal",
                "push-identity", "push-square", "push-normal")) {
            assertTrue(ToyDistributions.byName(name) instanceof KnownDensity, name + " has its density");
        }
        assertEquals(25, ToyDistributions.byName("grid25").modeCentres().length);
        assertArrayEquals(new double[][] {{-1.5}, {2}}, ToyDistributions.byName("mix2").modeCentres());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> ToyDistributions.byName("ring9"));
        assertTrue(e.getMessage().contains("'ring9'") && e.getMessage().contains("push-normal")
                && e.getMessage().contains("moons"), e.getMessage());
    }

    @Test
    void samplingFillsASinkRowAfterRow() {
        ToyDistribution mix = ToyDistributions.byName("mix2");
        float[] viaSink = new float[5];
        mix.sample(new java.util.Random(3), 5, (i, v) -> viaSink[i] = v);
        assertArrayEquals(mix.sample(5, 3), viaSink);
    }
}
