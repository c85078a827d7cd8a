package io.latentlab.train;

import java.util.Objects;

/**
 * One line of an image trainer's chart: its name in the legend, its colour (CSS hex, from the
 * colour-blind-safe Okabe–Ito set) and whether it is dashed.
 */
public record ImageSeries(String name, String colour, boolean dashed) {

    /** Okabe–Ito vermillion, blue, black, bluish green, orange, sky blue, reddish purple. */
    public static final String VERMILLION = "#d55e00";
    public static final String BLUE = "#0072b2";
    public static final String BLACK = "#1a1a1a";
    public static final String GREEN = "#009e73";
    public static final String ORANGE = "#e69f00";
    public static final String SKY = "#56b4e9";
    public static final String PURPLE = "#cc79a7";

    public ImageSeries {
        Objects.requireNonNull(name);
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a series colour is #rrggbb, was " + colour);
        }
    }

    /** A solid line. */
    public static ImageSeries solid(String name, String colour) {
        return new ImageSeries(name, colour, false);
    }
}
