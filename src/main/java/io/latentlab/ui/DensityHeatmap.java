package io.latentlab.ui;

import io.latentlab.density.DensityOverlay;
import io.latentlab.density.Grid;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;

/**
 * The density overlay as a heatmap under the points: the plot tinted as deep as the higher of
 * the two densities, blue where the real data has more mass, orange where the generator puts
 * more, grey where they agree ({@link #mix}). The grid's colours are enlarged to the plot's
 * pixels once per fit ({@link HeatmapRaster}), so the scene draws the image one to one; the view
 * hides while it has nothing to show.
 */
final class DensityHeatmap extends ImageView {

    /**
     * The most a heatmap tints the plot, at the real density's peak and above; below it the tint
     * grows as the square root of the density, so the tails of narrow modes still show.
     */
    static final double ALPHA = 0.85;
    /** The heatmap's colour where the two densities agree. */
    static final Color AGREE = Color.web("#8c8c8c");

    private final HeatmapRaster raster = new HeatmapRaster();
    private int[] cells;
    private int paints;

    DensityHeatmap() {
        setManaged(false);
        setSmooth(false);
        setMouseTransparent(true);
        setVisible(false);
    }

    /**
     * Paints {@code overlay}'s real and/or generated density over a square of {@code pixels}
     * device pixels shown at side {@code side}; a null overlay, or neither density, hides the view.
     */
    void show(DensityOverlay overlay, boolean real, boolean generated, double side, int pixels) {
        paints++;
        boolean empty = overlay == null || overlay.grid().dimension() != 2 || overlay.realMax() <= 0
                || !(real || generated) || pixels < 1;
        setVisible(!empty);
        if (empty) {
            setImage(null);
            return;
        }
        Grid grid = overlay.grid();
        int nx = grid.nx();
        int ny = grid.ny();
        if (cells == null || cells.length != nx * ny) {
            cells = new int[nx * ny];
        }
        double[] r = real ? overlay.real() : null;
        double[] g = generated ? overlay.generated() : null;
        double peak = overlay.realMax();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int p = j * nx + i;
                double ar = r == null ? 0 : ALPHA * Math.sqrt(Math.min(1, r[p] / peak));
                double ag = g == null ? 0 : ALPHA * Math.sqrt(Math.min(1, g[p] / peak));
                cells[(ny - 1 - j) * nx + i] = mix(PlotPalette.REAL, ar, PlotPalette.GENERATED, ag);
            }
        }
        setImage(raster.paint(cells, nx, ny, pixels, pixels));
        setFitWidth(side);
        setFitHeight(side);
    }

    /** How many times the heatmap was drawn (cleared or painted). */
    int paints() {
        return paints;
    }

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
        Color from = w < 0.5 ? real : AGREE;
        Color to = w < 0.5 ? AGREE : generated;
        double t = w < 0.5 ? 2 * w : 2 * w - 1;
        return (int) Math.round(a * 255) << 24
                | channel(from.getRed(), to.getRed(), t) << 16
                | channel(from.getGreen(), to.getGreen(), t) << 8
                | channel(from.getBlue(), to.getBlue(), t);
    }

    private static int channel(double from, double to, double t) {
        return (int) Math.round((from + (to - from) * t) * 255);
    }
}
