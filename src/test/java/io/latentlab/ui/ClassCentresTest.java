package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A class's centre on the map is the median of its points, unmoved by a stray one. */
class ClassCentresTest {

    @Test
    void theMedianOfEachClassIgnoresAStrayPoint() {
        double[] ab = {0, 0, 1, 1, 2, 2, 100, -100, 5, 5};
        int[] labels = {0, 0, 0, 0, 2};
        double[][] centres = ClassCentres.of(ab, labels, 5);
        assertEquals(3, centres.length);
        assertArrayEquals(new double[] {2, 1}, centres[0]);
        assertNull(centres[1]);
        assertArrayEquals(new double[] {5, 5}, centres[2]);
    }
}
