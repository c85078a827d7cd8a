package io.latentlab.ui;

import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.nio.IntBuffer;
import java.util.Arrays;

/**
 * Draws thousands of small antialiased dots into an image by stamping a precomputed disc into
 * a pixel array, then hands the image over in one copy. Far cheaper than one canvas oval per
 * point: the software renderer (remote desktops, projector laptops without a GPU driver) spent
 * most of each frame rasterising ovals; stamping 2000 dots takes well under a millisecond.
 */
final class PointRaster {

    private static final PixelFormat<IntBuffer> FORMAT = PixelFormat.getIntArgbPreInstance();

    private final int width;
    private final int height;
    private final int[] pixels;
    private final PixelBuffer<IntBuffer> buffer;
    private final WritableImage image;

    /** A transparent raster of {@code width × height} pixels (at least 1 × 1). */
    PointRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pixels = new int[this.width * this.height];
        // The image reads this array as it is, premultiplied ARGB: no conversion when published or drawn.
        this.buffer = new PixelBuffer<>(this.width, this.height, IntBuffer.wrap(pixels), FORMAT);
        this.image = new WritableImage(buffer);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    WritableImage image() {
        return image;
    }

    void clear() {
        Arrays.fill(pixels, 0);
    }

    /** Copies the pixels into the image; call once after all {@link #stamp} calls of a frame. */
    void publish() {
        buffer.updateBuffer(b -> null); // all of it changed
    }

    /** A disc of one colour, opacity and radius (pixels), as premultiplied ARGB coverage. */
    static final class Dot {
        final int size;
        final int half;
        final int[] argb;

        Dot(Color colour, double opacity, double radius) {
            half = (int) Math.ceil(radius);
            size = 2 * half + 1;
            argb = new int[size * size];
            for (int dy = -half; dy <= half; dy++) {
                for (int dx = -half; dx <= half; dx++) {
                    double coverage = Math.max(0, Math.min(1, radius + 0.5 - Math.hypot(dx, dy)));
                    double a = coverage * opacity;
                    argb[(dy + half) * size + dx + half] = premultiplied(colour, a);
                }
            }
        }

        private static int premultiplied(Color c, double a) {
            int alpha = (int) Math.round(a * 255);
            int r = (int) Math.round(c.getRed() * a * 255);
            int g = (int) Math.round(c.getGreen() * a * 255);
            int b = (int) Math.round(c.getBlue() * a * 255);
            return alpha << 24 | r << 16 | g << 8 | b;
        }
    }

    /** Draws {@code dot} centred on pixel ({@code x}, {@code y}), over what is there. */
    void stamp(Dot dot, double x, double y) {
        if (!(x > -dot.size && x < width + dot.size && y > -dot.size && y < height + dot.size)) {
            return; // off the plot, or not a number
        }
        int cx = (int) Math.round(x);
        int cy = (int) Math.round(y);
        int x0 = cx - dot.half;
        int y0 = cy - dot.half;
        for (int j = 0; j < dot.size; j++) {
            int py = y0 + j;
            if (py < 0 || py >= height) {
                continue;
            }
            int row = py * width;
            for (int i = 0; i < dot.size; i++) {
                int px = x0 + i;
                int src = dot.argb[j * dot.size + i];
                if (px < 0 || px >= width || src == 0) {
                    continue;
                }
                pixels[row + px] = over(src, pixels[row + px]);
            }
        }
    }

    /** Porter-Duff source-over on premultiplied ARGB. */
    private static int over(int src, int dst) {
        int inverse = 255 - (src >>> 24);
        if (inverse == 0) {
            return src;
        }
        int a = (src >>> 24) + ((dst >>> 24) * inverse + 127) / 255;
        int r = ((src >> 16) & 0xff) + (((dst >> 16) & 0xff) * inverse + 127) / 255;
        int g = ((src >> 8) & 0xff) + (((dst >> 8) & 0xff) * inverse + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * inverse + 127) / 255;
        return Math.min(a, 255) << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }
}
