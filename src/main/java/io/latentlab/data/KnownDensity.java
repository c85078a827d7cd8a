package io.latentlab.data;

/**
 * A toy distribution whose true density is known in closed form, so the toy lab can compare a
 * model's samples with the truth on a grid (KL and JS divergences, overlays).
 */
public interface KnownDensity {

    /**
     * The density at {@code point} ({@code dimension()} coordinates), with respect to Lebesgue
     * measure; 0 outside the support.
     */
    double density(double[] point);

    /** The density of a 1-D distribution at {@code x}. */
    default double density(double x) {
        return density(new double[] {x});
    }

    /** The density of a 2-D distribution at {@code (x, y)}. */
    default double density(double x, double y) {
        return density(new double[] {x, y});
    }

    /** The standard normal density φ(u). */
    static double standardNormal(double u) {
        return Math.exp(-0.5 * u * u) / Math.sqrt(2 * Math.PI);
    }

    /** Throws unless {@code point} has {@code dimension} coordinates. */
    static void checkDimension(double[] point, int dimension) {
        if (point.length != dimension) {
            throw new IllegalArgumentException("a point of this distribution has " + dimension
                    + " coordinate(s), got " + point.length);
        }
    }
}
