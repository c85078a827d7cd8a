package io.latentlab.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;

/**
 * A batch of feature maps in native memory, channels last (NHWC): {@code n} images of
 * {@code h × w} positions with {@code c} channels each. As a matrix it is {@code [n·h·w, c]},
 * row-major, which is what the convolution products of the lean path multiply. A dense layer's
 * activations are maps of {@code 1 × 1}.
 */
final class FeatureMaps {

    final int n;
    final int h;
    final int w;
    final int c;
    final INDArray array;
    final FloatBuffer floats;
    final BlasMatrix matrix;
    private float[] mirror;
    private BlasMatrix imageRows;

    FeatureMaps(int n, int h, int w, int c) {
        this.n = n;
        this.h = h;
        this.w = w;
        this.c = c;
        this.array = Nd4j.create(DataType.FLOAT, (long) n * h * w, c);
        this.floats = array.data().asNioFloat();
        this.matrix = BlasMatrix.of(array, SgemmLibrary.chosen());
    }

    /** Values per image. */
    int perImage() {
        return h * w * c;
    }

    int length() {
        return n * h * w * c;
    }

    /** The same data seen as {@code [n, h·w·c]}: one row per image. */
    BlasMatrix imageRows() {
        if (imageRows == null) {
            imageRows = BlasMatrix.of(array.reshape(n, (long) h * w * c), SgemmLibrary.chosen());
        }
        return imageRows;
    }

    /** A copy of the values. */
    float[] toArray() {
        float[] out = new float[length()];
        floats.get(0, out);
        return out;
    }

    /**
     * The values in this maps' own Java array, reused from call to call (valid until the next
     * call): the loops over normalisation, bias and activations work on it, without allocating
     * megabytes per pass, and write it back with {@link #set}.
     */
    float[] mirror() {
        if (mirror == null) {
            mirror = new float[length()];
        }
        floats.get(0, mirror);
        return mirror;
    }

    /** This maps' own Java array as {@link #mirror} uses it, without reading the values into it. */
    float[] mirrorArray() {
        if (mirror == null) {
            mirror = new float[length()];
        }
        return mirror;
    }

    void set(float[] values) {
        floats.put(0, values, 0, length());
    }
}
