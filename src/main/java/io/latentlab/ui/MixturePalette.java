package io.latentlab.ui;

import javafx.scene.paint.Color;

/**
 * The colours of up to ten mixture components: the Okabe–Ito qualitative palette (safe for the
 * common colour-vision deficiencies) without its yellow, which vanishes on white, then three
 * darker colours from Paul Tol's palettes and a dark grey. Points blend these by their
 * responsibilities, so a point torn between two components shows the mix.
 */
public final class MixturePalette {

    private static final Color[] COLOURS = {
        Color.web("#0072B2"), // blue
        Color.web("#E69F00"), // orange
        Color.web("#009E73"), // bluish green
        Color.web("#D55E00"), // vermilion
        Color.web("#CC79A7"), // reddish purple
        Color.web("#56B4E9"), // sky blue
        Color.web("#332288"), // indigo
        Color.web("#999933"), // olive
        Color.web("#882255"), // wine
        Color.web("#555555"), // dark grey
    };

    private MixturePalette() {
    }

    public static int size() {
        return COLOURS.length;
    }

    /** The colour of component {@code c} (0-based), repeating after {@link #size()}. */
    public static Color component(int c) {
        return COLOURS[c % COLOURS.length];
    }

    /** Red, green and blue of component {@code c} in 0..255, for blending in a pixel loop. */
    static int[] rgb(int c) {
        Color colour = component(c);
        return new int[] {(int) Math.round(colour.getRed() * 255), (int) Math.round(colour.getGreen() * 255),
            (int) Math.round(colour.getBlue() * 255)};
    }
}
