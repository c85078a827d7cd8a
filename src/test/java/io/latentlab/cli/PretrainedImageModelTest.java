package io.latentlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code info} and {@code sample} on the image models in {@code pretrained/}, as shipped in the repository. */
class PretrainedImageModelTest {

    static final Path VAE_20 = Path.of("pretrained", "mnist-vae-20.lab.zip");
    static final Path AE_20 = Path.of("pretrained", "mnist-ae-20.lab.zip");

    @TempDir
    Path dir;

    @Test
    void theMnistVaeMeetsTheIssuesBarOnTheTestSet() {
        CliRun info = CliRun.of("info", VAE_20.toString());
        assertEquals(0, info.status(), info::toString);
        Matcher m = Pattern.compile("test-set negative ELBO: ([0-9.]+) nats per image").matcher(info.out());
        assertTrue(m.find(), info::toString);
        double elbo = Double.parseDouble(m.group(1));
        assertTrue(elbo > 60 && elbo <= 106, () -> "negative ELBO " + elbo);
        assertTrue(info.out().contains("on 10000 test images"), info::toString);
        assertTrue(info.out().contains("command: latentlab train --model vae --data mnist --data-dir "), info::toString);
        assertTrue(info.out().contains("epochs=10"), info::toString);
        assertTrue(info.out().contains("seed: 1234\n"), info::toString);
    }

    @Test
    void samplesAreImagesInTheUnitRangeAsNpyAndPng() throws IOException {
        Path npy = dir.resolve("s.npy");
        CliRun run = CliRun.of("sample", "--model", VAE_20.toString(), "--n", "64", "--seed", "5", "--out", npy.toString());
        assertEquals(0, run.status(), run::toString);
        byte[] bytes = Files.readAllBytes(npy);
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4'") && header.contains("'shape': (64, 28, 28)"), header);
        assertEquals(10 + headerLength + 4 * 64 * 784, bytes.length);
        ByteBuffer data = ByteBuffer.wrap(bytes, 10 + headerLength, 4 * 64 * 784).order(ByteOrder.LITTLE_ENDIAN);
        double sum = 0;
        float max = 0;
        for (int i = 0; i < 64 * 784; i++) {
            float v = data.getFloat();
            assertTrue(v >= 0 && v <= 1, "pixel " + v);
            sum += v;
            max = Math.max(max, v);
        }
        double mean = sum / (64 * 784);
        // MNIST's mean pixel is 0.13: mostly dark background with bright strokes
        assertTrue(mean > 0.05 && mean < 0.25 && max > 0.9, "mean " + mean + ", max " + max);

        Path png = dir.resolve("s.png");
        CliRun image = CliRun.of("sample", "--model", VAE_20.toString(), "--n", "64", "--seed", "5", "--out", png.toString());
        assertEquals(0, image.status(), image::toString);
        BufferedImage grid = ImageIO.read(png.toFile());
        int side = 8 * 28 * 2 + 9 * 2;
        assertEquals(side, grid.getWidth());
        assertEquals(side, grid.getHeight());

        Path again = dir.resolve("again.npy");
        CliRun.of("sample", "--model", VAE_20.toString(), "--n", "64", "--seed", "5", "--out", again.toString());
        assertArrayEquals(bytes, Files.readAllBytes(again));
    }

    @Test
    void theAutoencoderSaysItHasNoPriorAndCsvIsRefused() {
        Path npy = dir.resolve("ae.npy");
        CliRun run = CliRun.of("sample", "--model", AE_20.toString(), "--n", "4", "--out", npy.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("a plain autoencoder has no prior"), run::toString);
        CliRun csv = CliRun.of("sample", "--model", AE_20.toString(), "--n", "4", "--out", dir.resolve("x.csv").toString());
        assertEquals(2, csv.status(), csv::toString);
        assertEquals(1, csv.errLines().size(), csv::toString);
        assertTrue(csv.err().contains("makes images, which a points .csv cannot hold"), csv::toString);
    }
}
