package io.latentlab.density;

import java.util.Locale;

/**
 * The shape of the component covariances of a {@link GaussianMixture}, as scikit-learn names
 * them: each component its own full matrix, its own diagonal, its own single variance, or one
 * full matrix shared by all (tied).
 */
public enum CovarianceType {
    FULL,
    DIAG,
    SPHERICAL,
    TIED;

    /** The number of free covariance parameters for {@code k} components in {@code d} dimensions. */
    int covarianceParameters(int k, int d) {
        return switch (this) {
            case FULL -> k * d * (d + 1) / 2;
            case DIAG -> k * d;
            case SPHERICAL -> k;
            case TIED -> d * (d + 1) / 2;
        };
    }

    /** {@code full}, {@code diag}, {@code spherical} or {@code tied}. */
    public static CovarianceType parse(String name) {
        for (CovarianceType t : values()) {
            if (t.toString().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown covariance type '" + name + "'; choose full, diag, spherical or tied");
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
