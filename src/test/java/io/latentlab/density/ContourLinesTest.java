package io.latentlab.density;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Marching squares finds the level sets of known functions, joined into whole lines. */
class ContourLinesTest {

    @Test
    void aConeGivesOneClosedCircleOfTheRightRadius() {
        int n = 61;
        double[] v = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                v[j * n + i] = -Math.hypot(i - 30, j - 30);
            }
        }
        List<double[]> lines = ContourLines.of(v, n, n, -12.5);
        assertEquals(1, lines.size());
        double[] line = lines.get(0);
        assertEquals(line[0], line[line.length - 2], 1e-12, "closed");
        assertEquals(line[1], line[line.length - 1], 1e-12, "closed");
        for (int p = 0; p < line.length; p += 2) {
            assertEquals(12.5, Math.hypot(line[p] - 30, line[p + 1] - 30), 0.05);
        }
        assertTrue(line.length / 2 > 60, "about 2πr/1 points: " + line.length / 2);
    }

    @Test
    void twoBumpsGiveTwoLinesAndAPlaneOneOpenLine() {
        int nx = 40;
        int ny = 20;
        double[] v = new double[nx * ny];
        double[] plane = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                v[j * nx + i] = Math.exp(-((i - 10) * (i - 10) + (j - 10) * (j - 10)) / 8.0)
                        + Math.exp(-((i - 30) * (i - 30) + (j - 10) * (j - 10)) / 8.0);
                plane[j * nx + i] = i;
            }
        }
        assertEquals(2, ContourLines.of(v, nx, ny, 0.5).size());
        assertEquals(0, ContourLines.of(v, nx, ny, 2).size());
        List<double[]> straight = ContourLines.of(plane, nx, ny, 7.25);
        assertEquals(1, straight.size());
        assertEquals(2 * ny, straight.get(0).length, "one point per row");
        for (int p = 0; p < straight.get(0).length; p += 2) {
            assertEquals(7.25, straight.get(0)[p], 1e-12);
        }
    }
}
