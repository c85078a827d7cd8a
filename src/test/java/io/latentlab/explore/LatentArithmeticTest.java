package io.latentlab.explore;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Averages, A − B + C, the seeded neighbourhood, the J-diagram's corners and bias-corrected attribute vectors, in numbers. */
class LatentArithmeticTest {

    @Test
    void averagesPickedRowsAndClassesAndAddsAMinusBPlusC() {
        float[] z = {1, 2, 3, 4, 5, 9};
        assertArrayEquals(new float[] {4, 6.5f}, LatentArithmetic.mean(z, 2, List.of(1, 2)), 1e-6f);
        assertArrayEquals(new float[] {3, 5}, LatentArithmetic.mean(z, 2, List.of(0, 1, 2)), 1e-6f);
        EncodedImages encoded = new EncodedImages("t", z, new int[] {7, 1, 7}, 3, 2);
        assertArrayEquals(new float[] {3, 5.5f}, LatentArithmetic.classMean(encoded, 7), 1e-6f); // rows 0 and 2
        assertArrayEquals(new float[] {3, 4}, LatentArithmetic.classMean(encoded, 1), 1e-6f);
        assertThrows(IllegalArgumentException.class, () -> LatentArithmetic.classMean(encoded, 2));
        assertThrows(IllegalArgumentException.class, () -> LatentArithmetic.mean(z, 2, List.of()));
        assertArrayEquals(new float[] {1 - 3 + 5, 2 - 4 + 9}, LatentArithmetic.analogy(new float[] {1, 2}, new float[] {3, 4}, new float[] {5, 9}));
    }

    @Test
    void theNeighbourhoodKeepsTheResultInTheMiddleAndSpreadsBySigma() {
        float[] centre = new float[50];
        centre[0] = 4;
        float[] grid = LatentArithmetic.around(centre, 3, 0.5, 11);
        assertEquals(9 * 50, grid.length);
        assertArrayEquals(centre, java.util.Arrays.copyOfRange(grid, 4 * 50, 5 * 50), 0f);
        assertArrayEquals(grid, LatentArithmetic.around(centre, 3, 0.5, 11), 0f);
        double sq = 0;
        int n = 0;
        for (int k = 0; k < 9; k++) {
            if (k != 4) {
                for (int i = 0; i < 50; i++) {
                    double dev = grid[k * 50 + i] - centre[i];
                    sq += dev * dev;
                    n++;
                }
            }
        }
        assertEquals(0.5, Math.sqrt(sq / n), 0.05);
        assertThrows(IllegalArgumentException.class, () -> LatentArithmetic.around(centre, 2, 0.5, 1));
    }

    @Test
    void theAnalogyGridHasAAtTopLeftBTopRightCBottomLeftAndBPlusCMinusAOpposite() {
        float[] a = {1, 0, 2};
        float[] b = {3, 1, 0};
        float[] c = {0, 5, 1};
        int side = 5;
        float[] grid = AnalogyGrid.of(a, b, c, side);
        assertArrayEquals(a, cell(grid, 0, 3), 1e-6f);
        assertArrayEquals(b, cell(grid, side - 1, 3), 1e-6f);
        assertArrayEquals(c, cell(grid, (side - 1) * side, 3), 1e-6f);
        assertArrayEquals(new float[] {2, 6, -1}, cell(grid, side * side - 1, 3), 1e-6f);
        assertArrayEquals(AnalogyGrid.fourthCorner(a, b, c), cell(grid, side * side - 1, 3), 1e-6f);
        assertArrayEquals(new float[] {2, 0.5f, 1}, cell(grid, 2, 3), 1e-6f); // halfway A → B
    }

    @Test
    void withTwoCornersTheThirdIsThePriorsCentre() {
        float[] a = {2, -2};
        float[] b = {4, 0};
        int side = 3;
        float[] grid = AnalogyGrid.of(a, b, AnalogyGrid.centre(2), side);
        assertArrayEquals(new float[] {0, 0}, cell(grid, (side - 1) * side, 2), 1e-6f);  // bottom left: z = 0
        assertArrayEquals(new float[] {1, -1}, cell(grid, side, 2), 1e-6f);             // halfway from A to the centre
        assertArrayEquals(new float[] {2, 2}, cell(grid, side * side - 1, 2), 1e-6f);    // B − A
    }

    /**
     * The attribute is the first axis; a confound (level 1) adds 2 on the second axis and is
     * common among the "with" vectors (3 of 4) but rare among the "without" ones (1 of 4): the plain
     * difference leans along the confound by 2·(3/4 − 1/4) = 1, the balanced one does not.
     */
    @Test
    void balancingTheConfoundRemovesItFromTheAttributeVector() {
        float[] with = {1, 2, 1, 2, 1, 2, 1, 0};
        int[] withLevels = {1, 1, 1, 0};
        float[] without = {0, 2, 0, 0, 0, 0, 0, 0};
        int[] withoutLevels = {1, 0, 0, 0};
        assertArrayEquals(new float[] {1, 1}, AttributeVector.meanDifference(with, without, 2), 1e-6f);
        assertArrayEquals(new float[] {1, 0}, AttributeVector.balanced(with, withLevels, without, withoutLevels, 2), 1e-6f);
        assertThrows(IllegalArgumentException.class,
                () -> AttributeVector.balanced(with, new int[] {1, 1, 1, 1}, without, new int[] {0, 0, 0, 0}, 2));
        float[] row = AttributeVector.applied(new float[] {0, 1}, new float[] {1, 0}, new double[] {-2, 0, 3});
        assertArrayEquals(new float[] {-2, 1, 0, 1, 3, 1}, row, 1e-6f);
        assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, AttributeVector.quantileLevels(new double[] {1, 2, 3, 4, 5, 6}, 3));
    }

    @Test
    void classWeightsMixTwoOneHotsLinearly() {
        float[] w = Interpolation.classWeights(2, 0, 3, 5);
        assertArrayEquals(new float[] {0, 0, 1}, java.util.Arrays.copyOfRange(w, 0, 3), 0f);
        assertArrayEquals(new float[] {0.5f, 0, 0.5f}, java.util.Arrays.copyOfRange(w, 6, 9), 0f);
        assertArrayEquals(new float[] {1, 0, 0}, java.util.Arrays.copyOfRange(w, 12, 15), 0f);
        assertArrayEquals(new float[] {0, 1, 0, 0, 1, 0}, Interpolation.classWeights(1, 1, 3, 2), 0f);
    }

    private static float[] cell(float[] grid, int k, int d) {
        return java.util.Arrays.copyOfRange(grid, k * d, (k + 1) * d);
    }
}
