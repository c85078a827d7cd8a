package io.latentlab.ui;

import javafx.scene.paint.Color;

/**
 * Colours that tell which data point a latent code belongs to: the angle of the point around
 * the data's centre, as a hue around the colour wheel. On the ring, neighbouring modes get
 * neighbouring hues, so a teacher sees at a glance whether the encoder keeps the ring's order.
 */
final class LatentColours {

    private LatentColours() {
    }

    /** The mean of the rows of 2-D {@code points}. */
    static double[] centre(float[] points) {
        double cx = 0;
        double cy = 0;
        int n = points.length / 2;
        for (int i = 0; i < n; i++) {
            cx += points[2 * i];
            cy += points[2 * i + 1];
        }
        return new double[] {cx / Math.max(1, n), cy / Math.max(1, n)};
    }

    /** The angle in (−π, π] of point {@code i} around {@code centre}. */
    static double angle(float[] points, int i, double[] centre) {
        return Math.atan2(points[2 * i + 1] - centre[1], points[2 * i] - centre[0]);
    }

    static Color of(double angle) {
        double hue = Math.toDegrees(angle);
        return Color.hsb(hue < 0 ? hue + 360 : hue, 0.9, 0.85);
    }
}
