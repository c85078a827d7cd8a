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
 * One density overlay drawn on the scatter's plot area: the real data's density in the real
 * points' blue, the generated samples' in their orange. As contours, it is a few iso-density
 * lines, the same levels for both ({@link #LEVELS} of the real density's peak), so where the
 * lines of one colour lie inside the other's the generator puts too much mass; generated lines
 * are dashed, so they stay apart in grey too. As a heatmap, the plot is tinted as deep as the
 * higher of the two densities, blue where the real data has more mass, orange where the
 * generator puts more, grey where they agree ({@link #mix}). A canvas the size of the plot area, redrawn only when a
 * new fit comes, a switch changes or the plot is resized, and hidden while it has nothing to show.
 */
final class DensityOverlayLayer extends Canvas {

    /** Contour levels as fractions of the real density's largest value on the grid. */
    static final double[] LEVELS = {0.12, 0.35, 0.6, 0.85};
    static final double LINE_WIDTH = 2.8;
    static final double[] GENERATED_DASHES = {9, 6};
    /**
     * The most a heatmap tints the plot, at the real density's peak and above; below it the tint
     * grows as the square root of the density, so the tails of narrow modes still show.
     */
    static final double HEATMAP_ALPHA = 0.85;

    private final HeatmapRaster raster = new HeatmapRaster();
    private int[] cells;
    private int paints;

    DensityOverlayLayer() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Draws what is asked for on a square of side {@code side}; a null overlay clears. */
    void draw(DensityOverlay overlay, boolean real, boolean generated, OverlayStyle style, double side) {
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
        if (style == OverlayStyle.HEATMAP) {
            heatmap(g, overlay.grid(), realDensity, generatedDensity, overlay.realMax(), side);
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

    private void heatmap(GraphicsContext g, Grid grid, double[] real, double[] generated, double peak, double side) {
        int nx = grid.nx();
        int ny = grid.ny();
        if (cells == null || cells.length != nx * ny) {
            cells = new int[nx * ny];
        }
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int p = j * nx + i;
                double ar = real == null ? 0 : HEATMAP_ALPHA * Math.sqrt(Math.min(1, real[p] / peak));
                double ag = generated == null ? 0 : HEATMAP_ALPHA * Math.sqrt(Math.min(1, generated[p] / peak));
                cells[(ny - 1 - j) * nx + i] = mix(PlotPalette.REAL, ar, PlotPalette.GENERATED, ag);
            }
        }
        // Enlarged here, once per fit, to the canvas's pixels: drawn one to one, not resampled.
        double scale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        int pixels = (int) Math.round(side * scale);
        g.setImageSmoothing(false);
        g.drawImage(raster.paint(cells, nx, ny, pixels, pixels), 0, 0, side, side);
    }

    /** How many times the layer was drawn (cleared or painted). */
    int paints() {
        return paints;
    }

    /** The heatmap's colour where the two densities agree. */
    static final Color AGREE = Color.web("#8c8c8c");

    /**
     * The colour of a heatmap cell, as opaque as the larger density: pure blue where only the
     * real data has mass, pure orange where only the generator puts it, grey where they agree,
     * and in between along blue–grey–orange by the generated share of the two. Non-premultiplied
     * ARGB.
     */
    static int mix(Color real, double ar, Color generated, double ag) {
        double a = Math.max(ar, ag);
        if (a <= 0) {
            return 0;
        }
        double w = ag / (ar + ag);
        Color c = w < 0.5 ? real.interpolate(AGREE, 2 * w) : AGREE.interpolate(generated, 2 * w - 1);
        return (int) Math.round(a * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
