package io.latentlab.explore;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pretrained image models opened as latent models: decoding is deterministic, encoding round-trips, a toy GAN is refused. */
class LatentModelsTest {

    private static final Path PRETRAINED = Path.of("pretrained");

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void aVaeDecodesTheSamePixelsTwiceAndReconstructsWhatItEncodes() {
        LatentModel vae = LatentModels.open(PRETRAINED.resolve("mnist-vae-20.lab.zip"));
        assertEquals(ImageModelKind.VAE, vae.kind());
        assertEquals(20, vae.latentSize());
        assertEquals(784, vae.pixels());
        assertTrue(vae.encodes());
        assertEquals(Math.sqrt(20), vae.priorRadius(), 1e-12);
        float[] z = LatentImages.priorDraws(3, 20, 5);
        float[] once = vae.decode(z, null, 3);
        assertArrayEquals(once, vae.decode(z, null, 3), 0f);
        // the sliders' one-picture decoder gives decode's pixels bit for bit
        LatentModel.PictureDecoder quick = vae.pictureDecoder();
        float[] first = Arrays.copyOf(z, 20);
        assertArrayEquals(vae.decode(first, null, 1), quick.decode(first, -1), 0f);
        assertEquals(3 * 784, once.length);

        ImageSet test = BundledDatasets.load(BundledDataset.MNIST);
        float[] images = Arrays.copyOf(test.pixelsView(), 4 * 784);
        float[] mu = vae.encode(images, null, 4);
        assertEquals(4 * 20, mu.length);
        float[] back = vae.decode(mu, null, 4);
        double err = 0;
        for (int i = 0; i < back.length; i++) {
            err += Math.abs(back[i] - images[i]);
        }
        assertTrue(err / back.length < 0.1, "mean absolute reconstruction error " + err / back.length);
    }

    @Test
    void aConditionalGanTakesALabelPerImageAndHasNoEncoder() {
        LatentModel cgan = LatentModels.open(PRETRAINED.resolve("mnist-cgan.lab.zip"));
        assertEquals(ImageModelKind.CGAN, cgan.kind());
        assertTrue(cgan.conditional());
        assertFalse(cgan.encodes());
        float[] z = LatentImages.priorDraws(2, cgan.latentSize(), 1);
        float[] pixels = cgan.decode(z, new int[] {3, 7}, 2);
        assertEquals(2 * 784, pixels.length);
        assertThrows(UnsupportedOperationException.class, () -> cgan.encode(new float[784], new int[] {1}, 1));
        assertEquals(null, cgan.pictureDecoder(), "a GAN's pictures stay on the explorer thread");
        LatentModel cvae = LatentModels.open(PRETRAINED.resolve("mnist-cvae-4.lab.zip"));
        float[] zc = LatentImages.priorDraws(1, 4, 2);
        assertArrayEquals(cvae.decode(zc, new int[] {6}, 1), cvae.pictureDecoder().decode(zc, 6), 0f);
    }

    @Test
    void aToyGanFileIsRefusedInOneLine() {
        BadInputException e = assertThrows(BadInputException.class, () -> LatentModels.open(PRETRAINED.resolve("ring8-gan.lab.zip")));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("ring8-gan.lab.zip"), e.getMessage());
    }
}
