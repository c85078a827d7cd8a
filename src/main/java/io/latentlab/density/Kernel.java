package io.latentlab.density;

import java.util.Locale;

/**
 * The shape of a kernel as a function of the squared Mahalanobis distance {@code r²} between an
 * evaluation point and a data point, normalised so that it integrates to one in 1-D and 2-D.
 * Gaussian: {@code (2π)^(-d/2)·exp(-r²/2)}. Epanechnikov: {@code 0.75·(1−r²)} in 1-D and
 * {@code 2/π·(1−r²)} in 2-D (the radial version) for {@code r < 1}, zero beyond.
 */
public enum Kernel {
    GAUSSIAN,
    EPANECHNIKOV;

    /** Beyond this r² the Gaussian is below e^-35 of its peak and left out of the sums. */
    static final double GAUSSIAN_CUTOFF_R2 = 70;

    /** The kernel's value at squared distance {@code r2}, without the normalising constant. */
    double profile(double r2) {
        if (this == GAUSSIAN) {
            return r2 > GAUSSIAN_CUTOFF_R2 ? 0 : Math.exp(-0.5 * r2);
        }
        return r2 < 1 ? 1 - r2 : 0;
    }

    /** The normalising constant in {@code d} dimensions (for a unit kernel covariance). */
    double normalisation(int d) {
        if (this == GAUSSIAN) {
            return d == 1 ? 1 / Math.sqrt(2 * Math.PI) : 1 / (2 * Math.PI);
        }
        return d == 1 ? 0.75 : 2 / Math.PI;
    }

    /** The distance, in kernel units, beyond which the kernel is zero (or treated as zero). */
    double reach() {
        return this == GAUSSIAN ? Math.sqrt(GAUSSIAN_CUTOFF_R2) : 1;
    }

    /** {@code gaussian} or {@code epanechnikov}. */
    public static Kernel parse(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "gaussian" -> GAUSSIAN;
            case "epanechnikov" -> EPANECHNIKOV;
            default -> throw new IllegalArgumentException("unknown kernel '" + name + "'; choose gaussian or epanechnikov");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
