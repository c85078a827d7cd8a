package io.latentlab.ui;

import io.latentlab.train.ThreeModels;
import javafx.scene.paint.Color;

/**
 * The background colours of the three panels, one ARGB pixel per grid point (x fastest, the
 * grid's first row at the bottom): pale enough that the points on top stay clear.
 * <ul>
 *   <li>p(y | x): each class's colour weighted by its probability, fading to white where the
 *   classifier is unsure;</li>
 *   <li>p(x): one blue, darker where the density is higher;</li>
 *   <li>p(x | y): each class's colour where its density is high (each class scaled to its own peak).</li>
 * </ul>
 */
final class ModelFieldColours {

    /** The strongest tint of a background, so the points and lines drawn over it stay legible. */
    static final double MAX_TINT = 0.55;
    /** The p(x) ramp's hue: Okabe–Ito blue. */
    static final Color DENSITY = Color.web("#0072B2");

    private ModelFieldColours() {
    }

    /** The classifier's p(y | x). */
    static int[] probabilities(double[][] p, int nx, int ny) {
        int k = p.length;
        int[] out = new int[nx * ny];
        for (int i = 0; i < out.length; i++) {
            double r = 0;
            double g = 0;
            double b = 0;
            double max = 0;
            for (int c = 0; c < k; c++) {
                Color colour = ClassPalette.of(c);
                r += p[c][i] * colour.getRed();
                g += p[c][i] * colour.getGreen();
                b += p[c][i] * colour.getBlue();
                max = Math.max(max, p[c][i]);
            }
            double sure = k == 1 ? 1 : (max - 1.0 / k) / (1 - 1.0 / k);
            out[flip(i, nx, ny)] = tint(r, g, b, MAX_TINT * sure);
        }
        return out;
    }

    /** p(x), as a share of its peak; the square root lets the tails show. */
    static int[] density(double[] d, int nx, int ny) {
        double peak = peak(d);
        int[] out = new int[nx * ny];
        for (int i = 0; i < out.length; i++) {
            double t = peak > 0 ? Math.sqrt(d[i] / peak) : 0;
            out[flip(i, nx, ny)] = tint(DENSITY.getRed(), DENSITY.getGreen(), DENSITY.getBlue(), 0.85 * t);
        }
        return out;
    }

    /** p(x | y) for every class, each as a share of its own peak. */
    static int[] classDensities(double[][] d, int nx, int ny) {
        int k = d.length;
        double[] peaks = new double[k];
        for (int c = 0; c < k; c++) {
            peaks[c] = peak(d[c]);
        }
        int[] out = new int[nx * ny];
        for (int i = 0; i < out.length; i++) {
            double r = 0;
            double g = 0;
            double b = 0;
            double sum = 0;
            double max = 0;
            for (int c = 0; c < k; c++) {
                double w = peaks[c] > 0 ? Math.sqrt(d[c][i] / peaks[c]) : 0;
                Color colour = ClassPalette.of(c);
                r += w * colour.getRed();
                g += w * colour.getGreen();
                b += w * colour.getBlue();
                sum += w;
                max = Math.max(max, w);
            }
            out[flip(i, nx, ny)] = sum > 0 ? tint(r / sum, g / sum, b / sum, 0.8 * max) : 0xFFFFFFFF;
        }
        return out;
    }

    /** All three fields' pixels in the order of {@link ThreeModelsPlot.Model}. */
    static int[] of(ThreeModelsPlot.Model model, ThreeModels m) {
        int nx = m.grid().nx();
        int ny = m.grid().ny();
        return switch (model) {
            case CLASSIFIER -> probabilities(m.classifierProbabilities(), nx, ny);
            case JOINT -> density(m.jointDensity(), nx, ny);
            case CONDITIONAL -> classDensities(m.classDensities(), nx, ny);
        };
    }

    private static double peak(double[] values) {
        double peak = 0;
        for (double v : values) {
            peak = Math.max(peak, v);
        }
        return peak;
    }

    /** Image rows run top-down, grid rows bottom-up. */
    private static int flip(int i, int nx, int ny) {
        int ix = i % nx;
        int iy = i / nx;
        return (ny - 1 - iy) * nx + ix;
    }

    /** White moved {@code amount} (0..1) of the way toward (r, g, b), opaque ARGB. */
    private static int tint(double r, double g, double b, double amount) {
        double a = Math.max(0, Math.min(1, amount));
        int ri = (int) Math.round(255 * (1 - a + a * r));
        int gi = (int) Math.round(255 * (1 - a + a * g));
        int bi = (int) Math.round(255 * (1 - a + a * b));
        return 0xFF000000 | ri << 16 | gi << 8 | bi;
    }
}
