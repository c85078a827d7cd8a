package io.latentlab.data;

import java.util.Arrays;

/**
 * A set of same-sized greyscale images with optional class labels, as the image models train
 * on: pixels as floats in [0, 1], row-major, image after image ({@code pixels[i*rows*cols + r*cols + c]}).
 * Labels are 0..classes−1, or absent ({@code labels == null}, {@code classes == 0}). Immutable:
 * the arrays are copied in and out; use {@link #pixelsView()} only to read.
 *
 * @param name    what a person calls it: "mnist-test", "fashion-mnist-train", "shapes"
 * @param count   the number of images
 * @param rows    the image height in pixels
 * @param cols    the image width in pixels
 * @param classes how many classes the labels run over, 0 without labels
 */
public record ImageSet(String name, int count, int rows, int cols, float[] pixels, int[] labels, int classes) {

    public ImageSet {
        if (count < 0 || rows < 1 || cols < 1) {
            throw new IllegalArgumentException("bad image set shape: " + count + " images of " + rows + "×" + cols);
        }
        if (pixels.length != (long) count * rows * cols) {
            throw new IllegalArgumentException(pixels.length + " pixel values do not make " + count + " images of " + rows + "×" + cols);
        }
        if (labels != null && labels.length != count) {
            throw new IllegalArgumentException(labels.length + " labels for " + count + " images");
        }
        if ((labels == null) != (classes == 0)) {
            throw new IllegalArgumentException("labels and classes go together: classes " + classes
                    + " with " + (labels == null ? "no labels" : "labels"));
        }
        pixels = pixels.clone();
        labels = labels == null ? null : labels.clone();
    }

    /** Pixels per image. */
    public int size() {
        return rows * cols;
    }

    /** A copy of the pixels. */
    @Override
    public float[] pixels() {
        return pixels.clone();
    }

    /** The pixels without a copy, for reading in training loops; never modify it. */
    public float[] pixelsView() {
        return pixels;
    }

    /** A copy of the labels, or null. */
    @Override
    public int[] labels() {
        return labels == null ? null : labels.clone();
    }

    /** The label of image {@code i}; −1 without labels. */
    public int label(int i) {
        return labels == null ? -1 : labels[i];
    }

    public boolean hasLabels() {
        return labels != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ImageSet s && name.equals(s.name) && count == s.count && rows == s.rows && cols == s.cols
                && classes == s.classes && Arrays.equals(pixels, s.pixels) && Arrays.equals(labels, s.labels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + count) + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return name + ": " + count + " images of " + rows + "×" + cols + (labels == null ? "" : ", " + classes + " classes");
    }
}
