package io.latentlab.ui;

import io.latentlab.density.ContourLines;
import io.latentlab.density.DensityOverlay;
import io.latentlab.density.Grid;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * The density overlay as contours over the scatter's plot area: the real data's density in the
 * real points' blue, the generated samples' in their orange, a few iso-density lines, the same
 * levels for both ({@link #LEVELS} of the real density's peak), so where the lines of one colour
 * lie inside the other's the generator puts too much mass; generated lines are dashed, so they
 * stay apart in grey too. (As a heatmap, see {@link DensityHeatmap}.) A canvas the size of the
 * plot area, redrawn only when a new fit comes, a switch changes or the plot is resized, and
 * hidden while it has nothing to show.
 */
final class DensityOverlayLayer extends Canvas {

    /** Contour levels as fractions of the real density's largest value on the grid. */
    static final double[] LEVELS = {0.12, 0.35, 0.6, 0.85};
    static final double LINE_WIDTH = 2.8;
    static final double[] GENERATED_DASHES = {9, 6};
    private int paints;

    DensityOverlayLayer() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Draws the contours asked for on a square of side {@code side}; a null overlay clears. */
    void draw(DensityOverlay overlay, boolean real, boolean generated, double side) {
        paints++;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        double[] realDensity = real && overlay != null ? overlay.real() : null;
        double[] generatedDensity = generated && overlay != null ? overlay.generated() : null;
        // An empty layer is hidden, so the scene does not draw a blank canvas over the plot each frame.
        boolean empty = overlay == null || overlay.grid().dimension() != 2 || overlay.realMax() <= 0
                || (realDensity == null && generatedDensity == null);
        setVisible(!empty);
        if (empty) {
            return;
        }
        g.setLineWidth(LINE_WIDTH);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        if (generatedDensity != null) {
            g.setLineDashes(GENERATED_DASHES);
            contours(g, overlay.grid(), generatedDensity, overlay.realMax(), PlotPalette.GENERATED, side);
        }
        if (realDensity != null) {
            g.setLineDashes((double[]) null);
            contours(g, overlay.grid(), realDensity, overlay.realMax(), PlotPalette.REAL, side);
        }
        g.setLineDashes((double[]) null);
    }

    private static void contours(GraphicsContext g, Grid grid, double[] density, double peak, Color colour, double side) {
        g.setStroke(colour);
        double sx = side / (grid.nx() - 1);
        double sy = side / (grid.ny() - 1);
        g.beginPath(); // every line of one colour in one path, stroked once; dashes restart at each line
        for (double level : LEVELS) {
            for (double[] line : ContourLines.of(density, grid.nx(), grid.ny(), level * peak)) {
                g.moveTo(line[0] * sx, side - line[1] * sy);
                for (int p = 2; p < line.length; p += 2) {
                    g.lineTo(line[p] * sx, side - line[p + 1] * sy);
                }
            }
        }
        g.stroke();
    }

    /** How many times the layer was drawn (cleared or painted). */
    int paints() {
        return paints;
    }
}
