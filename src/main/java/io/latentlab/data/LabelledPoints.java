package io.latentlab.data;

import java.util.List;

/**
 * Labelled 2-D points: point {@code i} is ({@code xy[2i]}, {@code xy[2i+1]}) of class
 * {@code labels[i]}, a number in {@code 0 .. classNames.size()−1}. Immutable: the arrays are
 * copied in and out.
 */
public record LabelledPoints(double[] xy, int[] labels, List<String> classNames) {

    public LabelledPoints {
        if (xy.length != 2 * labels.length) {
            throw new IllegalArgumentException("expected 2 coordinates per label, got " + xy.length + " for "
                    + labels.length + " labels");
        }
        classNames = List.copyOf(classNames);
        for (int label : labels) {
            if (label < 0 || label >= classNames.size()) {
                throw new IllegalArgumentException("a label must be in 0.." + (classNames.size() - 1) + ", was " + label);
            }
        }
        xy = xy.clone();
        labels = labels.clone();
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    public int count() {
        return labels.length;
    }

    public int classCount() {
        return classNames.size();
    }

    public double x(int i) {
        return xy[2 * i];
    }

    public double y(int i) {
        return xy[2 * i + 1];
    }

    public int label(int i) {
        return labels[i];
    }

    /** How many points have class {@code label}. */
    public int count(int label) {
        int n = 0;
        for (int l : labels) {
            n += l == label ? 1 : 0;
        }
        return n;
    }

    /** The points of class {@code label} only, row-major. */
    public double[] ofClass(int label) {
        double[] out = new double[2 * count(label)];
        int at = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == label) {
                out[at++] = xy[2 * i];
                out[at++] = xy[2 * i + 1];
            }
        }
        return out;
    }
}
