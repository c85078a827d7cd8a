package io.latentlab.ui;

import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Greyscale images laid out in a grid, drawn pixel for pixel into a {@link WritableImage} and
 * enlarged by the largest whole factor that fits (no smoothing, so every pixel stays a crisp
 * square on a projector): value 0 black, 1 white, as MNIST is shown. A one-pixel-per-factor gap
 * of mid grey separates the tiles. Optional row labels (a conditional model's class names) sit
 * to the left of their rows.
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
    private final java.util.List<javafx.scene.control.Label> rowLabels = new java.util.ArrayList<>();
    /** Gap between the row labels and the tiles, in pixels. */
    private static final double LABEL_GAP = 8;

    private java.util.Map<Integer, Integer> marks = java.util.Map.of();

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

    /** Names the rows, top to bottom (e.g. class names); empty for none. */
    public void setRowLabels(java.util.List<String> names) {
        java.util.List<String> now = rowLabels.stream().map(javafx.scene.control.Label::getText).toList();
        if (now.equals(names)) {
            return;
        }
        getChildren().removeAll(rowLabels);
        rowLabels.clear();
        for (String name : names) {
            javafx.scene.control.Label label = new javafx.scene.control.Label(name);
            label.getStyleClass().add("image-row-label");
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            rowLabels.add(label);
        }
        getChildren().addAll(rowLabels);
        requestLayout();
    }

    /** The row labels shown now. */
    public java.util.List<String> rowLabels() {
        return rowLabels.stream().map(javafx.scene.control.Label::getText).toList();
    }

    /** Width kept left of the tiles for the row labels. */
    private double labelSpace() {
        double widest = 0;
        for (javafx.scene.control.Label label : rowLabels) {
            widest = Math.max(widest, label.prefWidth(-1));
        }
        return rowLabels.isEmpty() ? 0 : Math.ceil(widest + LABEL_GAP);
    }

    private int down() {
        return Math.max(1, (count + across - 1) / across);
    }

    /**
     * Frames tiles in colours (ARGB by tile index), e.g. the images picked into a group; an empty
     * map clears. The frame fills the gap around the tile and the tile's outermost pixel.
     */
    public void setMarks(java.util.Map<Integer, Integer> argbByTile) {
        if (marks.equals(argbByTile)) {
            return;
        }
        marks = java.util.Map.copyOf(argbByTile);
        drawnPixels = null;
        requestLayout();
    }

    /** The tiles framed now, by index. */
    public java.util.Map<Integer, Integer> marks() {
        return marks;
    }

    /**
     * The index of the tile under the point ({@code x}, {@code y}) in this region's coordinates
     * (as a mouse event's {@code getX()}/{@code getY()}), or −1 over a gap, a label or nothing.
     */
    public int tileAt(double x, double y) {
        if (pixels == null || drawnScale <= 0) {
            return -1;
        }
        double u = (x - view.getLayoutX()) / drawnScale;
        double v = (y - view.getLayoutY()) / drawnScale;
        if (u < 0 || v < 0) {
            return -1;
        }
        int column = (int) (u / (cols + 1));
        int row = (int) (v / (rows + 1));
        if (column >= across || u - column * (cols + 1) >= cols || v - row * (rows + 1) >= rows) {
            return -1;
        }
        int index = row * across + column;
        return index < count ? index : -1;
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
        return (across * (cols + 1) - 1) * 3.0 + labelSpace();
    }

    /** Tall enough for the whole factor that {@code width} allows, so a column of tiles leaves no gap. */
    @Override
    protected double computePrefHeight(double width) {
        int unitsHigh = down() * (rows + 1) - 1;
        if (width <= 0) {
            return unitsHigh * 3.0;
        }
        int unitsWide = across * (cols + 1) - 1;
        return unitsHigh * Math.max(1, Math.floor((width - labelSpace()) / unitsWide));
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return across * (cols + 1) - 1 + labelSpace();
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
        double space = labelSpace();
        int scale = (int) Math.max(1, Math.floor(Math.min((getWidth() - space) / unitsWide, getHeight() / unitsHigh)));
        if (scale != drawnScale || drawnPixels != pixels) {
            view.setImage(draw(scale, unitsWide, unitsHigh));
            drawnScale = scale;
            drawnPixels = pixels;
        }
        double w = unitsWide * scale;
        double h = unitsHigh * scale;
        view.setFitWidth(w);
        view.setFitHeight(h);
        double x = Math.floor(space + (getWidth() - space - w) / 2);
        view.relocate(x, 0);
        for (int k = 0; k < rowLabels.size(); k++) {
            javafx.scene.control.Label label = rowLabels.get(k);
            double lw = label.prefWidth(-1);
            double lh = label.prefHeight(lw);
            double centre = (k * (rows + 1) + rows / 2.0) * scale;
            label.resizeRelocate(Math.floor(x - LABEL_GAP - lw), Math.floor(centre - lh / 2), lw, lh);
        }
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
        for (java.util.Map.Entry<Integer, Integer> mark : marks.entrySet()) {
            int k = mark.getKey();
            if (k < 0 || k >= count) {
                continue;
            }
            int x0 = (k % across) * (cols + 1) * scale - scale;
            int y0 = (k / across) * (rows + 1) * scale - scale;
            int side = (cols + 2) * scale;
            int tall = (rows + 2) * scale;
            int band = 2 * scale; // the gap and the tile's own border pixel: visible at any size, and at the grid's outer edge
            for (int y = Math.max(0, y0); y < Math.min(height, y0 + tall); y++) {
                boolean edgeRow = y < y0 + band || y >= y0 + tall - band;
                for (int x = Math.max(0, x0); x < Math.min(width, x0 + side); x++) {
                    if (edgeRow || x < x0 + band || x >= x0 + side - band) {
                        argb[y * width + x] = mark.getValue();
                    }
                }
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
