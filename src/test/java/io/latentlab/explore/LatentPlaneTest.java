package io.latentlab.explore;

import io.latentlab.model.LatentImages;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planes through a latent space: points and their coordinates, the grid's order, principal and random directions. */
class LatentPlaneTest {

    @Test
    void aPointOnThePlaneProjectsBackToItsCoordinates() {
        float[] base = LatentImages.priorDraws(1, 20, 3);
        for (LatentPlane plane : new LatentPlane[] {LatentPlane.ofDimensions(base, 4, 11), LatentPlane.ofRandomDirections(base, 9),
            LatentPlane.through(base, random(20, 5), random(20, 6))}) {
            double[] ab = plane.coordinates(plane.point(1.25, -2.5));
            assertEquals(1.25, ab[0], 1e-5);
            assertEquals(-2.5, ab[1], 1e-5);
            assertEquals(1, dot(plane.u(), plane.u()), 1e-12);
            assertEquals(1, dot(plane.v(), plane.v()), 1e-12);
            assertEquals(0, dot(plane.u(), plane.v()), 1e-12);
        }
    }

    @Test
    void aPointOffThePlaneProjectsToItsFootAlongTheDirections() {
        LatentPlane plane = LatentPlane.ofDimensions(new float[] {1, 1, 1, 1}, 0, 2);
        assertArrayEquals(new double[] {2, -3}, plane.coordinates(new float[] {3, 7, -2, 5}), 1e-9);
    }

    @Test
    void theTwoDimensionalPlaneGridIsLatentImagesPlaneGrid() {
        LatentPlane plane = LatentPlane.ofDimensions(new float[2], 0, 1);
        assertArrayEquals(LatentImages.planeGrid(15, 3), plane.grid(15, 3), 1e-6f);
        float[] grid = LatentPlane.ofDimensions(new float[5], 3, 1).grid(4, 2);
        // row 0 column 3 (top right): a = +2 along dimension 3, b = +2 along dimension 1
        assertArrayEquals(new float[] {0, 2, 0, 2, 0}, java.util.Arrays.copyOfRange(grid, 15, 20), 1e-6f);
        assertEquals(2, LatentPlane.gridCoordinate(3, 4, 2), 1e-12);
    }

    @Test
    void principalDirectionsFollowTheSpreadOfTheSet() {
        // points spread 5 along (1, 1, 0)/√2, 2 along z, 0.1 along (1, −1, 0)/√2
        SplittableRandom random = new SplittableRandom(1);
        int n = 4000;
        float[] z = new float[n * 3];
        for (int i = 0; i < n; i++) {
            double a = 5 * gaussian(random);
            double b = 2 * gaussian(random);
            double c = 0.1 * gaussian(random);
            z[3 * i] = (float) ((a + c) / Math.sqrt(2));
            z[3 * i + 1] = (float) ((a - c) / Math.sqrt(2));
            z[3 * i + 2] = (float) b;
        }
        LatentPlane plane = LatentPlane.ofPrincipalDirections(new float[3], new EncodedImages("t", z, null, n, 3));
        assertEquals(1, Math.abs(dot(plane.u(), new double[] {Math.sqrt(0.5), Math.sqrt(0.5), 0})), 1e-3);
        assertEquals(1, Math.abs(plane.v()[2]), 1e-3);
    }

    @Test
    void randomDirectionsAreSeeded() {
        float[] base = new float[64];
        assertArrayEquals(LatentPlane.ofRandomDirections(base, 7).u(), LatentPlane.ofRandomDirections(base, 7).u());
        assertTrue(Math.abs(dot(LatentPlane.ofRandomDirections(base, 7).u(), LatentPlane.ofRandomDirections(base, 8).u())) < 0.9);
    }

    @Test
    void refusesAPlaneThatIsALine() {
        assertThrows(IllegalArgumentException.class, () -> LatentPlane.ofDimensions(new float[3], 1, 1));
        assertThrows(IllegalArgumentException.class, () -> LatentPlane.through(new float[2], new double[] {1, 1}, new double[] {2, 2}));
    }

    private static double[] random(int d, long seed) {
        float[] f = LatentImages.priorDraws(1, d, seed);
        double[] x = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = f[i];
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
