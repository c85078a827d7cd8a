package io.latentlab.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The procedural shapes: seeded, in [0, 1], centred on their position, and moments that follow rotation and scale. */
class ShapesDatasetTest {

    private static final int SIDE = ShapesDataset.SIDE;

    @Test
    void sameSeedSameImagesAndFactorsInRange() {
        ShapesDataset a = ShapesDataset.generate(300, 7);
        assertEquals(a, ShapesDataset.generate(300, 7));
        assertNotEquals(a.images(), ShapesDataset.generate(300, 8).images());
        assertEquals(3, a.images().classes());
        int[] kinds = new int[3];
        for (int i = 0; i < a.images().count(); i++) {
            ShapeFactors f = a.factor(i);
            assertEquals(f.kind().ordinal(), a.images().label(i));
            kinds[f.kind().ordinal()]++;
            assertTrue(f.scale() >= ShapesDataset.MIN_SCALE && f.scale() <= 1);
            assertTrue(f.rotation() >= 0 && f.rotation() < f.kind().period());
        }
        for (int k : kinds) {
            assertTrue(k > 70, "each kind about a third: " + java.util.Arrays.toString(kinds));
        }
        boolean someGrey = false;
        for (float p : a.images().pixelsView()) {
            assertTrue(p >= 0 && p <= 1);
            someGrey |= p > 0.05 && p < 0.95;
        }
        assertTrue(someGrey, "edges are anti-aliased");
    }

    @Test
    void centroidIsThePositionWithinAPixel() {
        ShapesDataset shapes = ShapesDataset.generate(60, 3);
        for (int i = 0; i < 60; i++) {
            ShapeFactors f = shapes.factor(i);
            double[] m = moments(ShapesDataset.render(f));
            assertEquals(f.x(), m[1], 1.0, () -> "x of " + f);
            assertEquals(f.y(), m[2], 1.0, () -> "y of " + f);
            assertEquals(f.x(), m[1], 0.25, () -> "x of " + f);
            assertEquals(f.y(), m[2], 0.25, () -> "y of " + f);
        }
    }

    @Test
    void theEllipsesLongAxisTurnsWithTheRotation() {
        for (double degrees = 0; degrees < 180; degrees += 20) {
            double rotation = Math.toRadians(degrees);
            double[] m = moments(ShapesDataset.render(new ShapeFactors(ShapeKind.ELLIPSE, 1, rotation, 14, 14)));
            // orientation of the long axis from the second moments, y up, counter-clockwise
            double angle = 0.5 * Math.atan2(-2 * m[5], m[3] - m[4]);
            double diff = Math.IEEEremainder(angle - rotation, Math.PI);
            assertEquals(0, Math.toDegrees(diff), 2.0, "at " + degrees + "°");
        }
    }

    @Test
    void doublingTheScaleQuadruplesAreaAndSecondMoments() {
        for (ShapeKind kind : ShapeKind.values()) {
            double[] small = moments(ShapesDataset.render(new ShapeFactors(kind, 0.5, 0.3, 14, 14)));
            double[] big = moments(ShapesDataset.render(new ShapeFactors(kind, 1.0, 0.3, 14, 14)));
            assertEquals(4, big[0] / small[0], 0.2, kind + " area");
            assertEquals(4, (big[3] + big[4]) / (small[3] + small[4]), 0.3, kind + " spread");
        }
        // a turned square keeps its area and its (isotropic) spread
        double[] straight = moments(ShapesDataset.render(new ShapeFactors(ShapeKind.SQUARE, 1, 0, 14, 14)));
        double[] turned = moments(ShapesDataset.render(new ShapeFactors(ShapeKind.SQUARE, 1, Math.PI / 4, 14, 14)));
        assertEquals(straight[0], turned[0], 0.02 * straight[0]);
        assertEquals(straight[3], turned[4], 0.05 * straight[3]);
    }

    @Test
    void aHeartPointsDownUntilTurned() {
        // more of the heart's mass sits above its centroid (the lobes) than below (the point)
        double[] up = thirdMomentY(ShapesDataset.render(new ShapeFactors(ShapeKind.HEART, 1, 0, 14, 14)));
        double[] down = thirdMomentY(ShapesDataset.render(new ShapeFactors(ShapeKind.HEART, 1, Math.PI, 14, 14)));
        assertTrue(up[0] > 0 && down[0] < 0, "skew of rows (y down): " + up[0] + " then " + down[0]);
    }

    /** mass, centroid x, y, then central second moments xx, yy, xy, pixel centres at (c + ½, r + ½), y down. */
    private static double[] moments(float[] image) {
        double mass = 0;
        double sx = 0;
        double sy = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double w = image[r * SIDE + c];
                mass += w;
                sx += w * (c + 0.5);
                sy += w * (r + 0.5);
            }
        }
        double cx = sx / mass;
        double cy = sy / mass;
        double xx = 0;
        double yy = 0;
        double xy = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double w = image[r * SIDE + c];
                double dx = c + 0.5 - cx;
                double dy = r + 0.5 - cy;
                xx += w * dx * dx;
                yy += w * dy * dy;
                xy += w * dx * dy;
            }
        }
        return new double[] {mass, cx, cy, xx / mass, yy / mass, xy / mass};
    }

    private static double[] thirdMomentY(float[] image) {
        double[] m = moments(image);
        double s = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                double dy = r + 0.5 - m[2];
                s += image[r * SIDE + c] * dy * dy * dy;
            }
        }
        return new double[] {s / m[0]};
    }
}
