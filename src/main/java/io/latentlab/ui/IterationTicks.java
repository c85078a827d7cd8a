package io.latentlab.ui;

import javafx.scene.chart.NumberAxis;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The ticks of a chart's iteration axis, "0 … 17,500": whole numbers with thousands separators at a 1-2-5
 * step chosen by {@link NiceTicks} from the axis width and the label width, so labels never
 * crowd at narrow widths or long runs. The axis ends at the last iteration; a label that would
 * stick out past the right end is left off, so the last one shown stays inside the chart.
 */
final class IterationTicks {

    private final NumberAxis axis;
    private final NumberFormat whole = NumberFormat.getIntegerInstance(Locale.ROOT); // cached: labels are formatted often
    private final Text measure = new Text();
    private long first;
    private long last = 100;
    private double step = 20;
    private double labelPx;

    /** Takes over {@code axis}'s range and labels. */
    IterationTicks(NumberAxis axis) {
        this.axis = axis;
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return label(n.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
        axis.widthProperty().addListener(o -> updateTicks());
        axis.tickLabelFontProperty().addListener(o -> updateTicks());
        updateTicks();
    }

    /** Spans the iterations {@code from} to {@code to}; nothing changes when they are the same as before. */
    void cover(long from, long to) {
        long end = Math.max(to, from + 1);
        if (from != first || end != last) {
            first = from;
            last = end;
            updateTicks();
        }
    }

    /** The labelled step now, for tests. */
    double step() {
        return step;
    }

    private void updateTicks() {
        measure.setFont(axis.getTickLabelFont());
        measure.setText(whole.format(last).replaceAll("[0-9]", "0"));
        labelPx = measure.getLayoutBounds().getWidth();
        double length = axis.getWidth() > 0 ? axis.getWidth() : 400;
        step = NiceTicks.step(last - first, length, labelPx, 1);
        // starting at a multiple of the step may add a label: choose again over the longer span
        step = NiceTicks.step(last - Math.floor(first / step) * step, length, labelPx, 1);
        double lower = Math.floor(first / step) * step;
        axis.setLowerBound(lower);
        axis.setUpperBound(last);
        axis.setTickUnit(step);
    }

    /** The label of the tick at {@code value}: empty between the steps (the axis's end) and too near the right end. */
    private String label(double value) {
        double k = value / step;
        if (Math.abs(k - Math.rint(k)) > 1e-6 || value != Math.rint(value)) {
            return "";
        }
        double span = axis.getUpperBound() - axis.getLowerBound();
        double perUnit = span > 0 && axis.getWidth() > 0 ? axis.getWidth() / span : 0;
        if (perUnit > 0 && (axis.getUpperBound() - value) * perUnit < labelPx / 2) {
            return "";
        }
        return whole.format((long) value);
    }
}
