package io.latentlab.train;

import io.latentlab.data.ModeCoverage;

/**
 * Generated points for a fixed set of noise vectors, taken at one iteration; immutable.
 *
 * @param iteration when they were taken
 * @param points    row-major, {@code dimension} values per point
 * @param coverage  mode coverage of these points, or null when the data has no modes
 */
public record SampleSnapshot(long iteration, float[] points, int dimension, ModeCoverage coverage) {

    public SampleSnapshot {
        points = points.clone();
    }

    @Override
    public float[] points() {
        return points.clone();
    }

    public int count() {
        return points.length / dimension;
    }

    /** Coordinate {@code j} of point {@code i}, without copying. */
    public float coordinate(int i, int j) {
        return points[i * dimension + j];
    }
}
