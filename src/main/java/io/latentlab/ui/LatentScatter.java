package io.latentlab.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.function.BiConsumer;

/**
 * Encoded images as points on a latent plane, coloured by class ({@link ClassPalette}), over the
 * square [−extent, extent]² with a grid, ticks and the axes' names; each class's number sits in
 * bold at its points' median, so the classes read without colour too. A click reports the plane
 * coordinates under the mouse; the chosen point is marked with a ring and a cross. The points are
 * one raster image ({@link PointRaster}): ten thousand cost no scene-graph nodes.
 */
final class LatentScatter extends Region {

    static final String DEFAULT_STYLE_CLASS = "latent-scatter";
    private static final double LEFT = 52;
    private static final double BOTTOM = 46;
    private static final double TOP = 10;
    private static final double RIGHT = 12;
    private static final double RADIUS = 1.8;

    private final Canvas axes = new Canvas();
    private final ImageView points = new ImageView();
    private final Canvas overlay = new Canvas();
    private double[] ab = new double[0];
    private int[] labels;
    private int count;
    private double extent = 3;
    private String xName = "z₁";
    private String yName = "z₂";
    private double[] mark;
    private double[][] centres = new double[0][];
    private boolean dirty = true;
    private BiConsumer<Double, Double> onPick = (a, b) -> { };

