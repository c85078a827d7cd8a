package io.latentlab.data;

import java.math.BigDecimal;

/**
 * How well generated points cover the modes of a mixture, as the peer benchmark defines it:
 * the fraction of points within {@code radius} of their nearest centre, and the number of
 * modes that hold at least {@code minShare} of all points within {@code radius}. Points and
 * centres are 2-D (the peer's case) or 1-D (a mixture on the line).
 */
public record ModeCoverage(double fractionWithin, int modesCovered, int modes, int[] hitsPerMode, double radius) {

    /** The peer's settings: within 0.1 of a centre; a mode counts when it holds 2% of the points. */
    public static final double HIT_RADIUS = 0.1;
    public static final double MIN_SHARE = 0.02;

    public ModeCoverage {
        hitsPerMode = hitsPerMode.clone();
    }

    /** With the peer's radius, {@value #HIT_RADIUS}. */
    public ModeCoverage(double fractionWithin, int modesCovered, int modes, int[] hitsPerMode) {
        this(fractionWithin, modesCovered, modes, hitsPerMode, HIT_RADIUS);
    }

    @Override
    public int[] hitsPerMode() {
        return hitsPerMode.clone();
    }

    /** Coverage of 2-D {@code points} (x0, y0, x1, y1, ...) with the peer's settings. */
    public static ModeCoverage of(float[] points, double[][] centres) {
        return of(points, centres, HIT_RADIUS, MIN_SHARE);
    }

    public static ModeCoverage of(float[] points, double[][] centres, double radius, double minShare) {
        return of(points, 2, centres, radius, minShare);
    }

    /**
     * Coverage of {@code data}'s modes by {@code points} of its dimension, within the data's
     * {@link ToyDistribution#modeHitRadius()} and with the peer's minimum share.
     */
    public static ModeCoverage of(float[] points, ToyDistribution data) {
        return of(points, data.dimension(), data.modeCentres(), data.modeHitRadius(), MIN_SHARE);
    }

    /**
     * Coverage of row-major {@code points} with {@code dimension} (1 or 2) values each; every
     * centre has {@code dimension} coordinates.
     */
    public static ModeCoverage of(float[] points, int dimension, double[][] centres, double radius, double minShare) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + dimension);
        }
        if (points.length % dimension != 0) {
            throw new IllegalArgumentException("points must hold " + (dimension == 2 ? "x,y pairs" : "one value each")
                    + ", length was " + points.length);
        }
        for (double[] c : centres) {
            if (c.length != dimension) {
                throw new IllegalArgumentException("centres must have " + dimension + " coordinate(s), one had " + c.length);
            }
        }
        int n = points.length / dimension;
        int[] hits = new int[centres.length];
        int within = 0;
        double r2 = radius * radius;
        for (int i = 0; i < n; i++) {
            double x = points[dimension * i];
            double y = dimension == 2 ? points[2 * i + 1] : 0;
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < centres.length; k++) {
                double dx = x - centres[k][0];
                double dy = dimension == 2 ? y - centres[k][1] : 0;
                double d2 = dx * dx + dy * dy;
                if (d2 < bestD2) {
                    bestD2 = d2;
                    best = k;
                }
            }
            if (best >= 0 && bestD2 < r2) {
                within++;
                hits[best]++;
            }
        }
        int covered = 0;
        for (int h : hits) {
            if (h >= minShare * n) {
                covered++;
            }
        }
        return new ModeCoverage(n == 0 ? 0 : (double) within / n, covered, centres.length, hits, radius);
    }

    /** For example "8/8 modes, 91.2% within 0.1". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d/%d modes, %.1f%% within %s",
                modesCovered, modes, 100 * fractionWithin, BigDecimal.valueOf(radius).stripTrailingZeros().toPlainString());
    }
}
