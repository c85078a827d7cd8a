package io.latentlab.train;

import java.nio.FloatBuffer;

/**
 * The patch matrices of a strided, zero-padded square convolution over channels-last maps: row
 * {@code (image, y, x)} of the patch matrix holds the {@code k × k × c} input values under the
 * kernel at output position (y, x), in the order (ky, kx, channel). A convolution is then one
 * matrix product with the weights laid out the same way; {@link #accumulate} is the adjoint
 * (col2im), which both a transposed convolution's forward pass and a convolution's input
 * gradient need.
 */
final class Im2col {

    final int h;
    final int w;
    final int c;
    final int outH;
    final int outW;
    final int k;
    final int stride;
    final int pad;

    Im2col(int h, int w, int c, int k, int stride, int pad) {
        this.h = h;
        this.w = w;
        this.c = c;
        this.k = k;
        this.stride = stride;
        this.pad = pad;
        this.outH = (h + 2 * pad - k) / stride + 1;
        this.outW = (w + 2 * pad - k) / stride + 1;
    }

    /** Columns of the patch matrix. */
    int patch() {
        return k * k * c;
    }

    /** The input maps copied out of native memory, reused between calls (one pass at a time). */
    private float[] source = new float[0];

    /**
     * Fills {@code cols} ({@code [n·outH·outW, k·k·c]}) from the maps {@code x} of {@code n} images.
     * Rows are built in a Java array and written with one bulk copy each: a copy per kernel tap
     * cost a call per value for single-channel images.
     */
    void patches(FloatBuffer x, int n, FloatBuffer cols) {
        int length = n * h * w * c;
        if (source.length < length) {
            source = new float[length];
        }
        float[] src = source;
        x.get(0, src, 0, length);
        int patch = patch();
        float[] row = new float[patch];
        for (int b = 0; b < n; b++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    for (int ky = 0; ky < k; ky++) {
                        int iy = oy * stride - pad + ky;
                        for (int kx = 0; kx < k; kx++) {
                            int ix = ox * stride - pad + kx;
                            int dst = (ky * k + kx) * c;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) {
                                java.util.Arrays.fill(row, dst, dst + c, 0f);
                            } else {
                                System.arraycopy(src, ((b * h + iy) * w + ix) * c, row, dst, c);
                            }
                        }
                    }
                    cols.put(((b * outH + oy) * outW + ox) * patch, row, 0, patch);
                }
            }
        }
    }

    /** Sets {@code x} (maps of {@code n} images) to the sum of the patches in {@code cols} put back where they came from. */
    void accumulate(FloatBuffer cols, int n, FloatBuffer x) {
        int patch = patch();
        float[] rowValues = new float[patch];
        float[] image = new float[h * w * c];
        for (int b = 0; b < n; b++) {
            java.util.Arrays.fill(image, 0f);
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    cols.get(((b * outH + oy) * outW + ox) * patch, rowValues, 0, patch);
                    for (int ky = 0; ky < k; ky++) {
                        int iy = oy * stride - pad + ky;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        for (int kx = 0; kx < k; kx++) {
                            int ix = ox * stride - pad + kx;
                            if (ix < 0 || ix >= w) {
                                continue;
                            }
                            int src = (ky * k + kx) * c;
                            int dst = (iy * w + ix) * c;
                            for (int ch = 0; ch < c; ch++) {
                                image[dst + ch] += rowValues[src + ch];
                            }
                        }
                    }
                }
            }
            x.put(b * h * w * c, image, 0, image.length);
        }
    }
}
