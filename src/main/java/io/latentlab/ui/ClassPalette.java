package io.latentlab.ui;

import javafx.scene.paint.Color;

/**
 * Ten colours for ten classes that people with colour-vision deficiencies can still tell apart:
 * the eight of Okabe and Ito (2008), with its yellow darkened to read on white, then a grey and
 * a wine red. Beyond ten the colours repeat; a legend with the class names and the class numbers
 * drawn on the plot tell the classes apart without colour.
 */
final class ClassPalette {

    private static final Color[] COLOURS = {
        Color.web("#E69F00"), // orange
        Color.web("#56B4E9"), // sky blue
        Color.web("#009E73"), // bluish green
        Color.web("#C9B800"), // yellow, darkened
        Color.web("#0072B2"), // blue
        Color.web("#D55E00"), // vermillion
        Color.web("#CC79A7"), // reddish purple
        Color.web("#000000"), // black
        Color.web("#8C8C8C"), // grey
        Color.web("#882255"), // wine
    };

    /** What frames a chosen image among grey ones (the manifold's tiles, a neighbour's query): Okabe–Ito orange. */
    static final Color MARK = Color.web("#E69F00");

    private ClassPalette() {
    }

    /** The colour of class {@code label}; points without a label (−1) are drawn in the plot's real-data blue. */
    static Color of(int label) {
        return label < 0 ? PlotPalette.REAL : COLOURS[label % COLOURS.length];
    }

    /** How many colours there are before they repeat. */
    static int size() {
        return COLOURS.length;
    }

    /** A colour as opaque ARGB, for {@link ImageTiles#setMarks}. */
    static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }
}
