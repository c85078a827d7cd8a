package io.latentlab.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Greyscale images laid out in a grid, drawn pixel for pixel into a {@link WritableImage} and
 * enlarged by the largest whole factor that fits (no smoothing, so every pixel stays a crisp
 * square on a projector): value 0 black, 1 white, as MNIST is shown. A one-pixel-per-factor gap
 * of mid grey separates the tiles.
 */
public final class ImageTiles extends Region {

    public static final String DEFAULT_STYLE_CLASS = "image-tiles";
    private static final int GAP_ARGB = 0xFF6E6E6E;

    private final ImageView view = new ImageView();
    private float[] pixels;
    private int count;
    private int rows = 1;
    private int cols = 1;
    private int across = 1;
    private int drawnScale;
    private float[] drawnPixels;

    public ImageTiles() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        view.setSmooth(false);
        view.setPreserveRatio(false);
        getChildren().add(view);
    }

    /**
     * Shows {@code count} images of {@code rows×cols} from {@code pixels} (values in [0, 1], image
     * after image), {@code across} to a row; null clears. The array is read, not kept for writing.
     */
    public void show(float[] pixels, int count, int rows, int cols, int across) {
        this.pixels = pixels;
        this.count = pixels == null ? 0 : count;
        this.rows = rows;
        this.cols = cols;
        this.across = Math.max(1, across);
        drawnPixels = null;
        requestLayout();
    }

    private int down() {
        return Math.max(1, (count + across - 1) / across);
    }

    /** The whole factor the images are enlarged by now; 0 when nothing is drawn. */
    public int scale() {
        return pixels == null ? 0 : drawnScale;
    }

    /** The image drawn now, or null. */
    public WritableImage image() {
        return (WritableImage) view.getImage();
    }

    @Override
    protected double computePrefWidth(double height) {
        return (across * (cols + 1) - 1) * 3.0;
    }

    /** Tall enough for the whole factor that {@code width} allows, so a column of tiles leaves no gap. */
    @Override
    protected double computePrefHeight(double width) {
        int unitsHigh = down() * (rows + 1) - 1;
        if (width <= 0) {
            return unitsHigh * 3.0;
        }
        int unitsWide = across * (cols + 1) - 1;
        return unitsHigh * Math.max(1, Math.floor(width / unitsWide));
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return across * (cols + 1) - 1;
    }

    @Override
    protected double computeMinHeight(double width) {
        return down() * (rows + 1) - 1;
    }

    @Override
    protected void layoutChildren() {
        if (pixels == null) {
            view.setImage(null);
            return;
        }
        int unitsWide = across * (cols + 1) - 1;
        int unitsHigh = down() * (rows + 1) - 1;
        int scale = (int) Math.max(1, Math.floor(Math.min(getWidth() / unitsWide, getHeight() / unitsHigh)));
        if (scale != drawnScale || drawnPixels != pixels) {
            view.setImage(draw(scale, unitsWide, unitsHigh));
            drawnScale = scale;
            drawnPixels = pixels;
        }
        double w = unitsWide * scale;
        double h = unitsHigh * scale;
        view.setFitWidth(w);
        view.setFitHeight(h);
        view.relocate(Math.floor((getWidth() - w) / 2), 0);
    }

    private WritableImage draw(int scale, int unitsWide, int unitsHigh) {
        int width = unitsWide * scale;
        int height = unitsHigh * scale;
        int[] argb = new int[width * height];
        java.util.Arrays.fill(argb, GAP_ARGB);
        int size = rows * cols;
        for (int k = 0; k < count; k++) {
            int x0 = (k % across) * (cols + 1) * scale;
            int y0 = (k / across) * (rows + 1) * scale;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float v = pixels[k * size + r * cols + c];
                    int g = Math.round(255 * Math.max(0f, Math.min(1f, v)));
                    int colour = 0xFF000000 | (g << 16) | (g << 8) | g;
                    int start = (y0 + r * scale) * width + x0 + c * scale;
                    for (int dy = 0; dy < scale; dy++) {
                        java.util.Arrays.fill(argb, start + dy * width, start + dy * width + scale, colour);
                    }
                }
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
