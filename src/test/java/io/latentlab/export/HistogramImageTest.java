package io.latentlab.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistogramImageTest {

    @Test
    void pngDecodesWithTheGeneratedOutline() throws Exception {
        float[] real = {-1.5f, -1.4f, 2f, 2.1f, 1.9f};
        float[] generated = {-1.5f, 2f, 2f};
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(HistogramImage.png(real, generated)));
        assertNotNull(image);
        assertEquals(ScatterImage.SIZE, image.getWidth());
        boolean orange = false;
        for (int y = 0; y < image.getHeight() && !orange; y++) {
            for (int x = 0; x < image.getWidth() && !orange; x++) {
                orange = image.getRGB(x, y) == ScatterImage.GENERATED.getRGB();
            }
        }
        assertTrue(orange, "no orange outline");
    }

    @Test
    void rangeWidensToTheDataAndDensitiesIntegrateToOne() {
        assertArrayEquals(new double[] {-3, 3}, HistogramImage.range(new float[] {0f, 1f}));
        assertArrayEquals(new double[] {-3, 5}, HistogramImage.range(new float[] {5f}));
        assertArrayEquals(new double[] {-10, 3}, HistogramImage.range(new float[] {-50f}));
        double[] range = {-3, 3};
        double[] d = HistogramImage.density(new float[] {-2.9f, 0f, 0.01f, 3f}, range);
        double total = 0;
        for (double v : d) {
            total += v * 6.0 / HistogramImage.BINS;
        }
        assertEquals(1, total, 1e-12);
    }
}
