package io.latentlab.ui;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.nio.IntBuffer;

/**
 * A heatmap enlarged to the pixels it covers on screen: a small grid of colours (a discriminator
 * or density grid, one colour per cell) interpolated bilinearly, as a smooth image scaling would,
 * into an image exactly the size of the plot area. The scene then draws it one screen pixel per
 * image pixel. Software rendering (projector laptops, remote desktops) paid for a smooth
 * scaled image on every frame the plot changed; this pays once per new grid or new size.
 */
final class HeatmapRaster {

    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private WritableImage image;
    private PixelBuffer<IntBuffer> buffer;
    private int[] pixels;
    private int width;
    private int height;
    private int builds;

    /**
     * Paints {@code cells} (non-premultiplied ARGB, {@code nx × ny}, row 0 at the top) enlarged to
     * {@code width × height} pixels, and returns the image, reused between calls of the same size.
     * Cell centres land where a smooth image scaling puts them; edges are clamped.
     */
    WritableImage paint(int[] cells, int nx, int ny, int width, int height) {
        if (nx < 1 || ny < 1 || cells.length < nx * ny) {
            throw new IllegalArgumentException("a heatmap needs nx × ny ≥ 1 cells, was " + nx + " × " + ny
                    + " with " + cells.length + " values");
        }
        width = Math.max(1, width);
        height = Math.max(1, height);
        if (image == null || width != this.width || height != this.height) {
            this.width = width;
            this.height = height;
            pixels = new int[width * height];
            // Premultiplied ARGB read in place: no conversion when published or drawn.
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), FORMAT);
            image = new WritableImage(buffer);
        }
        int[] pre = new int[nx * ny];
        for (int i = 0; i < pre.length; i++) {
            pre[i] = premultiplied(cells[i]);
        }
        Axis xs = new Axis(nx, width);
        Axis ys = new Axis(ny, height);
        // Each grid row enlarged across once; every output row then mixes two of these.
        int[][] rows = new int[ny][];
        for (int y = 0; y < height; y++) {
            int lo = ys.lo[y];
            int hi = ys.hi[y];
            int[] top = rows[lo] != null ? rows[lo] : (rows[lo] = across(pre, lo * nx, xs, width));
            int[] bottom = rows[hi] != null ? rows[hi] : (rows[hi] = across(pre, hi * nx, xs, width));
            int fy = ys.weight[y];
            int out = y * width;
            if (top == bottom || fy == 0) {
                System.arraycopy(top, 0, pixels, out, width);
            } else {
                for (int x = 0; x < width; x++) {
                    pixels[out + x] = lerp(top[x], bottom[x], fy);
                }
            }
        }
        buffer.updateBuffer(b -> null); // all of it changed
        builds++;
        return image;
    }

    /** One grid row, starting at {@code from} in {@code cells}, enlarged to {@code width} pixels. */
    private static int[] across(int[] cells, int from, Axis xs, int width) {
        int[] row = new int[width];
        for (int x = 0; x < width; x++) {
            row[x] = lerp(cells[from + xs.lo[x]], cells[from + xs.hi[x]], xs.weight[x]);
        }
        return row;
    }

    /** How many times an image was painted: each is a full pass over its pixels. */
    int builds() {
        return builds;
    }

    /** Where each output pixel samples along one axis: two cells and the weight (0–256) of the second. */
    private static final class Axis {
        final int[] lo;
        final int[] hi;
        final int[] weight;

        Axis(int cells, int out) {
            lo = new int[out];
            hi = new int[out];
            weight = new int[out];
            for (int i = 0; i < out; i++) {
                double s = (i + 0.5) * cells / out - 0.5;
                s = Math.max(0, Math.min(cells - 1, s));
                int l = (int) Math.floor(s);
                lo[i] = l;
                hi[i] = Math.min(cells - 1, l + 1);
                weight[i] = (int) Math.round((s - l) * 256);
            }
        }
    }

    /** Each channel of two premultiplied ARGB colours mixed, {@code t} of 256 towards {@code b}. */
    private static int lerp(int a, int b, int t) {
        if (a == b || t == 0) {
            return a;
        }
        if (t == 256) {
            return b;
        }
        int u = 256 - t;
        int rb = (((a & 0x00ff00ff) * u + (b & 0x00ff00ff) * t + 0x00800080) >>> 8) & 0x00ff00ff;
        int ag = ((((a >>> 8) & 0x00ff00ff) * u + ((b >>> 8) & 0x00ff00ff) * t + 0x00800080)) & 0xff00ff00;
        return ag | rb;
    }

    static int premultiplied(int argb) {
        int a = argb >>> 24;
        if (a == 255) {
            return argb;
        }
        if (a == 0) {
            return 0;
        }
        int r = ((argb >> 16) & 0xff) * a / 255;
        int g = ((argb >> 8) & 0xff) * a / 255;
        int b = (argb & 0xff) * a / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }
}
