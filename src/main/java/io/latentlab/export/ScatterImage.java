package io.latentlab.export;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A scatter plot of 2-D points as a PNG: real points in blue, generated ones in orange, on the
 * square [-3, 3]² with faint axes. It is the model file's {@code preview.png}, drawn with Java2D
 * on a {@link BufferedImage} so it works headless ({@code java.awt.headless=true}). Dots are
 * plain 3×3 squares without anti-aliasing: exact colours, and fast for thousands of points.
 */
public final class ScatterImage {

    /** Matplotlib's default blue and orange, so previews look like the peers' plots. */
    public static final Color REAL = new Color(31, 119, 180);
    public static final Color GENERATED = new Color(255, 127, 14);
    public static final int SIZE = 400;
    public static final double EXTENT = 3.0;

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color AXES = new Color(220, 220, 220);
    private static final int DOT = 3;

    private ScatterImage() {
    }

    /** PNG bytes of a {@value #SIZE}×{@value #SIZE} plot; either array may be empty (x0, y0, x1, y1, ...). */
    public static byte[] png(float[] real, float[] generated) {
        return encode(draw(real, generated, SIZE));
    }

    /** The plot as an image, {@code size} pixels square. */
    public static BufferedImage draw(float[] real, float[] generated, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, size, size);
            g.setColor(AXES);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(size / 2.0, 0, size / 2.0, size));
            g.draw(new Line2D.Double(0, size / 2.0, size, size / 2.0));
            dots(g, real, REAL, size);
            dots(g, generated, GENERATED, size);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void dots(Graphics2D g, float[] points, Color colour, int size) {
        g.setColor(colour);
        double scale = size / (2 * EXTENT);
        for (int i = 0; i + 1 < points.length; i += 2) {
            double px = (points[i] + EXTENT) * scale;
            double py = (EXTENT - points[i + 1]) * scale;
            if (px >= 0 && px < size && py >= 0 && py < size) {
                g.fillRect((int) px - DOT / 2, (int) py - DOT / 2, DOT, DOT);
            }
        }
    }

    static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
