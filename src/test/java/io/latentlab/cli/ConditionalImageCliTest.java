package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --model cvae} on a tiny labelled IDX folder, then {@code info} and {@code sample} with and without {@code --label}. */
class ConditionalImageCliTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path model;

    @BeforeAll
    static void trainOnATinyLabelledFolder() throws IOException {
        data = Files.createDirectories(dir.resolve("tiny"));
        ImageTrainCliTest.writeImages(data.resolve("train-images-idx3-ubyte.gz"), 300, 8, 0x803, 1);
        writeLabels(data.resolve("train-labels-idx1-ubyte.gz"), 300, 3);
        ImageTrainCliTest.writeImages(data.resolve("t10k-images-idx3-ubyte.gz"), 60, 8, 0x803, 2);
        writeLabels(data.resolve("t10k-labels-idx1-ubyte.gz"), 60, 3);
        model = dir.resolve("tiny-cvae.lab.zip");
        CliRun run = CliRun.of("train", "--model", "cvae", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--latent", "2", "--batch", "50", "--seed", "7", "--out", model.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("trained cvae (encoder 67-512-4, decoder 5-512-64 (logit)) on mnist: 1 epochs, 6 steps"),
                run::toString);
        assertTrue(run.out().contains("test-set conditional negative ELBO "), run::toString);
    }

    /** Labels 0, 1, 2, 0, 1, … as an IDX label file. */
    static void writeLabels(Path file, int count, int classes) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(0x801);
            out.writeInt(count);
            for (int i = 0; i < count; i++) {
                out.writeByte(i % classes);
            }
        }
    }

    @Test
    void infoNamesTheClassesAndTheConditionalBound() {
        CliRun info = CliRun.of("info", model.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.out().contains("kind: cvae\n"), info::toString);
        assertTrue(info.out().contains("classes: 0, 1, 2\n"), info::toString);
        assertTrue(info.out().contains("test-set negative ELBO (conditional, given each image's label): "), info::toString);
        assertTrue(info.out().contains("conditioning=one-hot label of 3 classes"), info::toString);
    }

    @Test
    void sampleWritesTheAskedClassOrARowPerClass() throws IOException {
        Path npy = dir.resolve("one.npy");
        CliRun one = CliRun.of("sample", "--model", model.toString(), "--label", "2", "--n", "5", "--out", npy.toString());
        assertEquals(0, one.status(), one::toString);
        assertTrue(one.out().contains("class 2 '2'"), one::toString);
        byte[] bytes = Files.readAllBytes(npy);
        String header = new String(bytes, 10, (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'shape': (5, 8, 8)"), header);

        Path png = dir.resolve("rows.png");
        CliRun rows = CliRun.of("sample", "--model", model.toString(), "--n", "4", "--out", png.toString());
        assertEquals(0, rows.status(), rows::toString);
        assertTrue(rows.out().contains("wrote 12 images") && rows.out().contains("4 of each of the 3 classes"), rows::toString);
        BufferedImage grid = ImageIO.read(png.toFile());
        assertEquals(4 * 8 * 2 + 5 * 2, grid.getWidth());
        assertEquals(3 * 8 * 2 + 4 * 2, grid.getHeight());
    }

    @Test
    void badLabelsAndUnlabelledDataAreOneLine() throws IOException {
        CliRun wrongLabel = CliRun.of("sample", "--model", model.toString(), "--label", "7", "--n", "5", "--out",
                dir.resolve("x.npy").toString());
        assertEquals(2, wrongLabel.status(), wrongLabel::toString);
        assertEquals("latentlab sample: --label 7 is not a class of tiny-cvae.lab.zip: give 0..2\n", wrongLabel.err());
        Path unlabelled = Files.createDirectories(dir.resolve("unlabelled"));
        ImageTrainCliTest.writeImages(unlabelled.resolve("train-images-idx3-ubyte.gz"), 20, 8, 0x803, 5);
        ImageTrainCliTest.writeImages(unlabelled.resolve("t10k-images-idx3-ubyte.gz"), 20, 8, 0x803, 6);
        CliRun run = CliRun.of("train", "--model", "cvae", "--data", "mnist", "--data-dir", unlabelled.toString(), "--epochs",
                "1", "--out", dir.resolve("y.lab.zip").toString());
        assertEquals(2, run.status(), run::toString);
        assertTrue(run.err().startsWith("latentlab train: unlabelled-train has no labels, which a conditional model (cvae) "
                + "learns from"), run::toString);
        assertEquals(1, run.err().strip().lines().count(), run::toString);
    }
}
