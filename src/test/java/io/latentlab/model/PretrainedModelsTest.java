package io.latentlab.model;

import io.latentlab.data.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pretrained folder listed from the cards alone, the model a teacher sees first, and the one
 * line a place gives for a model file of a kind it does not open (or that no place of this
 * version opens).
 */
class PretrainedModelsTest {

    @TempDir
    Path dir;

    @Test
    void listsTheShippedFolderFromItsCards() {
        Path folder = PretrainedModels.locate().orElseThrow();
        assertEquals(Path.of("pretrained").toAbsolutePath().normalize(), folder);
        List<PretrainedModel> models = PretrainedModels.list(folder);
        PretrainedModel vae20 = byName(models, "mnist-vae-20");
        assertEquals("VAE · MNIST · 20 latents · test −ELBO 104.7 nats · opens in the Images tab", vae20.description());
        assertEquals("Autoencoder · MNIST · 20 latents · test reconstruction 67.3 nats · opens in the Images tab",
                byName(models, "mnist-ae-20").description());
        assertEquals("GAN · ring8 · 2 latents · 8 modes covered · opens in the Toy lab", byName(models, "ring8-gan").description());
        assertEquals(ModelPlace.TOY_LAB, byName(models, "ring8-gan").place());
        assertEquals("mnist-vae-20", PretrainedModels.first(models).orElseThrow().name());
    }

    @Test
    void looksBesideTheClassesAndWhereThePropertyPoints() throws Exception {
        Path classes = Path.of(PretrainedModels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // target/classes under mvn javafx:run and the tests, target/latentlab-0.1.0.jar when packaged: two up is the project
        assertTrue(PretrainedModels.candidates().contains(classes.getParent().getParent().resolve("pretrained").normalize()),
                PretrainedModels.candidates()::toString);
        System.setProperty(PretrainedModels.PROPERTY, dir.toString());
        try {
            assertEquals(dir.toAbsolutePath().normalize(), PretrainedModels.locate().orElseThrow());
        } finally {
            System.clearProperty(PretrainedModels.PROPERTY);
        }
    }

    @Test
    void anUnknownKindIsListedAndSaysSoAndADamagedFileSaysWhatIsWrong() throws IOException {
        ForeignModelFile.write(dir.resolve("mnist-diffusion.lab.zip"), "diffusion", "unet.zip");
        Files.writeString(dir.resolve("broken.lab.zip"), "not a zip");
        Files.writeString(dir.resolve("notes.txt"), "not listed");
        List<PretrainedModel> models = PretrainedModels.list(dir);
        assertEquals(List.of("broken", "mnist-diffusion"), models.stream().map(PretrainedModel::name).toList());
        assertNull(models.get(0).card());
        assertTrue(models.get(0).description().startsWith("broken.lab.zip is not a zip file"), models.get(0).description());
        assertEquals("'diffusion' model · MNIST · 8 latents · needs a newer Latent Lab", models.get(1).description());
        assertTrue(PretrainedModels.first(models).isEmpty(), "nothing here the Images tab opens");

        BadInputException inToyLab = assertThrows(BadInputException.class, () -> ModelFile.load(dir.resolve("mnist-diffusion.lab.zip")));
        assertEquals("mnist-diffusion.lab.zip holds a 'diffusion' model for 28×28 images, which this version"
                + " of Latent Lab cannot open; update Latent Lab to open it", inToyLab.getMessage());
        BadInputException inImages = assertThrows(BadInputException.class,
                () -> AutoencoderFile.load(dir.resolve("mnist-diffusion.lab.zip")));
        assertEquals(inToyLab.getMessage(), inImages.getMessage());
    }

    @Test
    void eachPlaceNamesWhereTheFileOpens() throws IOException {
        Path vae = Path.of("pretrained", "mnist-vae-20.lab.zip");
        BadInputException inToyLab = assertThrows(BadInputException.class, () -> ModelFile.load(vae));
        assertEquals("mnist-vae-20.lab.zip holds a VAE for 28×28 images; open it in the Images tab (Open model… on that tab,"
                + " or File ▸ Open pretrained)", inToyLab.getMessage());
        BadInputException inImages = assertThrows(BadInputException.class,
                () -> AutoencoderFile.load(Path.of("pretrained", "ring8-gan.lab.zip")));
        assertEquals("ring8-gan.lab.zip holds a GAN of 2-D points; open it in the Toy lab (File ▸ Open model…)",
                inImages.getMessage());
        assertEquals("vae", ModelCards.require(vae, ModelPlace.IMAGES).kind());

        Path noCard = dir.resolve("empty.lab.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(noCard))) {
            zip.putNextEntry(new ZipEntry("other.txt"));
            zip.closeEntry();
        }
        assertTrue(assertThrows(BadInputException.class, () -> ModelCards.peek(noCard)).getMessage()
                .startsWith("empty.lab.zip has no card.json, so it is not a Latent Lab model file"));
        Path bigCard = dir.resolve("big.lab.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bigCard))) {
            zip.putNextEntry(new ZipEntry(ModelFile.CARD));
            zip.write(new byte[(1 << 20) + 1]);
            zip.closeEntry();
        }
        assertEquals("big.lab.zip card.json inside it unpacks to more than 1 MiB, far more than any model card, so it is not opened;"
                + " open a .lab.zip saved by Latent Lab or written by 'latentlab train'",
                assertThrows(BadInputException.class, () -> ModelCards.peek(bigCard)).getMessage());
    }

    private static PretrainedModel byName(List<PretrainedModel> models, String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }
}
