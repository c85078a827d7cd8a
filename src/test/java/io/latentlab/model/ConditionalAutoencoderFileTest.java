package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conditional VAE's model file: class names on the card, the label inputs in the networks, strict kinds. */
class ConditionalAutoencoderFileTest {

    private static final List<String> CLASSES = List.of("square", "ellipse", "heart");

    @TempDir
    Path dir;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void networksReadTheOneHotLabelBesidePixelsAndLatents() {
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 6, 5, 4, CLASSES, 3);
        assertEquals(3, cvae.classes());
        assertEquals(4, cvae.latentSize());
        assertEquals("encoder 33-512-8, decoder 7-512-30 (logit)", cvae.describe());
        float[] joined = cvae.withLabels(new float[] {1, 2, 3, 4}, 2, new int[] {2, 0}, 2);
        assertArrayEquals(new float[] {1, 2, 0, 0, 1, 3, 4, 1, 0, 0}, joined);
        assertThrows(IllegalArgumentException.class, () -> cvae.withLabels(new float[4], 2, new int[] {3, 0}, 2));
        assertThrows(IllegalArgumentException.class,
                () -> ImageAutoencoder.create(AutoencoderKind.CVAE, 6, 5, 4, List.of("only"), 3));
        assertThrows(IllegalArgumentException.class,
                () -> ImageAutoencoder.create(AutoencoderKind.VAE, 6, 5, 4, CLASSES, 3));
    }

    @Test
    void saveAndLoadGiveIdenticalSamplesForEveryLabel() throws IOException {
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 6, 5, 4, CLASSES, 3);
        Path file = dir.resolve("cvae.lab.zip");
        AutoencoderFile.save(file, cvae, AutoencoderFileTest.card(cvae, "cvae", 4), null);
        LoadedAutoencoder loaded = AutoencoderFile.load(file);
        assertEquals(AutoencoderKind.CVAE, loaded.model().kind());
        assertEquals(CLASSES, loaded.model().classNames());
        assertEquals(CLASSES, loaded.card().classNames());
        float[] z = LatentImages.repeatedRows(LatentImages.priorDraws(5, 4, 9), 5, 4, 3);
        int[] labels = LatentImages.classRows(3, 5);
        float[] before = LatentImages.decode(cvae, z, labels, 15);
        float[] after = LatentImages.decode(loaded.model(), z, labels, 15);
        assertArrayEquals(before, after);
        // the label changes the picture: the same z under class 0 and class 1
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(after, 0, 30),
                java.util.Arrays.copyOfRange(after, 5 * 30, 6 * 30)));
        assertEquals(loaded.model().kind(), AutoencoderFile.load(file, AutoencoderKind.CVAE).model().kind());
    }

    @Test
    void aCvaeWhereAVaeIsExpectedAndTheOtherWayRoundGiveOneClearLine() throws IOException {
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 4, 4, 2, CLASSES, 1);
        Path cvaeFile = dir.resolve("c.lab.zip");
        AutoencoderFile.save(cvaeFile, cvae, AutoencoderFileTest.card(cvae, "cvae", 2), null);
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 4, 4, 2, 1);
        Path vaeFile = dir.resolve("v.lab.zip");
        AutoencoderFile.save(vaeFile, vae, AutoencoderFileTest.card(vae, "vae", 2), null);

        BadInputException asVae = assertThrows(BadInputException.class, () -> AutoencoderFile.load(cvaeFile, AutoencoderKind.VAE));
        assertEquals("c.lab.zip holds a conditional VAE (cvae), not a variational autoencoder (vae); open a model file of kind vae",
                asVae.getMessage());
        BadInputException asCvae = assertThrows(BadInputException.class, () -> AutoencoderFile.load(vaeFile, AutoencoderKind.CVAE));
        assertEquals("v.lab.zip holds a variational autoencoder (vae), not a conditional VAE (cvae); open a model file of kind cvae",
                asCvae.getMessage());
    }

    @Test
    void classNamesThatDisagreeWithTheNetworksAreRefused() throws IOException {
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 4, 4, 2, CLASSES, 1);
        ModelCard right = AutoencoderFileTest.card(cvae, "cvae", 2);
        ModelCard twoNames = new ModelCard(right.formatVersion(), "cvae", right.architecture(), 2, right.dataShape(),
                List.of("a", "b"), right.dataset(), right.datasetChecksum(), right.trainingSteps(), right.seed(),
                right.hyperparameters(), right.metrics(), right.appVersion(), right.command(), right.created());
        BadInputException e = assertThrows(BadInputException.class,
                () -> AutoencoderFile.save(dir.resolve("x.lab.zip"), cvae, twoNames, null));
        assertTrue(e.getMessage().contains("card.json names the classes [a, b] but the model has [square, ellipse, heart]"),
                e.getMessage());
    }
}
