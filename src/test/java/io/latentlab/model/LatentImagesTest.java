package io.latentlab.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatentImagesTest {

    @Test
    void thePlaneGridRunsRightAlongZ1AndUpAlongZ2() {
        float[] z = LatentImages.planeGrid(3, 3.0);
        assertArrayEquals(new float[] {-3, 3, 0, 3, 3, 3, -3, 0, 0, 0, 3, 0, -3, -3, 0, -3, 3, -3}, z);
    }

    @Test
    void priorDrawsAreSeededAndStandardNormal() {
        float[] z = LatentImages.priorDraws(20_000, 2, 9);
        assertArrayEquals(z, LatentImages.priorDraws(20_000, 2, 9));
        double sum = 0;
        double squares = 0;
        for (float v : z) {
            sum += v;
            squares += v * v;
        }
        double mean = sum / z.length;
        double variance = squares / z.length - mean * mean;
        assertEquals(0, mean, 0.03);
        assertEquals(1, variance, 0.03);
    }

    @Test
    void decodedImagesArePixelMeansInTheUnitRange() {
        ImageAutoencoder model = ImageAutoencoder.create(AutoencoderKind.VAE, 4, 5, 3, 11);
        float[] pixels = LatentImages.decode(model, LatentImages.priorDraws(2, 3, 1), 2);
        assertEquals(2 * 20, pixels.length);
        for (float p : pixels) {
            assertTrue(p > 0 && p < 1, "pixel " + p);
        }
        float[] one = LatentImages.decode(model, LatentImages.priorDraws(1, 3, 1), 1);
        for (int i = 0; i < 20; i++) {
            assertEquals(pixels[i], one[i], 1e-6);
        }
    }
}
