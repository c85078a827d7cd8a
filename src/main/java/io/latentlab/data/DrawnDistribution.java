package io.latentlab.data;

import java.util.Random;

/**
 * Data a person made: points painted with the brush in the window, or read from a points CSV.
 * Sampling picks a painted point uniformly with the seeded generator and adds Gaussian jitter of
 * standard deviation {@link #JITTER} to each coordinate, so the GAN learns a smooth density
 * around the strokes rather than a few hundred exact dots. Immutable: the points are copied.
 */
public final class DrawnDistribution implements ToyDistribution {

    /** The name on the command line, in model cards and in the data picker. */
    public static final String NAME = "drawn";
    /**
     * The jitter's standard deviation in data units: 0.03, about one brush dot on a plot of
     * [−3, 3], and close to the ring's mode width (0.02), so a stroke stays a crisp line.
     */
    public static final double JITTER = 0.03;
    /** The message when there is nothing to sample. */
    public static final String EMPTY_MESSAGE = "the drawing is empty: paint some points with the brush before training";

    private final int dimension;
    private final float[] points;

    /**
     * @param points row-major, {@code dimension} values per point (copied); may be empty, but
     *     then sampling throws a {@link BadInputException}
     * @throws IllegalArgumentException for a dimension other than 1 or 2, a length that is not a
     *     whole number of points, or a non-finite value
     */
    public DrawnDistribution(int dimension, float[] points) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + dimension);
        }
        if (points.length % dimension != 0) {
            throw new IllegalArgumentException(points.length + " values do not make " + dimension + "-D points");
        }
        for (int i = 0; i < points.length; i++) {
            if (!Float.isFinite(points[i])) {
                throw new IllegalArgumentException("point " + i / dimension + " has " + points[i]
                        + "; drawn points must be finite numbers");
            }
        }
        this.dimension = dimension;
        this.points = points.clone();
    }

    /** A 2-D drawing. */
    public static DrawnDistribution of(float[] xy) {
        return new DrawnDistribution(2, xy);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /** How many points were painted. */
    public int count() {
        return points.length / dimension;
    }

    public boolean isEmpty() {
        return points.length == 0;
    }

    /** The painted points, row-major (a copy). */
    public float[] points() {
        return points.clone();
    }

    /** @throws BadInputException with {@link #EMPTY_MESSAGE} when nothing was painted */
    @Override
    public void sample(Random rng, int n, PointSink out) {
        if (isEmpty()) {
            throw new BadInputException(EMPTY_MESSAGE);
        }
        int count = count();
        for (int i = 0; i < n; i++) {
            int p = rng.nextInt(count);
            for (int j = 0; j < dimension; j++) {
                out.put(i * dimension + j, (float) (points[p * dimension + j] + JITTER * rng.nextGaussian()));
            }
        }
    }
}
