package io.latentlab.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.function.BiConsumer;

/**
 * The decoded manifold: a {@code side × side} grid of pictures over the plane's square
 * [−extent, extent]², each tile drawn where its grid point lies, with the chosen point marked by
 * a ring and a cross between the tile centres it falls among. A click on a tile reports that
 * tile's grid point in plane coordinates.
 */
final class MapManifold extends Region {

    private final ImageTiles tiles = new ImageTiles();
    private final Canvas overlay = new Canvas();
    private int side = 2;
    private double extent = 3;
    private int rows = 1;
    private int cols = 1;
    private double[] mark;
    private BiConsumer<Double, Double> onPick = (a, b) -> { };

    MapManifold() {
        overlay.setMouseTransparent(true);
        tiles.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        getChildren().addAll(tiles, overlay);
        tiles.setOnMouseClicked(e -> {
            int tile = tiles.tileAt(e.getX(), e.getY());
            if (tile >= 0) {
                onPick.accept(io.latentlab.explore.LatentPlane.gridCoordinate(tile % side, side, extent),
                        io.latentlab.explore.LatentPlane.gridCoordinate(side - 1 - tile / side, side, extent));
            }
        });
    }

    /** The pictures, {@code side} to a row, over [−extent, extent]²; null clears. */
    void show(float[] pixels, int side, double extent, int rows, int cols) {
        this.side = Math.max(2, side);
        this.extent = extent;
        this.rows = rows;
        this.cols = cols;
        tiles.show(pixels, pixels == null ? 0 : side * side, rows, cols, side);
        mark = null;
        tiles.setMarks(java.util.Map.of());
        requestLayout();
    }

    /** Marks plane point (a, b) and frames the nearest tile; null clears. */
    void setMark(double[] ab) {
        mark = ab == null ? null : ab.clone();
        int tile = ab == null ? -1 : nearestTile(ab[0], ab[1]);
        tiles.setMarks(tile < 0 ? java.util.Map.of() : java.util.Map.of(tile, ClassPalette.argb(ClassPalette.MARK)));
        requestLayout();
        drawMark();
    }

    void setOnPick(BiConsumer<Double, Double> pick) {
        onPick = pick;
    }

    /** The grid of pictures, for tests and looks. */
    ImageTiles tiles() {
        return tiles;
    }

    /** Where plane point (a, b) lies in this region: between the centres of the tiles around it. */
    double[] toScreen(double a, double b) {
        int scale = tiles.scale();
        double unitsWide = side * (cols + 1) - 1;
        double x0 = Math.floor((getWidth() - unitsWide * scale) / 2);
        double column = (a + extent) / (2 * extent) * (side - 1);
        double row = (extent - b) / (2 * extent) * (side - 1);
        return new double[] {x0 + (column * (cols + 1) + cols / 2.0) * scale, (row * (rows + 1) + rows / 2.0) * scale};
    }

    /** The tile nearest to plane point (a, b), or −1 when the point lies off the grid. */
    private int nearestTile(double a, double b) {
        double margin = extent / (side - 1);
        if (Math.abs(a) > extent + margin || Math.abs(b) > extent + margin) {
            return -1;
        }
        int column = (int) Math.round((a + extent) / (2 * extent) * (side - 1));
        int row = (int) Math.round((extent - b) / (2 * extent) * (side - 1));
        return Math.max(0, Math.min(side - 1, row)) * side + Math.max(0, Math.min(side - 1, column));
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return tiles.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return tiles.prefHeight(width);
    }

    @Override
    protected double computeMinWidth(double height) {
        return tiles.minWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return tiles.minHeight(width);
    }

    @Override
    protected void layoutChildren() {
        tiles.resizeRelocate(0, 0, getWidth(), getHeight());
        tiles.layout();
        overlay.setWidth(Math.floor(getWidth()));
        overlay.setHeight(Math.floor(getHeight()));
        drawMark();
    }

    private void drawMark() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (mark == null || tiles.scale() == 0) {
            return;
        }
        double[] p = toScreen(mark[0], mark[1]);
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.BLACK : ClassPalette.MARK);
            g.setLineWidth(pass == 0 ? 5 : 2.5);
            g.strokeOval(p[0] - 8, p[1] - 8, 16, 16);
            g.strokeLine(p[0] - 15, p[1], p[0] - 8, p[1]);
            g.strokeLine(p[0] + 8, p[1], p[0] + 15, p[1]);
            g.strokeLine(p[0], p[1] - 15, p[0], p[1] - 8);
            g.strokeLine(p[0], p[1] + 8, p[0], p[1] + 15);
        }
    }
}
