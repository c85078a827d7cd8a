package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The heatmap's colours, from "fake" (purple) through clear to "real" (green), as in GAN Lab and
 * matplotlib's PRGn scale: apart from the blue and orange points and for red-green colour
 * blindness. Confident regions get a tint; where D cannot tell (σ(D) = ½), the plot stays white
 * and its grid shows. Raw outputs (losses without a probability) are scaled to the grid's own
 * range: greener means D calls the place more real.
 */
final class DiscriminatorScale {

    static final Color FAKE = Color.web("#762a83");
    static final Color REAL = Color.web("#1b7837");
    /** The tint at full confidence: light enough for the points to stand out. */
    private static final double MAX_ALPHA = 0.7;

    private final double centre;
    private final double halfWidth;

    private DiscriminatorScale(double centre, double halfWidth) {
        this.centre = centre;
        this.halfWidth = halfWidth;
    }

    /** The scale for one snapshot: fixed [0, 1] for probabilities, the grid's range otherwise. */
    static DiscriminatorScale of(FieldSnapshot fields) {
        if (fields.probabilistic()) {
            return new DiscriminatorScale(0.5, 0.5);
        }
        float[] d = fields.discriminator();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (float v : d) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(max > min)) {
            return new DiscriminatorScale(Double.isFinite(min) ? min : 0, 1);
        }
        return new DiscriminatorScale((min + max) / 2, (max - min) / 2);
    }

    /** The colour for output {@code value}, as ARGB for a pixel writer. */
    int argb(double value) {
        double t = (value - centre) / halfWidth;
        if (!Double.isFinite(t)) {
            return 0;
        }
        t = Math.max(-1, Math.min(1, t));
        return argb(t < 0 ? FAKE : REAL, Math.abs(t));
    }

    private static int argb(Color c, double strength) {
        int a = (int) Math.round(255 * MAX_ALPHA * Math.pow(strength, 0.7));
        return a << 24 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The scale as a left-to-right gradient from fake to real, for the colour bar. */
    static LinearGradient gradient() {
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.rgb(255, 255, 255).interpolate(FAKE, MAX_ALPHA)),
                new Stop(0.5, Color.WHITE),
                new Stop(1, Color.rgb(255, 255, 255).interpolate(REAL, MAX_ALPHA)));
    }
}
