package io.latentlab.explore;

import io.latentlab.density.Bandwidth;
import io.latentlab.density.Grid;
import io.latentlab.density.Kernel;
import io.latentlab.density.KernelDensity;

/**
 * Where a set of latent vectors lies along each coordinate: per coordinate, a range that holds
 * every vector and at least ±{@link #PRIOR_REACH} (the prior's 4σ), and the 1-D Gaussian kernel
 * density (Scott's bandwidth) of the vectors' values (binned, as the density overlay draws it) on {@link #POINTS} points evenly over that
 * range, endpoints included. Drawn behind a slider's track, it shows where the data lives.
 *
 * @param low     each coordinate's range start
 * @param high    each coordinate's range end
 * @param density {@code density[k][i]}: the density of coordinate k at low + i·(high − low)/(POINTS − 1);
 *                null when there are no vectors (the range alone: ±PRIOR_REACH)
 */
public record LatentMarginals(double[] low, double[] high, double[][] density) {

    /** How far the range reaches at least, either side of 0. */
    public static final double PRIOR_REACH = 4;
    /** Points per density curve. */
    public static final int POINTS = 161;

    /** Ranges of ±{@link #PRIOR_REACH} and no densities, for {@code d} coordinates of a model without data. */
    public static LatentMarginals prior(int d) {
        double[] low = new double[d];
        double[] high = new double[d];
        java.util.Arrays.fill(low, -PRIOR_REACH);
        java.util.Arrays.fill(high, PRIOR_REACH);
        return new LatentMarginals(low, high, null);
    }

    /** The marginals of {@code count} vectors of {@code d} coordinates ({@code count × d}, row-major). */
    public static LatentMarginals of(float[] points, int count, int d) {
        double[] low = new double[d];
        double[] high = new double[d];
        double[][] density = new double[d][];
        double[] values = new double[count];
        for (int k = 0; k < d; k++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int n = 0; n < count; n++) {
                values[n] = points[n * d + k];
                min = Math.min(min, values[n]);
                max = Math.max(max, values[n]);
            }
            double margin = 0.05 * (max - min);
            low[k] = Math.min(-PRIOR_REACH, min - margin);
            high[k] = Math.max(PRIOR_REACH, max + margin);
            if (max > min) {
                KernelDensity kde = KernelDensity.fit(values, 1, Kernel.GAUSSIAN, Bandwidth.scott());
                density[k] = kde.binned(Grid.of(low[k], high[k], POINTS));
            } else {
                density[k] = new double[POINTS];
            }
        }
        return new LatentMarginals(low, high, density);
    }

    /** The number of coordinates. */
    public int size() {
        return low.length;
    }

    /** Whether densities were estimated (the model has encoded data). */
    public boolean hasDensity() {
        return density != null;
    }
}
