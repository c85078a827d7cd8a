package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The discriminator's output over the plot as a heatmap: one pixel per grid cell of a
 * {@link FieldSnapshot} written into a small image, which the view scales smoothly onto the
 * plot area. Redrawn only when a new snapshot comes, and then it is one bulk pixel write, not a
 * rectangle per cell.
 */
final class DiscriminatorHeatmap extends ImageView {

    private WritableImage image;
    private int[] pixels;

    DiscriminatorHeatmap() {
        setManaged(false);
        setSmooth(true);
        setMouseTransparent(true);
    }

    /** Paints {@code fields}' grid; null clears the image. */
    void show(FieldSnapshot fields) {
        if (fields == null) {
            setImage(null);
            return;
        }
        int n = fields.gridSize();
        if (image == null || (int) image.getWidth() != n) {
            image = new WritableImage(n, n);
            pixels = new int[n * n];
        }
        DiscriminatorScale scale = DiscriminatorScale.of(fields);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                pixels[r * n + c] = scale.argb(fields.discriminatorAt(r, c));
            }
        }
        image.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), pixels, 0, n);
        setImage(image);
    }

    /** Covers the square plot area at ({@code left}, {@code top}) with side {@code side}. */
    void place(double left, double top, double side) {
        setFitWidth(side);
        setFitHeight(side);
        relocate(left, top);
    }
}
