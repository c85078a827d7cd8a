package io.latentlab.export;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Greyscale images laid out in a grid as one PNG, white ink on black as MNIST shows digits: the
 * decoded samples of an image model, its {@code preview.png} and {@code latentlab sample --out
 * FILE.png}. Each pixel is drawn as a {@code scale × scale} block (no smoothing, so a classroom
 * sees the pixels), with a grey gap between images. Drawn on a {@link BufferedImage}, so it works
 * headless.
 */
public final class ImageGridImage {

    /** Screen pixels per image pixel. */
    public static final int SCALE = 2;
    /** Gap between images, in screen pixels. */
    public static final int GAP = 2;

    private ImageGridImage() {
    }

    /** PNG bytes of {@code n} images of {@code rows × cols} pixels in [0, 1] (row-major, image after image). */
    public static byte[] png(float[] pixels, int n, int rows, int cols) {
        return ScatterImage.encode(draw(pixels, n, rows, cols, columnsFor(n), SCALE));
    }

    /** The same with {@code columns} images a row (e.g. one row per class of a conditional model). */
    public static byte[] png(float[] pixels, int n, int rows, int cols, int columns) {
        return ScatterImage.encode(draw(pixels, n, rows, cols, columns, SCALE));
    }

    /** The columns of a near-square grid for {@code n} images: ⌈√n⌉. */
    public static int columnsFor(int n) {
        int c = (int) Math.ceil(Math.sqrt(n));
        return Math.max(1, c);
    }

    /** The grid as an image: {@code columns} images a row, as many rows as needed. */
    public static BufferedImage draw(float[] pixels, int n, int rows, int cols, int columns, int scale) {
        return draw(pixels, n, rows, cols, new ImageGridLayout(columns, scale, GAP, ImageGridLayout.GAP_GREY));
    }

    /**
     * The grid laid out as {@code layout} says: its columns, scale, padding (around and between
     * images) and background. Greyscale when the background is a grey, else RGB.
     */
    public static BufferedImage draw(float[] pixels, int n, int rows, int cols, ImageGridLayout layout) {
        int columns = layout.columns();
        int scale = layout.scale();
        int gap = layout.padding();
        if (n < 1 || rows < 1 || cols < 1 || pixels.length != (long) n * rows * cols) {
            throw new IllegalArgumentException(pixels.length + " values are not " + n + " images of " + rows + "×" + cols);
        }
        int gridRows = (n + columns - 1) / columns;
        int width = columns * cols * scale + (columns + 1) * gap;
        int height = gridRows * rows * scale + (gridRows + 1) * gap;
        boolean grey = layout.greyBackground();
        BufferedImage image = new BufferedImage(width, height, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        // grey levels go straight into the raster: setRGB would convert them through a linear grey colour space
        WritableRaster raster = image.getRaster();
        int bands = raster.getNumBands();
        int[] background = {layout.background() >> 16 & 0xFF, layout.background() >> 8 & 0xFF, layout.background() & 0xFF};
        int[] row = new int[width * bands];
        for (int x = 0; x < width; x++) {
            for (int b = 0; b < bands; b++) {
                row[x * bands + b] = background[b];
            }
        }
        for (int y = 0; y < height; y++) {
            raster.setPixels(0, y, width, 1, row);
        }
        for (int i = 0; i < n; i++) {
            int x0 = gap + (i % columns) * (cols * scale + gap);
            int y0 = gap + (i / columns) * (rows * scale + gap);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float v = pixels[(i * rows + r) * cols + c];
                    int level = Math.round(255 * Math.min(1f, Math.max(0f, Float.isNaN(v) ? 0f : v)));
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            for (int b = 0; b < bands; b++) {
                                raster.setSample(x0 + c * scale + dx, y0 + r * scale + dy, b, level);
                            }
                        }
                    }
                }
            }
        }
        return image;
    }
}
