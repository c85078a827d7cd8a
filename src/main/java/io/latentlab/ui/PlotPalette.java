package io.latentlab.ui;

import javafx.scene.paint.Color;

/**
 * The colours of the plots, chosen to stay apart on a washed-out projector and for people with
 * red-green colour blindness: real data blue, generated data orange (as in matplotlib's default
 * cycle), dark grid and text on white.
 */
public final class PlotPalette {

    public static final Color REAL = Color.web("#1f5fbf");
    public static final Color GENERATED = Color.web("#f07800");
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = Color.web("#d9d9d9");
    public static final Color AXIS = Color.web("#595959");
    public static final Color TEXT = Color.web("#1a1a1a");

    private PlotPalette() {
    }
}
