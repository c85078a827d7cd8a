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

    /** The input maps and the patch matrix as Java arrays, reused between calls (one pass at a time). */
    private float[] source = new float[0];
    private float[] columns = new float[0];

    private static float[] atLeast(float[] a, int length) {
        return a.length < length ? new float[length] : a;
    }

    /**
     * Fills {@code cols} ({@code [n·outH·outW, k·k·c]}) from the maps {@code x} of {@code n} images.
     * The patch matrix is built in a Java array and written with one bulk copy per share of the
     * images: a copy per row (or per kernel tap) cost a call per few values for single-channel images.
     */
    void patches(FloatBuffer x, int n, FloatBuffer cols, StepThreads threads) {
        source = atLeast(source, n * h * w * c);
        columns = atLeast(columns, n * outH * outW * patch());
        threads.split(n, 1, (from, to) -> patchesOfImages(x, cols, from, to));
    }

    /**
     * Fills {@code cols} as {@link #patches} does and sets {@code y = cols · op(b)}, a few images at a
     * time, so the product reads each share of the patch matrix while it is still in the cache.
     */
    void patchesProduct(FloatBuffer x, FeatureMaps cols, BlasMatrix b, boolean transposeB, BlasMatrix y, StepThreads threads) {
        int n = cols.n;
        int rowsPerImage = outH * outW;
        source = atLeast(source, n * h * w * c);
        columns = atLeast(columns, n * rowsPerImage * patch());
        threads.split(n, 1, (from, to) -> {
            for (int b0 = from; b0 < to; b0 += IMAGES_PER_PRODUCT) {
                int b1 = Math.min(to, b0 + IMAGES_PER_PRODUCT);
                patchesOfImages(x, cols.floats, b0, b1);
                BlasMatrix.multiplyRows(cols.matrix, false, b, transposeB, y, b0 * rowsPerImage, b1 * rowsPerImage);
            }
        });
    }

    /** The patch rows of images {@code [from, to)}. */
    private void patchesOfImages(FloatBuffer x, FloatBuffer cols, int from, int to) {
        int perImage = h * w * c;
        int patch = patch();
        int rowsPerImage = outH * outW;
        float[] src = source;
        float[] dst = columns;
        {
            x.get(from * perImage, src, from * perImage, (to - from) * perImage);
            int at = from * rowsPerImage * patch;
            // a kernel row's taps inside the image are neighbours in the image as in the patch: one
            // copy per kernel row (a copy per tap was a call per few values), zeros either side
            int kernelRow = k * c;
            for (int b = from; b < to; b++) {
                for (int oy = 0; oy < outH; oy++) {
                    for (int ox = 0; ox < outW; ox++) {
                        int x0 = ox * stride - pad;
                        int kx0 = Math.max(0, -x0);
                        int kx1 = Math.min(k, w - x0);
                        for (int ky = 0; ky < k; ky++, at += kernelRow) {
                            int iy = oy * stride - pad + ky;
                            if (iy < 0 || iy >= h || kx1 <= kx0) {
                                java.util.Arrays.fill(dst, at, at + kernelRow, 0f);
                                continue;
                            }
                            if (kx0 > 0) {
                                java.util.Arrays.fill(dst, at, at + kx0 * c, 0f);
                            }
                            System.arraycopy(src, ((b * h + iy) * w + x0 + kx0) * c, dst, at + kx0 * c, (kx1 - kx0) * c);
                            if (kx1 < k) {
                                java.util.Arrays.fill(dst, at + kx1 * c, at + kernelRow, 0f);
                            }
                        }
                    }
                }
            }
            int first = from * rowsPerImage * patch;
            cols.put(first, dst, first, (to - from) * rowsPerImage * patch);
        }
    }

    /** Sets {@code x} (maps of {@code n} images) to the sum of the patches in {@code cols} put back where they came from. */
    void accumulate(FloatBuffer cols, int n, FloatBuffer x, StepThreads threads) {
        source = atLeast(source, n * h * w * c);
        columns = atLeast(columns, n * outH * outW * patch());
        threads.split(n, 1, (from, to) -> accumulateImages(cols, x, from, to));
    }

    /** Images whose patch rows one product computes before col2im puts them back, while they are still in cache. */
    private static final int IMAGES_PER_PRODUCT = 4;

    /**
     * Sets {@code x} to col2im of {@code op(a)·op(b)}, the patch matrix, computed into {@code cols}
     * a few images at a time: each share of rows is put back while it is still in the cache,
     * instead of the whole 12.8 MB matrix written out and read back.
     */
    void accumulateProduct(BlasMatrix a, boolean transposeA, BlasMatrix b, boolean transposeB, FeatureMaps cols, FloatBuffer x,
                           StepThreads threads) {
        int n = cols.n;
        int rowsPerImage = outH * outW;
        source = atLeast(source, n * h * w * c);
        columns = atLeast(columns, n * rowsPerImage * patch());
        threads.split(n, 1, (from, to) -> {
            for (int b0 = from; b0 < to; b0 += IMAGES_PER_PRODUCT) {
                int b1 = Math.min(to, b0 + IMAGES_PER_PRODUCT);
                BlasMatrix.multiplyRows(a, transposeA, b, transposeB, cols.matrix, b0 * rowsPerImage, b1 * rowsPerImage);
                accumulateImages(cols.floats, x, b0, b1);
            }
        });
    }

    /** col2im of images {@code [from, to)}: their patch rows in {@code cols} summed into their maps in {@code x}. */
    private void accumulateImages(FloatBuffer cols, FloatBuffer x, int from, int to) {
        int perImage = h * w * c;
        int patch = patch();
        int rowsPerImage = outH * outW;
        float[] all = columns;
        float[] image = source;
        {
            int first = from * rowsPerImage * patch;
            cols.get(first, all, first, (to - from) * rowsPerImage * patch);
            java.util.Arrays.fill(image, from * perImage, to * perImage, 0f);
            int row = first;
            for (int b = from; b < to; b++) {
                int imageBase = b * perImage;
                for (int oy = 0; oy < outH; oy++) {
                    for (int ox = 0; ox < outW; ox++, row += patch) {
                        if (c < RUN_CHANNELS) {
                            addRuns(all, row, image, imageBase, oy, ox);
                            continue;
                        }
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
                                int from0 = row + (ky * k + kx) * c;
                                int to0 = imageBase + (iy * w + ix) * c;
                                for (int ch = 0; ch < c; ch++) {
                                    image[to0 + ch] += all[from0 + ch];
                                }
                            }
                        }
                    }
                }
            }
            x.put(from * perImage, image, from * perImage, (to - from) * perImage);
        }
    }

    /**
     * Below this many channels col2im adds each kernel row's taps inside the image as one run
     * (they are neighbours in both the patch and the image): for one channel, half the time of a
     * loop per tap; for 64 a loop per tap was faster (2.0 against 2.5 ms for G's 64×14×14 maps).
     */
    private static final int RUN_CHANNELS = 8;

    /** Adds patch row {@code row} (output position oy, ox) into the image at {@code imageBase}, one run per kernel row. */
    private void addRuns(float[] all, int row, float[] image, int imageBase, int oy, int ox) {
        int x0 = ox * stride - pad;
        int kx0 = Math.max(0, -x0);
        int run = (Math.min(k, w - x0) - kx0) * c;
        for (int ky = 0; ky < k; ky++) {
            int iy = oy * stride - pad + ky;
            if (iy < 0 || iy >= h) {
                continue;
            }
            int from0 = row + (ky * k + kx0) * c;
            int to0 = imageBase + (iy * w + x0 + kx0) * c;
            for (int i = 0; i < run; i++) {
                image[to0 + i] += all[from0 + i];
            }
        }
    }
}
