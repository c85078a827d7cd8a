package io.latentlab.data;

import java.util.Random;

/** A seeded source of points in one or two dimensions: the "real" data of the toy lab. */
public interface ToyDistribution {

    /** The name used on the command line and in model cards, e.g. {@code ring8}. */
    String name();

    /** 1 or 2. */
    int dimension();

    /**
     * Draws {@code n} points into {@code out}, row after row ({@code out[i*dim + j]}), from {@code rng}.
     * Writes through {@code put} so callers can fill native buffers without a copy.
     */
    void sample(Random rng, int n, PointSink out);

    /** Draws {@code n} points with a fresh generator seeded by {@code seed}. */
    default float[] sample(int n, long seed) {
        float[] points = new float[n * dimension()];
        sample(new Random(seed), n, (i, v) -> points[i] = v);
        return points;
    }

    /** The centres of the mixture's modes, or an empty array when the distribution has none. */
    default double[][] modeCentres() {
        return new double[0][];
    }

    /**
     * How close to a mode centre a generated point must be to count for that mode in
     * {@link ModeCoverage}: the peer benchmark's 0.1 unless the distribution's modes are wider.
     */
    default double modeHitRadius() {
        return ModeCoverage.HIT_RADIUS;
    }

    /** Receives coordinate {@code index} (row-major) of a drawn sample. */
    @FunctionalInterface
    interface PointSink {
        void put(int index, float value);
    }
}
