package io.latentlab.export;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Text chunks read back as written (plain, long and compressed, non-ASCII), and the same input makes the same bytes. */
class PngTextChunksTest {

    @Test
    void textReadsBackAndTheBytesRepeat() throws IOException {
        BufferedImage image = ImageGridImage.draw(new float[] {0f, 0.5f, 1f, 0.25f}, 1, 2, 2, ImageGridLayout.of(1));
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Software", "Latent Lab test");
        text.put("latentlab.long", "0.1,".repeat(1000) + "\n2");
        text.put("latentlab.names", "T-shirt/top × Sneaker — 7");
        byte[] png = PngTextChunks.encode(image, text);
        assertEquals(text, PngTextChunks.read(png));
        assertArrayEquals(png, PngTextChunks.encode(image, text));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(128, back.getRaster().getSample(2 + 2, 2, 0)); // pixel (0, 1), 0.5, after the 2-pixel gap at scale 2
        assertThrows(IOException.class, () -> PngTextChunks.read(new byte[] {1, 2, 3}));
    }

    @Test
    void latentsTextGivesBackTheSameFloatBits() {
        SplittableRandom random = new SplittableRandom(5);
        float[] z = new float[600];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (random.nextGaussian() * Math.pow(10, random.nextInt(-12, 12)));
        }
        z[0] = Float.MIN_VALUE;
        z[1] = -0f;
        z[2] = Float.MAX_VALUE;
        ImageRecipe recipe = new ImageRecipe("m.lab.zip", null, 3L, z, 6, new int[] {1, 2}, ImageGridLayout.of(10),
                Map.of("b", "2", "a", "1"), "latentlab sample");
        ImageRecipe back = ImageRecipe.fromChunks(recipe.chunks(), "x.png");
        for (int i = 0; i < z.length; i++) {
            assertEquals(Float.floatToRawIntBits(z[i]), Float.floatToRawIntBits(back.z()[i]), "value " + i + ": " + z[i]);
        }
        assertEquals(100, back.count());
        assertArrayEquals(new int[] {1, 2}, back.labels());
        assertEquals("a=1\nb=2", recipe.chunks().get(ImageRecipe.RECIPE));
        assertEquals(Map.of("a", "1", "b", "2"), back.recipe());
        assertEquals(ImageGridLayout.of(10), back.layout());
        assertEquals(3L, back.seed());
        assertNull(ImageRecipe.fromChunks(Map.of("Software", "GIMP"), "x.png"));
    }
}
