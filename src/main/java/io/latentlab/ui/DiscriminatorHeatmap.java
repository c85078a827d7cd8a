package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.image.ImageView;

/**
 * The discriminator's output over the plot as a heatmap: one colour per grid cell of a
 * {@link FieldSnapshot}, enlarged smoothly to the plot's pixels ({@link HeatmapRaster}), so the
 * scene draws it without scaling. Painted only when a new snapshot comes or the plot's size
 * changes, never because something else on the plot moved.
 */
final class DiscriminatorHeatmap extends ImageView {

    private final HeatmapRaster raster = new HeatmapRaster();
    private FieldSnapshot shown;
    private int[] cells;
    private int pixels;

    DiscriminatorHeatmap() {
        setManaged(false);
        setSmooth(false);
        setMouseTransparent(true);
    }

    /** Paints {@code fields}' grid, unless it is the one shown; null clears the image. */
    void show(FieldSnapshot fields) {
        if (fields == shown) {
            return;
        }
        shown = fields;
        paint();
    }

    private void paint() {
        if (shown == null || pixels < 1) {
            setImage(null);
            return;
        }
        int n = shown.gridSize();
        if (cells == null || cells.length != n * n) {
            cells = new int[n * n];
        }
        DiscriminatorScale scale = DiscriminatorScale.of(shown);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                cells[r * n + c] = scale.argb(shown.discriminatorAt(r, c));
            }
        }
        setImage(raster.paint(cells, n, n, pixels, pixels));
    }

    /**
     * Covers the square plot area at ({@code left}, {@code top}) with side {@code side}, which is
     * {@code pixels} device pixels; a new size paints the image again.
     */
    void place(double left, double top, double side, int pixels) {
        setFitWidth(side);
        setFitHeight(side);
        relocate(left, top);
        if (pixels != this.pixels) {
            this.pixels = pixels;
            if (shown != null) {
                paint();
            }
        }
    }

    /** How many times the heatmap was painted. */
    int paints() {
        return raster.builds();
    }
}
