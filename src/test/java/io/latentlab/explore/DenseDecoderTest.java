package io.latentlab.explore;

import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The lean decoder gives DL4J's pixels for the pretrained VAE and a conditional VAE, and the latent model decodes the same bits every time. */
class DenseDecoderTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void matchesDl4jOnThePretrainedVae() {
        ImageAutoencoder vae = AutoencoderFile.load(Path.of("pretrained", "mnist-vae-20.lab.zip")).model();
        DenseDecoder lean = DenseDecoder.of(vae.decoder());
        assertEquals(20, lean.inputs());
        assertEquals(784, lean.outputs());
        float[] z = LatentImages.priorDraws(5, 20, 11);
        float[] expected = LatentImages.decode(vae, z, 5);
        float[] actual = lean.pixels(z, 5);
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, "pixel " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> lean.pixels(new float[19], 1));
    }

    @Test
    void matchesDl4jOnAConditionalVaeWithItsLabels() {
        ImageAutoencoder cvae = AutoencoderFile.load(Path.of("pretrained", "mnist-cvae-4.lab.zip")).model();
        float[] z = LatentImages.priorDraws(3, 4, 2);
        int[] labels = {0, 7, 9};
        float[] expected = LatentImages.decode(cvae, z, labels, 3);
        float[] actual = DenseDecoder.of(cvae.decoder()).pixels(cvae.withLabels(z, 4, labels, 3), 3);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-5, "pixel " + i);
        }
        LatentModel model = LatentModels.open(Path.of("pretrained", "mnist-cvae-4.lab.zip"));
        float[] once = model.decode(z, labels, 3);
        assertArrayEquals(once, model.decode(z, labels, 3));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], once[i], 1e-5, "latent model pixel " + i);
        }
    }
}
