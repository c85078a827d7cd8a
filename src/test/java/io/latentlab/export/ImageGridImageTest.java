package io.latentlab.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageGridImageTest {

    @Test
    void eachPixelIsAScaledBlockInItsCellBetweenGreyGaps() throws IOException {
        float[] pixels = new float[5 * 2 * 3];
        pixels[4 * 6 + 1 * 3 + 2] = 1f; // image 4, row 1, column 2: white
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ImageGridImage.png(pixels, 5, 2, 3)));
        int s = ImageGridImage.SCALE;
        int g = ImageGridImage.GAP;
        assertEquals(3, ImageGridImage.columnsFor(5));
        assertEquals(3 * 3 * s + 4 * g, image.getWidth());
        assertEquals(2 * 2 * s + 3 * g, image.getHeight());
        int x0 = g + 1 * (3 * s + g);
        int y0 = g + 1 * (2 * s + g);
        assertEquals(255, grey(image, x0 + 2 * s, y0 + s));
        assertEquals(255, grey(image, x0 + 2 * s + s - 1, y0 + s + s - 1));
        assertEquals(0, grey(image, x0 + 2 * s - 1, y0 + s));
        assertEquals(0x60, grey(image, 0, 0));
    }

    @Test
    void aLayoutSetsColumnsScalePaddingAndBackground() {
        float[] pixels = new float[3 * 4];
        pixels[2 * 4 + 3] = 1f; // image 2, bottom right: white
        BufferedImage image = ImageGridImage.draw(pixels, 3, 2, 2, new ImageGridLayout(2, 5, 3, 0xe69f00));
        assertEquals(2 * 2 * 5 + 3 * 3, image.getWidth());
        assertEquals(2 * 2 * 5 + 3 * 3, image.getHeight());
        assertEquals(0xe69f00, image.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0xe69f00, image.getRGB(image.getWidth() - 1, image.getHeight() - 1) & 0xFFFFFF); // the empty fourth cell
        int x0 = 3;
        int y0 = 3 + 2 * 5 + 3;
        assertEquals(0xFFFFFF, image.getRGB(x0 + 5, y0 + 5) & 0xFFFFFF);
        assertEquals(0x000000, image.getRGB(x0 + 4, y0 + 5) & 0xFFFFFF);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, ImageGridImage.draw(pixels, 3, 2, 2, new ImageGridLayout(2, 1, 0, 0x202020)).getType());
    }

    private static int grey(BufferedImage image, int x, int y) {
        return image.getRaster().getSample(x, y, 0);
    }
}
