package io.latentlab.density;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivergenceTest {

    private static double[] normal(Grid grid, double mean, double sd) {
        double[] d = new double[grid.size()];
        for (int i = 0; i < d.length; i++) {
            double z = (grid.x(i) - mean) / sd;
            d[i] = Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
        }
        return d;
    }

    @Test
    void klOfShiftedNormalsIsHalfTheSquaredShift() {
        Grid grid = Grid.of(-12, 12, 4001);
        assertEquals(0.5, Divergence.kl(normal(grid, 0, 1), normal(grid, 1, 1), grid), 1e-6);
        assertEquals(2.0, Divergence.kl(normal(grid, 0, 1), normal(grid, 2, 1), grid), 1e-5);
        // KL(N(0,1)‖N(0,2²)) = log 2 + 1/8 − 1/2
        assertEquals(Math.log(2) + 0.125 - 0.5, Divergence.kl(normal(grid, 0, 1), normal(grid, 0, 2), grid), 1e-6);
    }

    @Test
    void jsIsZeroForEqualAndLn2ForDisjointDensities() {
        Grid grid = Grid.of(-20, 20, 4001);
        double[] p = normal(grid, 0, 1);
        assertEquals(0, Divergence.js(p, p, grid), 1e-12);
        assertEquals(Math.log(2), Divergence.js(normal(grid, -10, 0.5), normal(grid, 10, 0.5), grid), 1e-9);
        double near = Divergence.js(p, normal(grid, 0.5, 1), grid);
        double far = Divergence.js(p, normal(grid, 3, 1), grid);
        assertTrue(0 < near && near < far && far < Math.log(2), near + " " + far);
    }

    @Test
    void aDroppedModeGivesALargeButFiniteKl() {
        Grid grid = Grid.of(-10, 10, 2001);
        double[] twoModes = normal(grid, -3, 0.5);
        double[] right = normal(grid, 3, 0.5);
        for (int i = 0; i < twoModes.length; i++) {
            twoModes[i] = 0.5 * twoModes[i] + 0.5 * right[i];
        }
        double kl = Divergence.kl(twoModes, right, grid);
        assertTrue(Double.isFinite(kl) && kl > 5, "KL " + kl);
        assertThrows(IllegalArgumentException.class, () -> Divergence.kl(new double[3], new double[3], Grid.of(0, 1, 3)));
    }

    @Test
    void worksOnTwoDimensionalGrids() {
        Grid grid = Grid.of(-8, 8, 161, -8, 8, 161);
        double[] p = new double[grid.size()];
        double[] q = new double[grid.size()];
        for (int j = 0, k = 0; j < 161; j++) {
            for (int i = 0; i < 161; i++, k++) {
                double x = grid.x(i);
                double y = grid.y(j);
                p[k] = Math.exp(-0.5 * (x * x + y * y));
                q[k] = Math.exp(-0.5 * ((x - 1) * (x - 1) + y * y));
            }
        }
        assertEquals(0.5, Divergence.kl(p, q, grid), 1e-4);
    }

    /**
     * By hand, on three grid points 0, 2, 4 (cells of width 2): p ∝ (1, 1, 0) and q ∝ (1, 2, 1)
     * normalise to (¼, ¼, 0) and (⅛, ¼, ⅛) per unit length, so with the cell width the masses are
     * (½, ½, 0) and (¼, ½, ¼). KL(p‖q) = ½ ln 2; m = (⅜, ½, ⅛) gives JS = ⅜ ln(4/3); KL(q‖p)
     * meets p = 0 and uses the floor 1e-10 · max p on the densities (max p = ¼ per unit length):
     * ¼ ln ½ + 2·⅛·ln(⅛ / (¼·1e-10)) = ¼ ln ½ + ¼ ln(½·1e10).
     */
    @Test
    void matchesAHandComputationOnThreePoints() {
        Grid grid = Grid.of(0, 4, 3);
        double[] p = {1, 1, 0};
        double[] q = {1, 2, 1};
        assertEquals(0.5 * Math.log(2), Divergence.kl(p, q, grid), 1e-12);
        assertEquals(0.375 * Math.log(4.0 / 3), Divergence.js(p, q, grid), 1e-12);
        assertEquals(0.375 * Math.log(4.0 / 3), Divergence.js(q, p, grid), 1e-12);
        assertEquals(0.25 * Math.log(0.5) + 0.25 * Math.log(0.5e10), Divergence.kl(q, p, grid), 1e-9);
        assertEquals(0, Divergence.kl(q, q, grid), 1e-15);
    }
}
