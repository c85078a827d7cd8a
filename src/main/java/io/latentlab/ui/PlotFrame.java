package io.latentlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.Locale;

/**
 * A canvas plot with equal scales on both axes (a unit is as long across as up), a grid with
 * labelled ticks and a title line: the frame the VAE's data and latent plots draw inside.
 * Subclasses give the range and draw their layers; drawing happens once per pulse after
 * {@link #redraw()}, never per data change.
 */
abstract class PlotFrame extends Region {

    static final double PAD = 10;
    static final Font FONT = Font.font(16);
    /** The text in presentation mode or with larger text: 18px and up, for the back of the room. */
    static final Font LARGE_FONT = Font.font(19);
    private Font font = FONT;
    private final Canvas canvas = new Canvas();
    private final javafx.scene.image.ImageView pointsView = new javafx.scene.image.ImageView();
    private final java.util.Map<Color, PointRaster.Dot> dots = new java.util.HashMap<>();
    private PointRaster raster;
    private double rasterScale;
    private boolean dirty = true;
    private double left;
    private double top;
    private double scale;
    private double x0;
    private double y1;

    PlotFrame() {
        getChildren().addAll(canvas, pointsView); // the points over the canvas's lines and ellipses
        pointsView.setMouseTransparent(true);
        setMinSize(200, 200);
        setPrefSize(500, 500);
        // the window's larger text (View ▸ Larger text, presentation mode) draws the frame's text larger too
        javafx.collections.ListChangeListener<String> restyled = change -> redraw();
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.getRoot().getStyleClass().removeListener(restyled);
            }
            if (scene != null) {
                scene.getRoot().getStyleClass().addListener(restyled);
            }
            redraw();
        });
    }

    /** Draw again in the next pulse. */
    final void redraw() {
        dirty = true;
        setNeedsLayout(true);
    }

    Canvas canvas() {
        return canvas;
    }

    /** {xMin, xMax, yMin, yMax} to show now. */
    abstract double[] range();

    /** The title line above the plot. */
    abstract String title();

    /** Draws the layers, clipped to the plot area, with {@link #px} and {@link #py} mapping data to pixels. */
    abstract void drawLayers(GraphicsContext g);

    /**
     * Stamps the points with {@link #stamp}, over what {@link #drawLayers} drew. Points are
     * stamped into an image rather than drawn as canvas ovals: the software renderer spends most
     * of a frame on ovals (see {@link PointRaster}).
     */
    abstract void stampPoints();

    /** A dot of {@code colour} and {@link #DOT_RADIUS} (opaque) at data point ({@code x}, {@code y}). */
    void stamp(Color colour, double x, double y) {
        PointRaster.Dot dot = dots.computeIfAbsent(colour, c -> new PointRaster.Dot(c, 1, DOT_RADIUS * rasterScale));
        raster.stamp(dot, (px(x) - left) * rasterScale, (py(y) - top) * rasterScale);
    }

    /** A larger dot, e.g. for the point under a smaller one. */
    void stampLarge(Color colour, double x, double y) {
        Color key = colour.deriveColor(0, 1, 1, 0.999); // its own cache entry
        PointRaster.Dot dot = dots.computeIfAbsent(key, c -> new PointRaster.Dot(colour, 1, 1.6 * DOT_RADIUS * rasterScale));
        raster.stamp(dot, (px(x) - left) * rasterScale, (py(y) - top) * rasterScale);
    }

    /** Radius of a point in pixels: big enough to see from the back of a room. */
    static final double DOT_RADIUS = 3;

    /** Coloured keys drawn after the title, in order. */
    java.util.List<Key> keys() {
        return java.util.List.of();
    }

    /** A legend entry: a dot of {@code colour}, then {@code label}. */
    record Key(String label, Color colour) {
    }

    /** A line of text under the plot, at the right, or null. */
    String note() {
        return null;
    }

    double px(double x) {
        return left + (x - x0) * scale;
    }

    double py(double y) {
        return top + (y1 - y) * scale;
    }

    /** Pixels per data unit. */
    double scale() {
        return scale;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw(w, h);
        }
    }

    private void draw(double w, double h) {
        font = getScene() != null && getScene().getRoot().getStyleClass().contains(Styles.LARGE_TEXT) ? LARGE_FONT : FONT;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double[] r = range();
        double marginLeft = 3.2 * font.getSize() + PAD;
        double marginTop = title().isEmpty() && keys().isEmpty() ? PAD : 2 * font.getSize() + PAD; // no title line, no room for one
        double marginBottom = (note() == null ? 2 : 3.4) * font.getSize() + PAD;
        double availableW = Math.max(10, w - marginLeft - PAD);
        double availableH = Math.max(10, h - marginTop - marginBottom);
        scale = Math.min(availableW / (r[1] - r[0]), availableH / (r[3] - r[2]));
        double plotW = scale * (r[1] - r[0]);
        double plotH = scale * (r[3] - r[2]);
        left = marginLeft + (availableW - plotW) / 2;
        top = marginTop + (availableH - plotH) / 2;
        x0 = r[0];
        y1 = r[3];

        g.setFont(font);
        g.setFill(PlotPalette.TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title(), PAD, PAD);
        double keyX = PAD + textWidth(title()) + font.getSize();
        for (Key key : keys()) {
            double d = 0.7 * font.getSize();
            g.setFill(key.colour());
            g.fillOval(keyX, PAD + (font.getSize() * 1.2 - d) / 2, d, d);
            g.setFill(PlotPalette.TEXT);
            g.fillText(key.label(), keyX + d + 5, PAD);
            keyX += d + 5 + textWidth(key.label()) + font.getSize();
        }
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(left, top, plotW, plotH);
        drawGrid(g, r, plotW, plotH);
        g.save();
        g.beginPath();
        g.rect(left, top, plotW, plotH);
        g.clip();
        drawLayers(g);
        g.restore();
        drawPoints(plotW, plotH);
        String note = note();
        if (note != null) { // under the tick labels, never over the points
            g.setFont(font);
            g.setFill(PlotPalette.TEXT);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(note, w - PAD, h - PAD / 2);
        }
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(left, top, plotW, plotH);
    }

    private void drawPoints(double plotW, double plotH) {
        double outputScale = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getOutputScaleX();
        int rw = (int) Math.ceil(plotW * outputScale);
        int rh = (int) Math.ceil(plotH * outputScale);
        if (raster == null || raster.width() != rw || raster.height() != rh || rasterScale != outputScale) {
            raster = new PointRaster(rw, rh);
            rasterScale = outputScale;
            dots.clear();
            pointsView.setImage(raster.image());
        }
        raster.clear();
        stampPoints();
        raster.publish();
        pointsView.setFitWidth(plotW);
        pointsView.setFitHeight(plotH);
        pointsView.relocate(left, top);
    }

    private void drawGrid(GraphicsContext g, double[] r, double plotW, double plotH) {
        double step = tickStep(Math.max(r[1] - r[0], r[3] - r[2]));
        g.setLineWidth(1);
        g.setFont(font);
        g.setFill(PlotPalette.TEXT);
        for (double v = Math.ceil(r[0] / step) * step; v <= r[1] + 1e-9; v += step) {
            g.setStroke(PlotPalette.GRID);
            g.strokeLine(px(v), top, px(v), top + plotH);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(tick(v), px(v), top + plotH + 4);
        }
        for (double v = Math.ceil(r[2] / step) * step; v <= r[3] + 1e-9; v += step) {
            g.setStroke(PlotPalette.GRID);
            g.strokeLine(left, py(v), left + plotW, py(v));
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(tick(v), left - 6, py(v));
        }
    }

    private double textWidth(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /** 0.5, 1, 2 or 5 times a power of ten, for four to ten ticks across. */
    static double tickStep(double span) {
        double raw = span / 6;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String tick(double v) {
        double rounded = Math.abs(v) < 1e-9 ? 0 : v;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
    }
}
