package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --model dcgan|cgan} on a tiny labelled 28×28 IDX folder, then {@code sample}, {@code info} and the exit codes. */
class ConvGanCliTest {

    @TempDir
    static Path dir;
    static Path data;
    static Path cgan;

    @BeforeAll
    static void trainTinyCgan() throws IOException {
        data = Files.createDirectories(dir.resolve("tiny"));
        ImageTrainCliTest.writeImages(data.resolve("train-images-idx3-ubyte.gz"), 24, 28, 0x803, 1);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(data.resolve("train-labels-idx1-ubyte.gz"))))) {
            out.writeInt(0x801);
            out.writeInt(24);
            for (int i = 0; i < 24; i++) {
                out.writeByte(i % 10);
            }
        }
        cgan = dir.resolve("tiny-cgan.lab.zip");
        CliRun run = CliRun.of("train", "--model", "cgan", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--batch", "8", "--seed", "3", "--spectral-norm", "--loss", "hinge", "--out", cgan.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("trained cgan on mnist: 1 epochs, 3 steps"), run::toString);
    }

    @Test
    void cganSamplesAskedClassOrOneRowPerClassAndInfoNamesTheClasses() throws IOException {
        Path npy = dir.resolve("sevens.npy");
        CliRun seven = CliRun.of("sample", "--model", cgan.toString(), "--n", "5", "--label", "7", "--out", npy.toString());
        assertEquals(0, seven.status(), seven::toString);
        assertTrue(seven.out().contains("all of class 7"), seven::toString);
        assertEquals(128 + 5 * 28 * 28 * 4, Files.size(npy)); // a 128-byte .npy header, then float32 5×28×28

        Path png = dir.resolve("grid.png");
        CliRun grid = CliRun.of("sample", "--model", cgan.toString(), "--n", "20", "--out", png.toString());
        assertEquals(0, grid.status(), grid::toString);
        assertTrue(grid.out().contains("class after class (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)"), grid::toString);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(2 * 56 + 3 * 2, image.getWidth()); // two images (one class) a row
        assertEquals(10 * 56 + 11 * 2, image.getHeight());

        CliRun info = CliRun.of("info", cgan.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.out().contains("kind: cgan\n"), info::toString);
        assertTrue(info.out().contains("classes: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9\n"), info::toString);
        assertTrue(info.out().contains("parameters: generator 603969, discriminator 149057\n"), info::toString);
        assertTrue(info.out().contains("final losses: D "), info::toString);
        assertTrue(info.out().contains("training steps: 3\n"), info::toString);
        assertTrue(info.out().contains("discriminator_spectral_norm=true"), info::toString);
    }

    @Test
    void dcganTrainsAndBadRequestsExitWithTwoAndOneLine() throws IOException {
        Path unlabelled = Files.createDirectories(dir.resolve("unlabelled"));
        ImageTrainCliTest.writeImages(unlabelled.resolve("train-images-idx3-ubyte.gz"), 4, 28, 0x803, 1);
        Path dcgan = dir.resolve("tiny-dcgan.lab.zip");
        CliRun run = CliRun.of("train", "--model", "dcgan", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--batch", "12", "--out", dcgan.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("trained dcgan on mnist: 1 epochs, 2 steps"), run::toString);

        assertBad(CliRun.of("sample", "--model", dcgan.toString(), "--n", "4", "--label", "3", "--out", dir.resolve("x.png").toString()),
                "--label is for conditional models (cgan, cvae), but this model is a dcgan; leave --label out");
        assertBad(CliRun.of("sample", "--model", cgan.toString(), "--n", "4", "--label", "12", "--out", dir.resolve("x.png").toString()),
                "--label 12 is not a class of this model: give 0..9 or one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9");
        assertBad(CliRun.of("train", "--model", "dcgan", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                        "--loss", "wasserstein-gp", "--out", dir.resolve("w.lab.zip").toString()),
                "the wasserstein-gp loss needs a second backpropagation through the convolutions and batch normalisation, which the "
                        + "image GANs do not have; use --loss hinge or least-squares (with --spectral-norm for a Lipschitz-bounded "
                        + "discriminator) instead");
        assertBad(CliRun.of("train", "--model", "gan", "--data", "ring8", "--iterations", "5", "--spectral-norm",
                "--out", dir.resolve("g.lab.zip").toString()), "--spectral-norm is for the image GANs (dcgan, cgan); leave it out for gan");
        assertBad(CliRun.of("train", "--model", "cgan", "--data", "mnist", "--data-dir", unlabelled.toString(), "--epochs", "1",
                "--out", dir.resolve("s.lab.zip").toString()), "which the conditional GAN learns from; put "
                + "train-labels-idx1-ubyte.gz beside the images or use --model dcgan");
    }

    @Test
    void emaDecayKeepsTheGeneratorsAverageAndSaysSoOnTheCard() throws IOException {
        Path ema = dir.resolve("tiny-ema.lab.zip");
        CliRun run = CliRun.of("train", "--model", "dcgan", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--batch", "12", "--ema-decay", "0.5", "--out", ema.toString());
        assertEquals(0, run.status(), run::toString);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ema.toFile())) {
            String card = new String(zip.getInputStream(zip.getEntry("card.json")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(card.matches("(?s).*\"generator_average_decay\"\\s*:\\s*0\\.5.*"), card);
        }
        assertBad(CliRun.of("train", "--model", "dcgan", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--ema-decay", "1", "--out", dir.resolve("e.lab.zip").toString()),
                "--ema-decay must be at least 0 and below 1, got 1.0; 0.999 is usual, 0 turns the average off");
    }

    @Test
    void benchPrintsTheDcganFigures() {
        CliRun run = CliRun.of("bench", "--only", "dcgan", "--quick");
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().matches("(?s).*\\ndcgan\\.iters_per_sec [0-9.e+-]+ it/s\\ndcgan\\.ms_per_iter [0-9.e+-]+ ms\\n.*"), run::toString);
        assertTrue(run.out().contains("# dcgan: DCGAN G 539969 / D 138817 parameters"), run::toString);
        assertTrue(run.out().contains("the peer's synthetic blobs"), run::toString);
    }

    private static void assertBad(CliRun run, String message) {
        assertEquals(2, run.status(), run::toString);
        String err = run.err().strip();
        assertTrue(!err.contains("\n"), run::toString);
        if (message != null) {
            assertTrue(err.endsWith(message), () -> "expected …" + message + "\ngot " + err);
        }
    }
}