    LatentScatter() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        points.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(axes, points, overlay);
        setOnMouseClicked(e -> {
            double[] at = toPlane(e.getX(), e.getY());
            if (at != null) {
                onPick.accept(at[0], at[1]);
            }
        });
        setMinSize(200, 200);
        setPrefSize(460, 460);
    }

    /**
     * Shows {@code count} points ({@code ab}: a₀, b₀, a₁, b₁, …) with their labels (null: one
     * colour) over [−extent, extent]², the axes named {@code xName} and {@code yName}.
     */
    void show(double[] ab, int[] labels, int count, double extent, String xName, String yName) {
        this.ab = ab == null ? new double[0] : ab;
        this.labels = labels;
        this.count = ab == null ? 0 : count;
        this.centres = labels == null || this.count == 0 ? new double[0][] : ClassCentres.of(this.ab, labels, this.count);
        this.extent = extent;
        this.xName = xName;
        this.yName = yName;
        dirty = true;
        requestLayout();
    }

    /** Marks the point at plane coordinates {@code ab} (null: no mark). */
    void setMark(double[] ab) {
        mark = ab == null ? null : ab.clone();
        drawOverlay();
    }

    /** Called with the plane coordinates (a, b) of each click inside the plot. */
    void setOnPick(BiConsumer<Double, Double> pick) {
        onPick = pick;
    }

    /** The points shown. */
    int pointCount() {
        return count;
    }

    /** How many colours the points are drawn in. */
    int colourCount() {
        if (count == 0) {
            return 0;
        }
        if (labels == null) {
            return 1;
        }
        return (int) java.util.stream.IntStream.of(labels).limit(count).mapToObj(ClassPalette::of).distinct().count();
    }

    /** The side of the square plot, in pixels. */
    private double side() {
        return Math.max(10, Math.min(getWidth() - LEFT - RIGHT, getHeight() - TOP - BOTTOM));
    }

    /** The plane coordinates under ({@code x}, {@code y}) in this region, or null outside the plot. */
    double[] toPlane(double x, double y) {
        double s = side();
        double u = (x - LEFT) / s;
        double v = (y - TOP) / s;
        if (u < 0 || u > 1 || v < 0 || v > 1) {
            return null;
        }
        return new double[] {-extent + 2 * extent * u, extent - 2 * extent * v};
    }

    /** Where plane coordinates (a, b) are drawn, in this region's coordinates. */
    double[] toScreen(double a, double b) {
        double s = side();
        return new double[] {LEFT + (a + extent) / (2 * extent) * s, TOP + (extent - b) / (2 * extent) * s};
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (axes.getWidth() != w || axes.getHeight() != h) {
            axes.setWidth(w);
            axes.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            drawAxes();
            drawPoints();
            drawOverlay();
        }
    }

    private void drawAxes() {
        GraphicsContext g = axes.getGraphicsContext2D();
        g.clearRect(0, 0, axes.getWidth(), axes.getHeight());
        double s = side();
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(LEFT, TOP, s, s);
        double step = NiceTicks.step(2 * extent, 7, 0);
        double[] ticks = java.util.stream.DoubleStream.iterate(Math.ceil(-extent / step - 1e-9) * step, t -> t <= extent + 1e-9, t -> t + step).toArray();
        g.setFont(Font.font(15));
        g.setLineWidth(1);
        for (double t : ticks) {
            double[] p = toScreen(t, t);
            g.setStroke(t == 0 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.strokeLine(Math.round(p[0]) + 0.5, TOP, Math.round(p[0]) + 0.5, TOP + s);
            g.strokeLine(LEFT, Math.round(p[1]) + 0.5, LEFT + s, Math.round(p[1]) + 0.5);
            g.setFill(PlotPalette.TEXT);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(tickText(t, step), p[0], TOP + s + 4);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(tickText(t, step), LEFT - 6, p[1]);
        }
        g.setStroke(PlotPalette.AXIS);
        g.strokeRect(LEFT + 0.5, TOP + 0.5, s - 1, s - 1);
        g.setFont(Font.font(null, FontWeight.BOLD, 19));
        g.setFill(PlotPalette.TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xName + " →", LEFT + s / 2, TOP + s + BOTTOM);
        g.save();
        g.translate(14, TOP + s / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yName + " →", 0, 0);
        g.restore();
    }

    private void drawPoints() {
        int s = (int) side();
        PointRaster raster = new PointRaster(s, s);
        PointRaster.Dot[] dots = new PointRaster.Dot[ClassPalette.size() + 1];
        for (int i = 0; i < count; i++) {
            int label = labels == null ? -1 : labels[i];
            int key = label < 0 ? ClassPalette.size() : label % ClassPalette.size();
            if (dots[key] == null) {
                dots[key] = new PointRaster.Dot(ClassPalette.of(label), 0.7, RADIUS);
            }
            double[] p = toScreen(ab[2 * i], ab[2 * i + 1]);
            raster.stamp(dots[key], p[0] - LEFT, p[1] - TOP);
        }
        raster.publish();
        points.setImage(raster.image());
        points.relocate(LEFT, TOP);
    }

    private void drawOverlay() {
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (centres.length > 0) {
            g.setFont(Font.font(null, FontWeight.BOLD, 24));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.setLineWidth(4);
            for (int k = 0; k < centres.length; k++) {
                double[] centre = centres[k];
                if (centre == null || Math.abs(centre[0]) > extent || Math.abs(centre[1]) > extent) {
                    continue;
                }
                double[] p = toScreen(centre[0], centre[1]);
                String shown = Integer.toString(k); // the legend names class k
                g.setStroke(Color.WHITE);
                g.strokeText(shown, p[0], p[1]);
                g.setFill(ClassPalette.of(k).darker());
                g.fillText(shown, p[0], p[1]);
            }
        }
        if (mark != null) {
            double[] p = toScreen(mark[0], mark[1]);
            for (int pass = 0; pass < 2; pass++) {
                g.setStroke(pass == 0 ? Color.WHITE : Color.BLACK);
                g.setLineWidth(pass == 0 ? 6 : 2.5);
                g.strokeOval(p[0] - 11, p[1] - 11, 22, 22);
                g.strokeLine(p[0] - 20, p[1], p[0] - 11, p[1]);
                g.strokeLine(p[0] + 11, p[1], p[0] + 20, p[1]);
                g.strokeLine(p[0], p[1] - 20, p[0], p[1] - 11);
                g.strokeLine(p[0], p[1] + 11, p[0], p[1] + 20);
            }
        }
    }

    private static String tickText(double t, double step) {
        double rounded = Math.abs(t) < step / 1e6 ? 0 : t;
        String text = step >= 1 ? String.format(java.util.Locale.ROOT, "%.0f", rounded)
                : String.format(java.util.Locale.ROOT, "%." + (int) Math.ceil(-Math.log10(step) - 1e-9) + "f", rounded);
        return text.replace('-', '−');
    }
}
