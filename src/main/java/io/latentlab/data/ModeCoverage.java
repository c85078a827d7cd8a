package io.latentlab.data;

/**
 * How well generated points cover the modes of a mixture, as the peer benchmark defines it:
 * the fraction of points within {@code radius} of their nearest centre, and the number of
 * modes that hold at least {@code minShare} of all points within {@code radius}.
 */
public record ModeCoverage(double fractionWithin, int modesCovered, int modes, int[] hitsPerMode) {

    /** The peer's settings: within 0.1 of a centre; a mode counts when it holds 2% of the points. */
    public static final double HIT_RADIUS = 0.1;
    public static final double MIN_SHARE = 0.02;

    public ModeCoverage {
        hitsPerMode = hitsPerMode.clone();
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
        if (points.length % 2 != 0) {
            throw new IllegalArgumentException("points must hold x,y pairs, length was " + points.length);
        }
        int n = points.length / 2;
        int[] hits = new int[centres.length];
        int within = 0;
        double r2 = radius * radius;
        for (int i = 0; i < n; i++) {
            double x = points[2 * i];
            double y = points[2 * i + 1];
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < centres.length; k++) {
                double dx = x - centres[k][0];
                double dy = y - centres[k][1];
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
        return new ModeCoverage(n == 0 ? 0 : (double) within / n, covered, centres.length, hits);
    }

    /** For example "8/8 modes, 91.2% within 0.1". */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "%d/%d modes, %.1f%% within %.1f",
                modesCovered, modes, 100 * fractionWithin, HIT_RADIUS);
    }
}
