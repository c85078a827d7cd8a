package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Image autoencoder model files: encoder.zip and decoder.zip beside the card, checked like a GAN's. */
class AutoencoderFileTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    static ModelCard card(ImageAutoencoder model, String kind, int latent) {
        return new ModelCard(ModelFile.FORMAT_VERSION, kind, AutoencoderFile.architecture(model), latent,
                new int[] {model.rows(), model.cols()}, model.classNames(), "synthetic", "generated in code", 10, 4,
                Map.of("beta", 1.0), Map.of(AutoencoderFile.TEST_NEG_ELBO, 101.5), AppVersion.VERSION, "test",
                Instant.EPOCH.toString());
    }

    @Test
    void roundTripKeepsKindNetworksAndCard() throws IOException {
        for (AutoencoderKind kind : AutoencoderKind.values()) {
            ImageAutoencoder model = ImageAutoencoder.create(kind, 6, 5, 3,
                    kind.conditional() ? List.of("left", "right") : List.of(), 11);
            Path file = dir.resolve(kind.cliName() + ".lab.zip");
            AutoencoderFile.save(file, model, card(model, kind.cliName(), 3), new byte[] {1, 2});
            LoadedAutoencoder loaded = AutoencoderFile.load(file);
            assertEquals(kind, loaded.model().kind());
            assertEquals(3, loaded.model().latentSize());
            assertEquals(6, loaded.model().rows());
            assertEquals(5, loaded.model().cols());
            assertArrayEquals(model.encoder().params().toFloatVector(), loaded.model().encoder().params().toFloatVector());
            assertArrayEquals(model.decoder().params().toFloatVector(), loaded.model().decoder().params().toFloatVector());
            assertEquals(101.5, loaded.card().metrics().get(AutoencoderFile.TEST_NEG_ELBO));
            assertEquals(2, loaded.previewPng().length);
        }
    }

    @Test
    void cardThatDisagreesWithTheNetworksIsRefusedBeforeWriting() {
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 4, 4, 2, 1);
        Path file = dir.resolve("bad.lab.zip");
        BadInputException wrongKind = assertThrows(BadInputException.class,
                () -> AutoencoderFile.save(file, vae, card(vae, "ae", 2), null));
        assertTrue(wrongKind.getMessage().contains("card.json says kind 'ae' but the model is a vae"), wrongKind.getMessage());
        BadInputException wrongLatent = assertThrows(BadInputException.class,
                () -> AutoencoderFile.save(file, vae, card(vae, "vae", 5), null));
        assertTrue(wrongLatent.getMessage().contains("latent size 5 but the decoder takes 2"), wrongLatent.getMessage());
    }

    @Test
    void aGanFileIsNotAnAutoencoderAndAnAutoencoderIsNotAGan() throws IOException {
        Gan gan = Gan.create(GanShape.toy2d(), 3, NoisePrior.GAUSSIAN);
        Path ganFile = dir.resolve("gan.lab.zip");
        ModelFile.saveGan(ganFile, gan, new io.latentlab.train.TrainedGan(gan, io.latentlab.data.GaussianRing.ring8(),
                io.latentlab.train.GanHyperparameters.defaults(3), 0).card("test", Map.of()), null);
        BadInputException notAe = assertThrows(BadInputException.class, () -> AutoencoderFile.load(ganFile));
        assertEquals("gan.lab.zip holds a GAN of 2-D points; open it in the Toy lab (File ▸ Open model…)",
                notAe.getMessage());

        ImageAutoencoder ae = ImageAutoencoder.create(AutoencoderKind.AE, 4, 4, 2, 1);
        Path aeFile = dir.resolve("ae.lab.zip");
        AutoencoderFile.save(aeFile, ae, card(ae, "ae", 2), null);
        BadInputException notGan = assertThrows(BadInputException.class, () -> ModelFile.load(aeFile));
        assertEquals("ae.lab.zip holds an autoencoder for 4×4 images; open it in the Images tab (Open model… on that tab,"
                + " or File ▸ Open pretrained)", notGan.getMessage());
    }
}
