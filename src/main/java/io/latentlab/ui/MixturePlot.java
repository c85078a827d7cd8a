package io.latentlab.ui;

import io.latentlab.density.EmFrame;
import io.latentlab.density.GaussianMixture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.Arrays;
import java.util.Locale;

/**
 * An EM fit in 2-D: each point coloured by its responsibilities (the components' colours
 * blended), each component as its 1σ (solid) and 2σ (dashed) ellipse with its mean marked and
 * its weight written beside it. Equal scales on both axes, so the ellipses keep their true
 * shape; the range follows the data. Redrawn only when the frame, the size or the font change.
 */
public class MixturePlot extends Region {

    public static final String DEFAULT_STYLE_CLASS = "mixture-plot";
    private static final double PAD = 12;
    private static final double DOT_RADIUS = 2.6;
    private static final double DOT_OPACITY = 0.75;

    private final ObjectProperty<EmFrame> frame = new SimpleObjectProperty<>(this, "frame");
    private final Canvas canvas = new Canvas();
    private final Label legend = new Label("Colour: responsibility · ellipses: 1σ solid, 2σ dashed · w: weight");
    private double[] range = {-3, 3, -3, 3};
    private EmFrame rangeOf;
    private boolean dirty = true;
    private int drawnComponents;

    public MixturePlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        legend.getStyleClass().add(Styles.PLOT_LEGEND);
        legend.setManaged(false);
        getChildren().addAll(canvas, legend);
        frame.addListener(x -> markDirty());
        legend.fontProperty().addListener(x -> markDirty());
        setMinSize(200, 200);
        setPrefSize(640, 640);
    }

    private void markDirty() {
        dirty = true;
        setNeedsLayout(true);
    }

    /** The data area: {@code scale} pixels per unit on both axes, (x0, y1) at (left, top). */
    private record Area(double left, double top, double width, double height, double x0, double y1, double scale) {
        double x(double v) {
            return left + (v - x0) * scale;
        }

        double y(double v) {
            return top + (y1 - v) * scale;
        }
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
        double legendHeight = legend.prefHeight(-1);
        legend.resize(Math.min(legend.prefWidth(-1), Math.max(10, w - 2 * PAD)), legendHeight);
        legend.relocate(snapPositionX(PAD), snapPositionY(PAD));
        if (dirty) {
            dirty = false;
            draw(area(w, h, legendHeight));
        }
    }

    private Area area(double w, double h, double legendHeight) {
        EmFrame f = frame.get();
        if (f != null && (rangeOf == null || !sameData(rangeOf, f))) {
            range = bounds(f);
            rangeOf = f;
        }
        double font = legend.getFont().getSize();
        double left = 3.2 * font + PAD;
        double top = 2 * PAD + legendHeight;
        double bottom = 1.8 * font + PAD;
        double width = Math.max(10, w - left - PAD);
        double height = Math.max(10, h - top - bottom);
        double scale = Math.min(width / (range[1] - range[0]), height / (range[3] - range[2]));
        double cx = 0.5 * (range[0] + range[1]);
        double cy = 0.5 * (range[2] + range[3]);
        return new Area(left, top, width, height, cx - width / 2 / scale, cy + height / 2 / scale, scale);
    }

    private static boolean sameData(EmFrame a, EmFrame b) {
        return a.setup().data() == b.setup().data() && a.setup().n() == b.setup().n()
                && a.setup().dataSeed() == b.setup().dataSeed();
    }

    /** The points' bounding box with a margin, {x0, x1, y0, y1}. */
    private static double[] bounds(EmFrame f) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < f.size(); i++) {
            b[0] = Math.min(b[0], f.point(i, 0));
            b[1] = Math.max(b[1], f.point(i, 0));
            b[2] = Math.min(b[2], f.point(i, 1));
            b[3] = Math.max(b[3], f.point(i, 1));
        }
        double margin = 0.08 * Math.max(b[1] - b[0], b[3] - b[2]) + 1e-6;
        return new double[] {b[0] - margin, b[1] + margin, b[2] - margin, b[3] + margin};
    }

    private void draw(Area a) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(a.left, a.top, a.width, a.height);
        Font font = legend.getFont();
        g.setFont(font);
        drawGrid(g, a);
        EmFrame f = frame.get();
        drawnComponents = 0;
        if (f != null && f.dimension() == 2) {
            g.drawImage(dots(f, a), a.left, a.top);
            g.save();
            g.beginPath();
            g.rect(a.left, a.top, a.width, a.height);
            g.clip();
            for (int c = 0; c < f.k(); c++) {
                drawEllipses(g, a, f.mixture(), c);
            }
            for (int c = 0; c < f.k(); c++) {
                drawMean(g, a, f.mixture(), c, font);
            }
            g.restore();
            drawnComponents = f.k();
        }
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(a.left, a.top, a.width, a.height);
    }

    private void drawGrid(GraphicsContext g, Area a) {
        g.setFill(PlotPalette.TEXT);
        g.setLineWidth(1);
        double spanX = a.width / a.scale;
        double spanY = a.height / a.scale;
        double step = HistogramBins.tickStep(Math.max(spanX, spanY), (int) Math.max(3, Math.min(8, Math.max(a.width, a.height) / 90)));
        for (double v = Math.ceil(a.x0 / step) * step; v <= a.x0 + spanX + 1e-9; v += step) {
            double x = snapPositionX(a.x(v)) + 0.5;
            g.setStroke(Math.abs(v) < 1e-9 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.strokeLine(x, a.top, x, a.top + a.height);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(HistogramBins.tickLabel(v, step), x, a.top + a.height + 6);
        }
        for (double v = Math.ceil((a.y1 - spanY) / step) * step; v <= a.y1 + 1e-9; v += step) {
            double y = snapPositionY(a.y(v)) + 0.5;
            g.setStroke(Math.abs(v) < 1e-9 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.strokeLine(a.left, y, a.left + a.width, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(HistogramBins.tickLabel(v, step), a.left - 8, y);
        }
    }

    /** Each point a small disc in its blended colour, stamped into one image. */
    private static WritableImage dots(EmFrame f, Area a) {
        int w = Math.max(1, (int) Math.ceil(a.width));
        int h = Math.max(1, (int) Math.ceil(a.height));
        int[] pixels = new int[w * h];
        int half = (int) Math.ceil(DOT_RADIUS);
        double[] coverage = new double[(2 * half + 1) * (2 * half + 1)];
        for (int dy = -half; dy <= half; dy++) {
            for (int dx = -half; dx <= half; dx++) {
                coverage[(dy + half) * (2 * half + 1) + dx + half] =
                        DOT_OPACITY * Math.max(0, Math.min(1, DOT_RADIUS + 0.5 - Math.hypot(dx, dy)));
            }
        }
        int k = f.k();
        int[][] rgb = new int[k][];
        for (int c = 0; c < k; c++) {
            rgb[c] = MixturePalette.rgb(c);
        }
        for (int i = 0; i < f.size(); i++) {
            double r = 0;
            double gr = 0;
            double b = 0;
            for (int c = 0; c < k; c++) {
                double p = f.responsibility(i, c);
                r += p * rgb[c][0];
                gr += p * rgb[c][1];
                b += p * rgb[c][2];
            }
            int cx = (int) Math.round(a.x(f.point(i, 0)) - a.left);
            int cy = (int) Math.round(a.y(f.point(i, 1)) - a.top);
            for (int dy = -half; dy <= half; dy++) {
                int py = cy + dy;
                if (py < 0 || py >= h) {
                    continue;
                }
                for (int dx = -half; dx <= half; dx++) {
                    int px = cx + dx;
                    double alpha = coverage[(dy + half) * (2 * half + 1) + dx + half];
                    if (px < 0 || px >= w || alpha == 0) {
                        continue;
                    }
                    pixels[py * w + px] = over(pixels[py * w + px], r, gr, b, alpha);
                }
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), pixels, 0, w);
        return image;
    }

    /** Source-over of a colour with opacity {@code alpha} onto a premultiplied ARGB pixel. */
    private static int over(int dst, double r, double g, double b, double alpha) {
        double keep = 1 - alpha;
        int a = (int) Math.round(alpha * 255 + (dst >>> 24) * keep);
        int rr = (int) Math.round(r * alpha + ((dst >> 16) & 0xff) * keep);
        int gg = (int) Math.round(g * alpha + ((dst >> 8) & 0xff) * keep);
        int bb = (int) Math.round(b * alpha + (dst & 0xff) * keep);
        return Math.min(a, 255) << 24 | Math.min(rr, 255) << 16 | Math.min(gg, 255) << 8 | Math.min(bb, 255);
    }

    private static void drawEllipses(GraphicsContext g, Area a, GaussianMixture m, int c) {
        double[] mean = m.mean(c);
        CovarianceEllipse e = CovarianceEllipse.of(m.covariance(c));
        g.save();
        g.translate(a.x(mean[0]), a.y(mean[1]));
        g.rotate(-Math.toDegrees(e.angle()));
        g.setLineCap(StrokeLineCap.BUTT);
        for (int sigma = 2; sigma >= 1; sigma--) {
            double rx = sigma * e.major() * a.scale;
            double ry = sigma * e.minor() * a.scale;
            g.setLineDashes(sigma == 2 ? new double[] {12, 8} : null);
            g.setStroke(Color.WHITE);
            g.setLineWidth(sigma == 1 ? 6.5 : 5);
            g.strokeOval(-rx, -ry, 2 * rx, 2 * ry);
            g.setStroke(MixturePalette.component(c));
            g.setLineWidth(sigma == 1 ? 3.5 : 2.5);
            g.strokeOval(-rx, -ry, 2 * rx, 2 * ry);
        }
        g.setLineDashes((double[]) null);
        g.restore();
    }

    private static void drawMean(GraphicsContext g, Area a, GaussianMixture m, int c, Font font) {
        double[] mean = m.mean(c);
        double x = a.x(mean[0]);
        double y = a.y(mean[1]);
        double r = 7;
        g.setFill(MixturePalette.component(c));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(PlotPalette.TEXT);
        g.setLineWidth(1.2);
        g.strokeOval(x - r - 1.5, y - r - 1.5, 2 * r + 3, 2 * r + 3);
        String text = String.format(Locale.ROOT, "w %.2f", m.weights()[c]);
        g.setFont(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        double textWidth = 0.62 * font.getSize() * text.length();
        boolean right = x + r + 3 + textWidth < a.left + a.width;
        double tx = right ? x + r + 3 : x - r - 3;
        g.setTextAlign(right ? TextAlignment.LEFT : TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BOTTOM);
        g.setStroke(Color.WHITE);
        g.setLineWidth(4);
        g.strokeText(text, tx, y - 2);
        g.setFill(PlotPalette.TEXT);
        g.fillText(text, tx, y - 2);
        g.setFont(font);
    }

    /** The components drawn last time, 0 before any frame. */
    public int drawnComponents() {
        return drawnComponents;
    }

    /** The x and y ranges shown, {x0, x1, y0, y1} (before fitting the plot's aspect). */
    public double[] dataRange() {
        return Arrays.copyOf(range, 4);
    }

    public ObjectProperty<EmFrame> frameProperty() {
        return frame;
    }
}
