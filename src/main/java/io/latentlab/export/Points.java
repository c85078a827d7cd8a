package io.latentlab.export;

/**
 * Points in one or two dimensions, row-major ({@code values[i*dimension + j]}), as a points CSV
 * holds them.
 */
public record Points(int dimension, float[] values) {

    public Points {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + dimension);
        }
        if (values.length % dimension != 0) {
            throw new IllegalArgumentException(values.length + " values do not make " + dimension + "-D points");
        }
        values = values.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    public int count() {
        return values.length / dimension;
    }

    /** The smallest value on {@code axis}, or NaN when there are no points. */
    public double min(int axis) {
        double m = Double.NaN;
        for (int i = axis; i < values.length; i += dimension) {
            m = Double.isNaN(m) ? values[i] : Math.min(m, values[i]);
        }
        return m;
    }

    /** The largest value on {@code axis}, or NaN when there are no points. */
    public double max(int axis) {
        double m = Double.NaN;
        for (int i = axis; i < values.length; i += dimension) {
            m = Double.isNaN(m) ? values[i] : Math.max(m, values[i]);
        }
        return m;
    }
}
