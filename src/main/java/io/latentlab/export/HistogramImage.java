package io.latentlab.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;

/**
 * Histograms of 1-D points as a PNG, the 1-D counterpart of {@link ScatterImage}: real points
 * as light blue bars, generated ones as an orange outline, both scaled as densities so they
 * compare when the counts differ. The x range is [−3, 3], widened to hold every real point (or,
 * without real points, every generated one) up to [−10, 10].
 */
public final class HistogramImage {

    public static final int BINS = 60;
    public static final double MAX_EXTENT = 10.0;

    private static final Color REAL_FILL = new Color(31, 119, 180, 110);
    private static final Color AXES = new Color(200, 200, 200);

    private HistogramImage() {
    }

    /** PNG bytes of a {@value ScatterImage#SIZE}-pixel square plot; either array may be empty. */
    public static byte[] png(float[] real, float[] generated) {
        return ScatterImage.encode(draw(real, generated, ScatterImage.SIZE));
    }

    /** The plot as an image, {@code size} pixels square. */
    public static BufferedImage draw(float[] real, float[] generated, int size) {
        double[] range = range(real.length > 0 ? real : generated);
        double[] realDensity = density(real, range);
        double[] generatedDensity = density(generated, range);
        double top = 1e-12;
        for (int b = 0; b < BINS; b++) {
            top = Math.max(top, Math.max(realDensity[b], generatedDensity[b]));
        }
        top *= 1.1;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            int base = size - 10;
            double binWidth = (double) size / BINS;
            g.setColor(AXES);
            g.draw(new Line2D.Double(0, base, size, base));
            if (range[0] < 0 && range[1] > 0) {
                double zero = -range[0] / (range[1] - range[0]) * size;
                g.draw(new Line2D.Double(zero, 0, zero, base));
            }
            g.setColor(REAL_FILL);
            for (int b = 0; b < BINS; b++) {
                int h = (int) Math.round(realDensity[b] / top * (base - 5));
                g.fillRect((int) (b * binWidth), base - h, (int) Math.ceil(binWidth), h);
            }
            if (generated.length > 0) {
                g.setColor(ScatterImage.GENERATED);
                g.setStroke(new BasicStroke(2f));
                double previous = base;
                for (int b = 0; b < BINS; b++) {
                    double y = base - generatedDensity[b] / top * (base - 5);
                    g.draw(new Line2D.Double(b * binWidth, previous, b * binWidth, y));
                    g.draw(new Line2D.Double(b * binWidth, y, (b + 1) * binWidth, y));
                    previous = y;
                }
                g.draw(new Line2D.Double(size, previous, size, base));
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** [−3, 3] widened to the points' extremes, within ±{@value #MAX_EXTENT}. */
    static double[] range(float[] points) {
        double lo = -ScatterImage.EXTENT;
        double hi = ScatterImage.EXTENT;
        for (float v : points) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {Math.max(lo, -MAX_EXTENT), Math.min(hi, MAX_EXTENT)};
    }

    /** Counts per bin over (n · bin width); points outside the range are left out. */
    static double[] density(float[] points, double[] range) {
        double[] d = new double[BINS];
        if (points.length == 0) {
            return d;
        }
        double width = (range[1] - range[0]) / BINS;
        for (float v : points) {
            int b = (int) Math.floor((v - range[0]) / width);
            if (v == range[1]) {
                b = BINS - 1;
            }
            if (b >= 0 && b < BINS) {
                d[b]++;
            }
        }
        for (int b = 0; b < BINS; b++) {
            d[b] /= points.length * width;
        }
        return d;
    }
}
