package io.latentlab.ui;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Histograms of 1-D real (blue bars) and generated (orange outline over a light orange fill)
 * samples on one x axis, as densities so both share a scale. The 1-D counterpart of
 * {@link ScatterPlot}: the x range comes from the real data and the y range is fixed at half as
 * much again as the real data's highest bar, so a teacher sees the generated histogram move,
 * not the axes; taller generated bars are cut at the top. Density curves of both can be drawn
 * over the bars ({@link DensityCurves}). One canvas, redrawn only when the
 * samples, the visibility switches, the size or the font change.
 */
public class HistogramPlot extends Region {

    public static final String DEFAULT_STYLE_CLASS = "histogram-plot";
    private static final double PAD = 12;
    private static final double HEADROOM = 1.5;
    private static final Color REAL_FILL = PlotPalette.REAL.deriveColor(0, 1, 1, 0.55);
    private static final Color GENERATED_FILL = PlotPalette.GENERATED.deriveColor(0, 1, 1, 0.22);

    private final ObjectProperty<float[]> realPoints = new SimpleObjectProperty<>(this, "realPoints");
    private final ObjectProperty<float[]> generatedPoints = new SimpleObjectProperty<>(this, "generatedPoints");
    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal", true);
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated", true);

    private final Canvas canvas = new Canvas();
    private final Label realLabel = new Label("Real data");
    private final Label generatedLabel = new Label("Generated");
    private final HBox legend;
    private final DensityCurves curves = new DensityCurves(this::markDirty);
    private HistogramBins.Range range = new HistogramBins.Range(-3, 3);
    private double[] realDensity = new double[HistogramBins.BINS];
    private double[] generatedDensity = new double[HistogramBins.BINS];
    private boolean dirty = true;

