package io.latentlab.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScatterImageTest {

    @Test
    void pngDecodesWithBothColours() throws Exception {
        float[] real = {2f, 0f, -2f, 0f, 0f, 2f};
        float[] generated = {1f, 1f, -1f, -1f, 9f, 9f};
        byte[] png = ScatterImage.png(real, generated);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO could not decode the PNG");
        assertEquals(ScatterImage.SIZE, image.getWidth());
        assertEquals(ScatterImage.SIZE, image.getHeight());
        assertTrue(contains(image, ScatterImage.REAL.getRGB()), "no blue real points");
        assertTrue(contains(image, ScatterImage.GENERATED.getRGB()), "no orange generated points");
        // the point (2, 0) lands right of the centre, on the horizontal middle line
        assertEquals(ScatterImage.REAL.getRGB(), image.getRGB(ScatterImage.SIZE * 5 / 6, ScatterImage.SIZE / 2));
    }

    private static boolean contains(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }
}
