package io.latentlab.density;

/**
 * The densities of the real and of the generated samples on one {@link Grid}, and how far apart
 * they are: what the toy lab draws over its scatter or histogram and shows beside the loss
 * chart. Immutable; made by {@link OverlayFit}.
 *
 * <p>The divergences always compare two Gaussian kernel densities with Scott's bandwidth
 * (binned, on this grid), whatever estimator the overlay draws, so switching the drawing to a
 * GMM does not change the numbers: see {@link Divergence} for how they are integrated.
 *
 * @param iteration the training iteration of the generated samples
 * @param grid      where the densities were evaluated (x fastest)
 * @param estimator what estimated the drawn densities
 * @param real      the real samples' density on the grid
 * @param generated the generated samples' density, or null (none yet, or none that could be fitted)
 * @param kl        KL(real ‖ generated) in nats, or NaN when there is no generated density
 * @param js        JS(real, generated) in nats (at most ln 2), or NaN
 * @param problem   why something is missing, one line, or empty
 */
public record DensityOverlay(long iteration, Grid grid, DensityEstimator estimator, double[] real,
                             double[] generated, double kl, double js, String problem) {

    public DensityOverlay {
        real = real == null ? null : real.clone();
        generated = generated == null ? null : generated.clone();
    }

    @Override
    public double[] real() {
        return real == null ? null : real.clone();
    }

    @Override
    public double[] generated() {
        return generated == null ? null : generated.clone();
    }

    public boolean hasGenerated() {
        return generated != null;
    }

    /** The largest value of the real density on the grid (0 when there is none). */
    public double realMax() {
        return max(real);
    }

    /** The largest value of the generated density on the grid (0 when there is none). */
    public double generatedMax() {
        return max(generated);
    }

    private static double max(double[] values) {
        double m = 0;
        if (values != null) {
            for (double v : values) {
                m = Math.max(m, v);
            }
        }
        return m;
    }
}