    public HistogramPlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        realLabel.setGraphic(new Rectangle(16, 14, REAL_FILL));
        realLabel.getStyleClass().add(Styles.LEGEND_REAL);
        Rectangle generatedSwatch = new Rectangle(16, 14, GENERATED_FILL);
        generatedSwatch.setStroke(PlotPalette.GENERATED);
        generatedSwatch.setStrokeWidth(2.5);
        generatedLabel.setGraphic(generatedSwatch);
        generatedLabel.getStyleClass().add(Styles.LEGEND_GENERATED);
        legend = new HBox(realLabel, generatedLabel, curves.realEntry(), curves.generatedEntry());
        legend.getStyleClass().add(Styles.PLOT_LEGEND);
        legend.setManaged(false);
        getChildren().addAll(canvas, legend);
        realLabel.visibleProperty().bind(showReal);
        generatedLabel.visibleProperty().bind(showGenerated);
        realLabel.managedProperty().bind(realLabel.visibleProperty());
        generatedLabel.managedProperty().bind(generatedLabel.visibleProperty());
        realPoints.addListener(x -> {
            range = HistogramBins.rangeOf(realPoints.get());
            realDensity = HistogramBins.densities(realPoints.get(), range, HistogramBins.BINS);
            generatedDensity = HistogramBins.densities(generatedPoints.get(), range, HistogramBins.BINS);
            markDirty();
        });
        generatedPoints.addListener(x -> {
            generatedDensity = HistogramBins.densities(generatedPoints.get(), range, HistogramBins.BINS);
            markDirty();
        });
        for (Observable o : new Observable[] {showReal, showGenerated, realLabel.fontProperty()}) {
            o.addListener(x -> markDirty());
        }
        setMinSize(200, 200);
        setPrefSize(560, 560);
    }

    private void markDirty() {
        dirty = true;
        setNeedsLayout(true); // drawn once, in the next pulse
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
        legend.resize(legend.prefWidth(-1), legendHeight);
        Frame frame = frame(w, h, legendHeight);
        legend.relocate(snapPositionX(frame.left), snapPositionY(PAD));
        if (dirty) {
            dirty = false;
            draw(frame);
        }
    }

    /** The plot area inside the margins for the legend, the tick labels and the axis titles. */
    private record Frame(double left, double top, double width, double height, double yMax, HistogramBins.Range range) {
        double x(double v) {
            return left + (v - range.min()) / range.width() * width;
        }

        double y(double density) {
            return top + height - density / yMax * height;
        }
    }

    private Frame frame(double w, double h, double legendHeight) {
        double font = realLabel.getFont().getSize();
        double left = 4.4 * font + PAD;
        double top = PAD + legendHeight + 0.6 * font;
        double bottom = 3.4 * font + PAD;
        double realMax = HistogramBins.max(realDensity);
        double yMax = realMax > 0 ? HEADROOM * realMax : Math.max(1e-9, HEADROOM * HistogramBins.max(generatedDensity));
        return new Frame(left, top, Math.max(10, w - left - 2 * PAD), Math.max(10, h - top - bottom), yMax == 0 ? 1 : yMax, range);
    }

    private void draw(Frame f) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(f.left, f.top, f.width, f.height);
        Font font = realLabel.getFont();
        g.setFont(font);
        drawGrid(g, f);
        g.save();
        g.beginPath();
        g.rect(f.left, f.top, f.width, f.height);
        g.clip();
        boolean generated = showGenerated.get() && generatedPoints.get() != null;
        if (generated) {
            fillBars(g, f, generatedDensity, GENERATED_FILL, 0);
        }
        if (showReal.get()) {
            fillBars(g, f, realDensity, REAL_FILL, 1);
        }
        if (generated) {
            outline(g, f, generatedDensity, PlotPalette.GENERATED);
        }
        curves.draw(g, f::x, f::y);
        g.restore();
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(f.left, f.top, f.width, f.height);
        g.setFill(PlotPalette.TEXT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("x", f.left + f.width / 2, canvas.getHeight() - PAD / 2);
        g.save();
        g.translate(PAD / 2 + font.getSize() * 0.6, f.top + f.height / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("density", 0, 0);
        g.restore();
    }

    private void drawGrid(GraphicsContext g, Frame f) {
        g.setFill(PlotPalette.TEXT);
        g.setLineWidth(1);
        double xStep = HistogramBins.tickStep(f.range.width(), (int) Math.max(3, Math.min(8, f.width / 90)));
        for (double v = Math.ceil(f.range.min() / xStep) * xStep; v <= f.range.max() + 1e-9; v += xStep) {
            double x = snapPositionX(f.x(v)) + 0.5;
            g.setStroke(Math.abs(v) < 1e-9 ? PlotPalette.AXIS : PlotPalette.GRID);
            g.strokeLine(x, f.top, x, f.top + f.height);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(HistogramBins.tickLabel(v, xStep), x, f.top + f.height + 6);
        }
        double yStep = HistogramBins.tickStep(f.yMax, (int) Math.max(2, Math.min(6, f.height / 80)));
        g.setStroke(PlotPalette.GRID);
        for (double v = yStep; v <= f.yMax + 1e-12; v += yStep) {
            double y = snapPositionY(f.y(v)) + 0.5;
            g.strokeLine(f.left, y, f.left + f.width, y);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(HistogramBins.tickLabel(v, yStep), f.left - 8, y);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("0", f.left - 8, f.top + f.height);
    }

    /** One bar per bin, {@code gap} pixels apart. */
    private static void fillBars(GraphicsContext g, Frame f, double[] density, Color fill, double gap) {
        double binWidth = f.range.width() / density.length;
        g.setFill(fill);
        for (int i = 0; i < density.length; i++) {
            if (density[i] > 0) {
                double x0 = f.x(f.range.min() + i * binWidth);
                double x1 = f.x(f.range.min() + (i + 1) * binWidth);
                double y = f.y(density[i]);
                g.fillRect(x0, y, x1 - x0 - gap, f.top + f.height - y);
            }
        }
    }

    /** The histogram's outline as one thick step line. */
    private static void outline(GraphicsContext g, Frame f, double[] density, Color stroke) {
        double binWidth = f.range.width() / density.length;
        g.setStroke(stroke);
        g.setLineWidth(3);
        g.beginPath();
        g.moveTo(f.x(f.range.min()), f.y(0));
        for (int i = 0; i < density.length; i++) {
            double y = f.y(density[i]);
            g.lineTo(f.x(f.range.min() + i * binWidth), y);
            g.lineTo(f.x(f.range.min() + (i + 1) * binWidth), y);
        }
        g.lineTo(f.x(f.range.max()), f.y(0));
        g.stroke();
    }

    /** How many generated values the plot holds (drawn when inside the range). */
    public int generatedCount() {
        float[] p = generatedPoints.get();
        return p == null ? 0 : p.length;
    }

    /** The x range shown, {@code {min, max}}. */
    public double[] xRange() {
        return new double[] {range.min(), range.max()};
    }

    /** Real values, one per sample; the array is not copied, so never change it afterwards. */
    public ObjectProperty<float[]> realPointsProperty() {
        return realPoints;
    }

    /** Generated values, one per sample; the array is not copied, so never change it afterwards. */
    public ObjectProperty<float[]> generatedPointsProperty() {
        return generatedPoints;
    }

    public BooleanProperty showRealProperty() {
        return showReal;
    }

    public BooleanProperty showGeneratedProperty() {
        return showGenerated;
    }

    /** The KDE or GMM curves over the bars (see {@link DensityCurves}). */
    DensityCurves densityCurves() {
        return curves;
    }
}
