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

    /** Hues in steps of {@value #STEP_DEGREES}°: as many colours as the eye tells apart, and few dots to cache. */
    static final int STEP_DEGREES = 5;
    private static final Color[] WHEEL = new Color[360 / STEP_DEGREES];

    static {
        for (int k = 0; k < WHEEL.length; k++) {
            WHEEL[k] = Color.hsb(k * STEP_DEGREES, 0.9, 0.85);
        }
    }

    static Color of(double angle) {
        double degrees = Math.toDegrees(angle);
        int k = (int) Math.round((degrees < 0 ? degrees + 360 : degrees) / STEP_DEGREES) % WHEEL.length;
        return WHEEL[k];
    }
}
