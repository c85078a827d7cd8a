package io.latentlab.density;

/** How a {@link FittedDensity} is estimated from points. */
public enum DensityKind {

    /** A Gaussian mixture fitted by EM, with k = 1 .. 10 chosen by BIC: sharp on clustered data. */
    MIXTURE("Gaussian mixture"),
    /** A Gaussian kernel density with Scott's bandwidth: one bump per point, smooth, never misses a shape. */
    KERNEL("Kernel density");

    private final String title;

    DensityKind(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
