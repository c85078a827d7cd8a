package io.latentlab.settings;

import java.util.List;

/**
 * Where the main window was and how it was arranged: its size and position in screen pixels
 * (NaN position: let the window system place it), maximised or full screen, the selected
 * workspace tab (its title) and the positions of split-pane dividers (fractions in [0, 1]).
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximised, boolean fullScreen,
                           String tab, List<Double> dividers) {

    public static final double DEFAULT_WIDTH = 1360;
    public static final double DEFAULT_HEIGHT = 860;
    /** The smallest window the workspaces lay out in. */
    public static final double MIN_WIDTH = 900;
    public static final double MIN_HEIGHT = 600;
    /** Larger than any screen made (a 16K display is 15,360 wide). */
    public static final double MAX_SIZE = 20_000;
    /** Screen coordinates beyond this are not a place a window was. */
    public static final double MAX_POSITION = 100_000;
    public static final int MAX_DIVIDERS = 8;

    public WindowLayout {
        dividers = List.copyOf(dividers);
    }

    /** The window as it first opens: default size, placed by the window system, on the toy lab. */
    public static WindowLayout defaults() {
        return new WindowLayout(Double.NaN, Double.NaN, DEFAULT_WIDTH, DEFAULT_HEIGHT, false, false, null, List.of());
    }

    /** Whether the saved position is known (both coordinates). */
    public boolean placed() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
