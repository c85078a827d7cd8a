package io.latentlab.ui;

/**
 * How far apart a chart's labelled ticks are: a 1-2-5 step (1, 2, 5, 10, 20, 50, …) chosen from
 * the axis length and the width of its widest label, so labels never crowd and there are at
 * most {@link #MAX_LABELS} of them. Shared by the loss chart, the VAE chart and the EM
 * log-likelihood chart, whose iteration counts run from a handful to hundreds of thousands.
 */
final class NiceTicks {

    /** The most labels on one axis: more cannot be read from the back of a room. */
    static final int MAX_LABELS = 6;
    /** Free space between two labels, as a fraction of a label's width. */
    static final double GAP = 0.6;
    /** The least free space between two labels, pixels. */
    static final double MIN_GAP_PX = 12;

    private NiceTicks() {
    }

    /** How many labels of width {@code labelPx} fit side by side on {@code lengthPx}: 2 to {@link #MAX_LABELS}. */
    static int labelsThatFit(double lengthPx, double labelPx) {
        double slot = labelPx + Math.max(MIN_GAP_PX, GAP * labelPx);
        int fit = (int) Math.floor((lengthPx + Math.max(MIN_GAP_PX, GAP * labelPx)) / slot);
        return Math.max(2, Math.min(MAX_LABELS, fit));
    }

    /**
     * The smallest 1-2-5 step, at least {@code minStep}, that puts at most {@code maxLabels}
     * labelled ticks on a span of {@code span}.
     */
    static double step(double span, int maxLabels, double minStep) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return Math.max(minStep, 1);
        }
        // the labels at 0, step, 2·step, … on [0, span]: ⌊span/step⌋ + 1 of them
        double power = Math.pow(10, Math.floor(Math.log10(span / Math.max(1, maxLabels))));
        for (int decade = 0; ; decade++, power *= 10) {
            for (double unit : new double[] {1, 2, 5}) {
                double step = unit * power;
                if (step >= minStep && Math.floor(span / step + 1e-9) + 1 <= Math.max(2, maxLabels)) {
                    return step;
                }
            }
        }
    }

    /** The step for a span of {@code span} on an axis {@code lengthPx} long whose widest label is {@code labelPx} wide. */
    static double step(double span, double lengthPx, double labelPx, double minStep) {
        return step(span, labelsThatFit(lengthPx, labelPx), minStep);
    }
}
