package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Convolutional GAN model files: identical samples after a round trip, one clear line for a damaged or wrong file. */
class ConvGanFileTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @TempDir
    Path dir;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    private static ModelCard card(ConvGan gan) {
        return new ModelCard(ModelFile.FORMAT_VERSION, gan.kind().cliName(), ConvGanFile.architecture(gan, false), gan.latentSize(),
                new int[] {28, 28}, gan.classNames(), "mnist-test", "md5 x", 3, 7, Map.of(), Map.of("d_loss", 1.5, "g_loss", 0.75),
                AppVersion.VERSION, "latentlab train --model " + gan.kind().cliName(), "2026-11-21T05:00:00Z");
    }

    private static float[] latents(int n, long seed) {
        Random rng = new Random(seed);
        float[] z = new float[n * 64];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        return z;
    }

    @Test
    void dcganAndCganRoundTripToIdenticalSamples() throws IOException {
        for (ConvGan gan : List.of(ConvGan.create(ConvGanKind.DCGAN, 64, List.of(), 3), ConvGan.create(ConvGanKind.CGAN, 64, DIGITS, 4))) {
            // make the per-class scale and shift differ from the identity, so the round trip has something to keep
            if (gan.conditionalNorm() != null) {
                gan.conditionalNorm().params().addi(org.nd4j.linalg.factory.Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT,
                        gan.conditionalNorm().params().length()));
            }
            Path file = dir.resolve(gan.kind().cliName() + ".lab.zip");
            ConvGanFile.save(file, gan, card(gan), new byte[] {1, 2, 3});
            LoadedConvGan loaded = ConvGanFile.load(file);
            assertEquals(gan.kind(), loaded.model().kind());
            assertEquals(gan.classNames(), loaded.card().classNames());
            int[] labels = {0, 3, 9, 5};
            assertArrayEquals(gan.pixels(latents(4, 1), labels, 4), loaded.model().pixels(latents(4, 1), labels, 4));
            assertEquals(3, loaded.previewPng().length);
        }
    }

    @Test
    void wrongKindAndDamagedFilesSayWhatIsWrongInOneLine() throws IOException {
        ConvGan cgan = ConvGan.create(ConvGanKind.CGAN, 64, DIGITS, 4);
        Path good = dir.resolve("c.lab.zip");
        ConvGanFile.save(good, cgan, card(cgan), null);

        Path noNorm = dir.resolve("no-norm.lab.zip");
        copyWithout(good, noNorm, ModelFile.CONDITIONAL_NORM, null);
        BadInputException missing = assertThrows(BadInputException.class, () -> ConvGanFile.load(noNorm));
        assertEquals("no-norm.lab.zip has no conditional_norm.bin, which a conditional GAN needs; the file is incomplete, "
                + "save or train the model again", missing.getMessage());

        Path shortNorm = dir.resolve("short-norm.lab.zip");
        copyWithout(good, shortNorm, ModelFile.CONDITIONAL_NORM, new byte[] {1, 2, 3, 4, 5});
        BadInputException damaged = assertThrows(BadInputException.class, () -> ConvGanFile.load(shortNorm));
        assertTrue(damaged.getMessage().startsWith("short-norm.lab.zip conditional_norm.bin inside it cannot be read as an array"),
                damaged.getMessage());
        assertTrue(!damaged.getMessage().contains("\n"), damaged.getMessage());

        ConvGan dcgan = ConvGan.create(ConvGanKind.DCGAN, 64, List.of(), 3);
        Path dc = dir.resolve("d.lab.zip");
        ConvGanFile.save(dc, dcgan, card(dcgan), null);
        BadInputException notGan = assertThrows(BadInputException.class, () -> ModelFile.load(dc));
        assertEquals("d.lab.zip holds a DCGAN for 28×28 images; open it in the Images tab (Open model… on that tab, or File ▸ Open pretrained)",
                notGan.getMessage());
        BadInputException notAe = assertThrows(BadInputException.class, () -> AutoencoderFile.load(dc));
        assertTrue(notAe.getMessage().contains("not a VAE or autoencoder"), notAe.getMessage());

        Path vaeFile = dir.resolve("vae.lab.zip");
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 28, 28, 2, 1);
        AutoencoderFile.save(vaeFile, vae, new ModelCard(ModelFile.FORMAT_VERSION, "vae", AutoencoderFile.architecture(vae), 2,
                new int[] {28, 28}, List.of(), "mnist", null, 1, 1, Map.of(), Map.of(), AppVersion.VERSION, "x", "t"), null);
        BadInputException notConv = assertThrows(BadInputException.class, () -> ConvGanFile.load(vaeFile));
        assertEquals("vae.lab.zip holds a 'vae' model, not a convolutional GAN; open a model file of kind dcgan or cgan", notConv.getMessage());
    }

    /** A copy of the zip without {@code entry}, or with {@code replacement} in its place. */
    private static void copyWithout(Path from, Path to, String entry, byte[] replacement) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(entry)) {
                    if (replacement == null) {
                        continue;
                    }
                    bytes = replacement;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
