package io.latentlab.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The average log-likelihood of an EM run per iteration, as a line with a dot per iteration:
 * EM never lets it fall, which is what a class should see climb and flatten. The y range
 * follows the values; the x axis counts iterations from 1.
 */
public class LogLikelihoodChart extends Region {

    public static final String DEFAULT_STYLE_CLASS = "log-likelihood-chart";
    private static final double PAD = 8;

    private final ObjectProperty<double[]> values = new SimpleObjectProperty<>(this, "values", new double[0]);
    private final Canvas canvas = new Canvas();
    /** Carries the stylesheet's font size; not shown. */
    private final Label fontSource = new Label();
    private boolean dirty = true;
    private final Text measure = new Text();

    public LogLikelihoodChart() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        fontSource.setVisible(false);
        fontSource.setManaged(false);
        getChildren().addAll(canvas, fontSource);
        values.addListener(x -> markDirty());
        fontSource.fontProperty().addListener(x -> markDirty());
        setMinSize(160, 150);
        setPrefSize(320, 200);
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
        if (dirty) {
            dirty = false;
            draw(w, h);
        }
    }

    private void draw(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        double font = fontSource.getFont().getSize();
        g.setFont(fontSource.getFont());
        double left = 4.8 * font;
        double top = PAD;
        double bottom = 1.8 * font + PAD;
        double width = Math.max(10, w - left - PAD - 0.8 * font);
        double height = Math.max(10, h - top - bottom);
        g.setFill(PlotPalette.BACKGROUND);
        g.fillRect(left, top, width, height);
        double[] v = values.get();
        int n = v == null ? 0 : v.length;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < n; t++) {
            lo = Math.min(lo, v[t]);
            hi = Math.max(hi, v[t]);
        }
        if (n == 0) {
            lo = 0;
            hi = 1;
        }
        double span = Math.max(hi - lo, 1e-3);
        lo -= 0.08 * span;
        hi += 0.08 * span;
        int last = Math.max(n, 5);
        double x0 = left;
        double xScale = width / Math.max(1, last - 1);
        double yLo = lo;
        double yScale = height / (hi - lo);
        g.setFill(PlotPalette.TEXT);
        g.setLineWidth(1);
        double yStep = HistogramBins.tickStep(hi - lo, (int) Math.max(2, Math.min(5, height / 45)));
        for (double y = Math.ceil(lo / yStep) * yStep; y <= hi; y += yStep) {
            double py = snapPositionY(top + height - (y - yLo) * yScale) + 0.5;
            g.setStroke(PlotPalette.GRID);
            g.strokeLine(left, py, left + width, py);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(HistogramBins.tickLabel(y, yStep), left - 6, py);
        }
        measure.setFont(fontSource.getFont());
        measure.setText(Long.toString(last).replaceAll("[0-9]", "0"));
        double labelPx = measure.getLayoutBounds().getWidth();
        long xStep = Math.round(NiceTicks.step(last - 1, width, labelPx, 1));
        g.setTextBaseline(VPos.TOP);
        // iteration 1, then the multiples of the step; right-aligned where centred would leave the plot
        for (long t = 1; t <= last; t = t == 1 && xStep > 1 ? xStep : t + xStep) {
            if (t != 1 && t != last && (t - 1) * xScale < labelPx) {
                continue; // too near iteration 1's label
            }
            double px = snapPositionX(x0 + (t - 1) * xScale) + 0.5;
            boolean atEnd = px + labelPx / 2 > left + width + PAD;
            g.setTextAlign(atEnd ? TextAlignment.RIGHT : TextAlignment.CENTER);
            g.fillText(Long.toString(t), atEnd ? left + width + PAD : px, top + height + 4);
        }
        if (n > 0) {
            g.setStroke(PlotPalette.REAL);
            g.setLineWidth(3);
            g.beginPath();
            for (int t = 0; t < n; t++) {
                double px = x0 + t * xScale;
                double py = top + height - (v[t] - yLo) * yScale;
                if (t == 0) {
                    g.moveTo(px, py);
                } else {
                    g.lineTo(px, py);
                }
            }
            g.stroke();
            g.setFill(PlotPalette.REAL);
            double r = n > 60 ? 2 : 4;
            for (int t = 0; t < n; t++) {
                g.fillOval(x0 + t * xScale - r, top + height - (v[t] - yLo) * yScale - r, 2 * r, 2 * r);
            }
        }
        g.setStroke(PlotPalette.AXIS);
        g.setLineWidth(1.5);
        g.strokeRect(left, top, width, height);
    }

    /** The average log-likelihood of each iteration, oldest first; not copied, so never change it afterwards. */
    public ObjectProperty<double[]> valuesProperty() {
        return values;
    }
}
