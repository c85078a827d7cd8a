package io.latentlab.ui;

import io.latentlab.data.UniformPushforward;
import io.latentlab.model.NoisePrior;
import io.latentlab.train.PushforwardMap;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The generator of a 1-D GAN as the lecture draws a pushforward g#µ: the curve z ↦ G(z) over
 * the noise range, the noise density hanging below the z axis (a box for uniform noise, a bell
 * for Gaussian), and the density of the generated samples along the G axis at the side (over
 * the real density's outline). Thin guides carry equal shares of noise up to the curve and
 * across to the side, so a class sees output pile up where the curve is flat. The G axis spans
 * the real data's range, as the histogram's x axis does. Redrawn only when its inputs change.
 */
public class PushforwardPlot extends Region {

    public static final String DEFAULT_STYLE_CLASS = "pushforward-plot";
    private static final double PAD = 12;
    private static final int GUIDES = 9;
    private static final Color NOISE_FILL = Color.web("#7a7a7a", 0.35);
    private static final Color GUIDE = Color.web("#7a7a7a", 0.7);
    private static final Color GENERATED_FILL = PlotPalette.GENERATED.deriveColor(0, 1, 1, 0.35);

    private final ObjectProperty<PushforwardMap> map = new SimpleObjectProperty<>(this, "map");
    private final ObjectProperty<float[]> realPoints = new SimpleObjectProperty<>(this, "realPoints");
    private final ObjectProperty<float[]> generatedPoints = new SimpleObjectProperty<>(this, "generatedPoints");
    private final Canvas canvas = new Canvas();
    private final Label title = new Label("Pushforward: the generator maps noise z to G(z)");
    private HistogramBins.Range range = new HistogramBins.Range(-3, 3);
    private double[] real = new double[HistogramBins.BINS];
    private double[] generated = new double[HistogramBins.BINS];
    private boolean dirty = true;

    public PushforwardPlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        title.getStyleClass().add(Styles.PLOT_LEGEND);
        title.setManaged(false);
        getChildren().addAll(canvas, title);
        realPoints.addListener(x -> {
            range = HistogramBins.rangeOf(realPoints.get());
            real = HistogramBins.densities(realPoints.get(), range, HistogramBins.BINS);
            generated = HistogramBins.densities(generatedPoints.get(), range, HistogramBins.BINS);
            markDirty();
        });
        generatedPoints.addListener(x -> {
            generated = HistogramBins.densities(generatedPoints.get(), range, HistogramBins.BINS);
            markDirty();
        });
        for (Observable o : new Observable[] {map, title.fontProperty()}) {
            o.addListener(x -> markDirty());
        }
        map.addListener((o, was, is) -> title.setText(is != null && is.noiseDimension() > 1
                ? "Pushforward z ↦ G(z, 0): along the first of " + is.noiseDimension() + " noise axes, the others at 0"
                : "Pushforward: the generator maps noise z to G(z)"));
        setMinSize(200, 200);
        setPrefSize(560, 400);
    }

    private void markDirty() {
        dirty = true;
        setNeedsLayout(true);
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
        double titleHeight = title.prefHeight(-1);
        title.resize(Math.min(title.prefWidth(-1), Math.max(10, w - 2 * PAD)), titleHeight);
        Frame f = frame(w, h, titleHeight);
        title.relocate(snapPositionX(f.left), snapPositionY(PAD / 2));
        if (dirty) {
            dirty = false;
            draw(f);
        }
    }

    /** The curve's area; the noise strip below it, the output strip to its right. */
    private record Frame(double left, double top, double width, double height, double strip, double noiseTop,
                         double noiseHeight, double extent, HistogramBins.Range range) {
        double x(double z) {
            return left + (z + extent) / (2 * extent) * width;
        }

        double y(double g) {
            return top + height - (g - range.min()) / range.width() * height;
        }
    }

    private Frame frame(double w, double h, double titleHeight) {
        double font = title.getFont().getSize();
        PushforwardMap m = map.get();
        double extent = m == null ? 3 : PushforwardMap.extent(m.prior());
        double left = 4.4 * font + PAD;
        double strip = Math.max(40, 0.2 * (w - left));
        double top = PAD + titleHeight + 0.4 * font;
        double noiseHeight = Math.max(24, 0.1 * h);
        double bottom = 1.8 * font + noiseHeight + 1.6 * font + PAD;
        double width = Math.max(10, w - left - strip - 2 * PAD);
        double height = Math.max(10, h - top - bottom);
        return new Frame(left, top, width, height, strip, top + height + 1.8 * font, noiseHeight, extent, range);
    }

    private void draw(Frame f) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFont(title.getFont());
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(f.left, f.top, f.width, f.height);
        drawAxes(g, f);
        PushforwardMap m = map.get();
        g.save();
        g.beginPath();
        g.rect(f.left, f.top, f.width + PAD + f.strip, f.height);
        g.clip();
        if (m != null) {
            drawGuides(g, f, m);
        }
        drawOutput(g, f);
        if (m != null) {
            g.setStroke(PlotPalette.GENERATED);
            g.setLineWidth(4);
            g.beginPath();
            for (int i = 0; i < m.size(); i++) {
                if (i == 0) {
                    g.moveTo(f.x(m.zAt(i)), f.y(m.gAt(i)));
                } else {
                    g.lineTo(f.x(m.zAt(i)), f.y(m.gAt(i)));
                }
            }
            g.stroke();
        }
        g.restore();
        drawNoise(g, f, m == null ? null : m.prior());
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(f.left, f.top, f.width, f.height);
        g.strokeLine(f.left + f.width + PAD, f.top, f.left + f.width + PAD, f.top + f.height);
    }

    private void drawAxes(GraphicsContext g, Frame f) {
        g.setFill(PlotPalette.TEXT);
        g.setLineWidth(1);
        double zStep = HistogramBins.tickStep(2 * f.extent, (int) Math.max(3, Math.min(7, f.width / 80)));
        for (double v = Math.ceil(-f.extent / zStep) * zStep; v <= f.extent + 1e-9; v += zStep) {
            double x = snapPositionX(f.x(v)) + 0.5;
            g.setStroke(Math.abs(v) < 1e-9 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.strokeLine(x, f.top, x, f.top + f.height);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(HistogramBins.tickLabel(v, zStep), x, f.top + f.height + 4);
        }
        double gStep = HistogramBins.tickStep(f.range.width(), (int) Math.max(2, Math.min(6, f.height / 60)));
        for (double v = Math.ceil(f.range.min() / gStep) * gStep; v <= f.range.max() + 1e-9; v += gStep) {
            double y = snapPositionY(f.y(v)) + 0.5;
            g.setStroke(PlotPalette.GRID);
            g.strokeLine(f.left, y, f.left + f.width, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(HistogramBins.tickLabel(v, gStep), f.left - 8, y);
        }
        g.save();
        g.translate(PAD / 2 + title.getFont().getSize() * 0.6, f.top + f.height / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("G(z)", 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText("density of G(z)", f.left + f.width + PAD + f.strip / 2, f.top + f.height + 4);
    }

    /** From equal shares of noise up to the curve, then across to the output strip. */
    private static void drawGuides(GraphicsContext g, Frame f, PushforwardMap m) {
        g.setStroke(GUIDE);
        g.setLineWidth(1.2);
        for (int q = 1; q <= GUIDES; q++) {
            double share = q / (GUIDES + 1.0);
            double z = m.prior() == NoisePrior.UNIFORM ? -f.extent + 2 * f.extent * share : UniformPushforward.normalQuantile(share);
            int i = (int) Math.round((z + f.extent) / (2 * f.extent) * (m.size() - 1));
            i = Math.max(0, Math.min(m.size() - 1, i));
            double x = f.x(m.zAt(i));
            double y = f.y(m.gAt(i));
            g.strokeLine(x, f.top + f.height, x, y);
            g.strokeLine(x, y, f.left + f.width + PAD + f.strip, y);
        }
    }

    private void drawOutput(GraphicsContext g, Frame f) {
        double x0 = f.left + f.width + PAD;
        double max = Math.max(HistogramBins.max(real), 1e-9) * 1.3;
        double binHeight = f.height / generated.length;
        g.setFill(GENERATED_FILL);
        for (int b = 0; b < generated.length; b++) {
            double len = Math.min(1, generated[b] / max) * f.strip;
            g.fillRect(x0, f.top + f.height - (b + 1) * binHeight, len, binHeight);
        }
        g.setStroke(PlotPalette.REAL);
        g.setLineWidth(2.5);
        g.beginPath();
        g.moveTo(x0, f.top + f.height);
        for (int b = 0; b < real.length; b++) {
            double len = Math.min(1, real[b] / max) * f.strip;
            g.lineTo(x0 + len, f.top + f.height - b * binHeight);
            g.lineTo(x0 + len, f.top + f.height - (b + 1) * binHeight);
        }
        g.lineTo(x0, f.top);
        g.stroke();
    }

    /** The noise density, hanging down from its baseline under the z axis. */
    private void drawNoise(GraphicsContext g, Frame f, NoisePrior prior) {
        double base = f.noiseTop;
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeLine(f.left, base, f.left + f.width, base);
        if (prior != null) {
            double peak = prior == NoisePrior.UNIFORM ? 1 / (2 * f.extent) : 1 / Math.sqrt(2 * Math.PI);
            g.setFill(NOISE_FILL);
            g.beginPath();
            g.moveTo(f.left, base);
            int steps = 120;
            for (int s = 0; s <= steps; s++) {
                double z = -f.extent + 2 * f.extent * s / steps;
                double p = prior == NoisePrior.UNIFORM ? peak : Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
                g.lineTo(f.x(z), base + p / peak * f.noiseHeight);
            }
            g.lineTo(f.left + f.width, base);
            g.closePath();
            g.fill();
        }
        g.setFill(PlotPalette.TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        String what = prior == null ? "noise z" : prior == NoisePrior.UNIFORM ? "noise z ~ uniform" : "noise z ~ Gaussian";
        g.fillText(what + " (its density hangs below)", f.left + f.width / 2, base + f.noiseHeight + 4);
    }

    /** The generator's map, or null to draw the axes only. */
    public ObjectProperty<PushforwardMap> mapProperty() {
        return map;
    }

    /** Real values, setting the G axis' range; not copied, so never change the array afterwards. */
    public ObjectProperty<float[]> realPointsProperty() {
        return realPoints;
    }

    /** Generated values for the side density; not copied, so never change the array afterwards. */
    public ObjectProperty<float[]> generatedPointsProperty() {
        return generatedPoints;
    }
}
