package io.latentlab.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The arithmetic behind {@link HistogramPlot}: an x range that shows the real data (its 0.5 % to
 * 99.5 % quantiles, padded), densities per bin so real and generated samples share one scale,
 * and round tick steps. Pure and cheap: about a thousand numbers, once per snapshot.
 */
final class HistogramBins {

    /** Bins across the range: enough to show two modes apart, few enough to be smooth with 1000 samples. */
    static final int BINS = 36;

    private HistogramBins() {
    }

    /** The shown x range: {@code [min, max]}. */
    record Range(double min, double max) {
        double width() {
            return max - min;
        }
    }

    /** The 0.5 %–99.5 % quantiles of {@code values}, padded by a tenth on each side; [-3, 3] for no data. */
    static Range rangeOf(float[] values) {
        float[] sorted = finite(values);
        if (sorted.length == 0) {
            return new Range(-3, 3);
        }
        Arrays.sort(sorted);
        double lo = sorted[(int) Math.floor(0.005 * (sorted.length - 1))];
        double hi = sorted[(int) Math.ceil(0.995 * (sorted.length - 1))];
        double pad = hi - lo < 1e-6 ? 0.5 : 0.1 * (hi - lo);
        return new Range(lo - pad, hi + pad);
    }

    /**
     * The density in each of {@code bins} equal bins of {@code range}: the share of all values in
     * the bin over the bin's width, so a histogram's area is the share of values inside the range.
     * Values outside the range, and non-finite ones, are counted in the total only.
     */
    static double[] densities(float[] values, Range range, int bins) {
        double[] density = new double[bins];
        if (values == null || values.length == 0) {
            return density;
        }
        double binWidth = range.width() / bins;
        for (float v : values) {
            if (v >= range.min() && v <= range.max()) {
                int bin = Math.min(bins - 1, (int) ((v - range.min()) / binWidth));
                density[bin]++;
            }
        }
        for (int i = 0; i < bins; i++) {
            density[i] /= values.length * binWidth;
        }
        return density;
    }

    static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** A round step (1, 2 or 5 times a power of ten) giving about {@code ticks} ticks over {@code span}. */
    static double tickStep(double span, int ticks) {
        double raw = span / Math.max(1, ticks);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double unit = raw / power;
        return power * (unit < 1.5 ? 1 : unit < 3.5 ? 2 : unit < 7.5 ? 5 : 10);
    }

    /** A tick value as short text, to the step's precision: "0.5", "2", "-1", "0". */
    static String tickLabel(double value, double step) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static float[] finite(float[] values) {
        if (values == null) {
            return new float[0];
        }
        float[] out = new float[values.length];
        int n = 0;
        for (float v : values) {
            if (Float.isFinite(v)) {
                out[n++] = v;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
