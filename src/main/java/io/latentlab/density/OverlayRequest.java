package io.latentlab.density;

import java.util.Objects;

/**
 * What an {@link OverlayFitter} is asked to estimate: the real and the generated samples, the
 * grid to evaluate the densities on (the plot's data range) and the estimator. The sample arrays
 * are not copied: the caller hands over arrays it never changes again (the toy lab's are
 * immutable snapshots), so the fitter can tell by identity that the real data did not change.
 *
 * @param iteration the training iteration the generated samples were taken at
 * @param real      the real samples, row-major, {@code dimension} values each
 * @param generated the generated samples, or null before the first ones
 * @param dimension 1 or 2
 * @param grid      where to evaluate the densities; of the same dimension
 * @param estimator KDE or GMM, with its settings
 */
public record OverlayRequest(long iteration, float[] real, float[] generated, int dimension, Grid grid,
                             DensityEstimator estimator) {

    public OverlayRequest {
        Objects.requireNonNull(real, "real samples");
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(estimator, "estimator");
        if (dimension != grid.dimension()) {
            throw new IllegalArgumentException("the grid is " + grid.dimension() + "-D but the samples are "
                    + dimension + "-D");
        }
    }
}
