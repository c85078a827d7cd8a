package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train --model vae|ae} on a tiny synthetic IDX folder, then {@code info} on what it wrote. */
class ImageTrainCliTest {

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void idxFolder() throws IOException {
        data = Files.createDirectories(dir.resolve("tiny"));
        writeImages(data.resolve("train-images-idx3-ubyte.gz"), 300, 8, 0x803, 1);
        writeImages(data.resolve("t10k-images-idx3-ubyte.gz"), 60, 8, 0x803, 2);
    }

    /** Blobs of random brightness on a black 8×8 canvas, as IDX bytes. */
    static void writeImages(Path file, int count, int side, int magic, long seed) throws IOException {
        Random rng = new Random(seed);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(magic);
            out.writeInt(count);
            out.writeInt(side);
            out.writeInt(side);
            for (int i = 0; i < count; i++) {
                int r0 = rng.nextInt(side - 3);
                int c0 = rng.nextInt(side - 3);
                for (int r = 0; r < side; r++) {
                    for (int c = 0; c < side; c++) {
                        boolean on = r >= r0 && r < r0 + 3 && c >= c0 && c < c0 + 3;
                        out.writeByte(on ? 155 + rng.nextInt(100) : 0);
                    }
                }
            }
        }
    }

    private static CliRun train(String kind, Path out, String... extra) {
        String[] base = {"train", "--model", kind, "--data", "mnist", "--data-dir", data.toString(), "--epochs", "2",
                "--latent", "2", "--batch", "32", "--seed", "7", "--out", out.toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void vaeTrainsSavesAndInfoReportsItsTestSetNegativeElbo() throws IOException {
        Path model = dir.resolve("tiny-vae.lab.zip");
        Path metrics = dir.resolve("vae.csv");
        CliRun run = train("vae", model, "--beta", "0.5", "--metrics", metrics.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("epoch 2/2 done: mean negative ELBO "), run::toString);
        assertTrue(run.out().contains("trained vae (encoder 64-512-4, decoder 2-512-64 (logit)) on mnist: 2 epochs, 20 steps"), run::toString);
        assertTrue(run.out().contains("test-set negative ELBO "), run::toString);
        assertEquals(21, Files.readAllLines(metrics).size()); // header and ⌈300 / 32⌉ = 10 steps an epoch

        CliRun info = CliRun.of("info", model.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.out().contains("kind: vae\n"), info::toString);
        assertTrue(info.out().contains("latent size: 2\n"), info::toString);
        assertTrue(info.out().contains("data shape: [8, 8]\n"), info::toString);
        assertTrue(info.out().contains("test-set negative ELBO: "), info::toString);
        assertTrue(info.out().contains("nats per image (Bernoulli, summed over pixels; reconstruction "), info::toString);
        assertTrue(info.out().contains("single-sample estimate on 60 test images"), info::toString);
        assertTrue(info.out().contains("beta=0.5"), info::toString);
        assertTrue(info.out().contains("command: latentlab train --model vae --data mnist"), info::toString);
    }

    @Test
    void autoencoderHasNoKlTerm() {
        Path model = dir.resolve("tiny-ae.lab.zip");
        CliRun run = train("ae", model);
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("trained ae (encoder 64-512-2, decoder 2-512-64 (logit))"), run::toString);
        CliRun info = CliRun.of("info", model.toString());
        assertTrue(info.out().contains("kind: ae\n"), info::toString);
        assertTrue(info.out().contains("test-set reconstruction cross-entropy: "), info::toString);
        assertTrue(run.out().contains("epoch 2/2 done: mean reconstruction cross-entropy "), run::toString);
        assertTrue(info.out().contains("test_kl_nats: 0\n"), info::toString);
        assertTrue(info.out().contains("reconstruction from μ (plain autoencoder, no KL)"), info::toString);
    }

    @Test
    void badInputIsOneLineSayingWhatToDo() throws IOException {
        Path out = dir.resolve("x.lab.zip");
        assertBad(CliRun.of("train", "--model", "vae", "--data", "mnist", "--epochs", "1", "--out", out.toString()),
                "--data mnist needs the 60,000 training images: give --data-dir with train-images-idx3-ubyte.gz");
        assertBad(CliRun.of("train", "--model", "vae", "--data", "shapes", "--data-dir", data.toString(), "--epochs", "1",
                "--out", out.toString()), "--data shapes is generated in code; leave --data-dir out");
        Path onlyTest = Files.createDirectories(dir.resolve("only-test"));
        writeImages(onlyTest.resolve("t10k-images-idx3-ubyte.gz"), 10, 8, 0x803, 4);
        assertBad(CliRun.of("train", "--model", "vae", "--data", "mnist", "--data-dir", onlyTest.toString(), "--epochs", "1",
                "--out", out.toString()), "holds only a test set (10 images); training needs train-images-idx3-ubyte.gz there");
        assertBad(train("ae", out, "--beta", "2"), "--beta weighs the KL term, which the plain autoencoder (ae) does not have");
        assertBad(CliRun.of("train", "--model", "vae", "--data", "ring8", "--epochs", "1", "--out", out.toString()),
                "--data ring8 is not an image dataset");
        assertBad(CliRun.of("train", "--model", "vae", "--data", "mnist", "--data-dir", data.toString(), "--epochs", "1",
                "--latent", "1", "--out", out.toString()), "--latent must be between 2 and 64 for the vae, got 1");
        assertBad(CliRun.of("train", "--model", "vae", "--data", "mnist", "--data-dir", data.toString(), "--iterations", "5",
                "--out", out.toString()), "--iterations is for toy data");
        Path wrong = Files.createDirectories(dir.resolve("wrong"));
        writeImages(wrong.resolve("train-images-idx3-ubyte.gz"), 10, 8, 0x804, 3);
        assertBad(CliRun.of("train", "--model", "vae", "--data", "mnist", "--data-dir", wrong.toString(), "--epochs", "1",
                "--out", out.toString()), "train-images-idx3-ubyte.gz is not an IDX");
        assertTrue(Files.notExists(out));
    }

    private static void assertBad(CliRun run, String fragment) {
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }

    @Test
    void testImagesOfAnotherSizeThanTheTrainingImagesAreRefused() throws IOException {
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        writeImages(mixed.resolve("train-images-idx3-ubyte.gz"), 20, 8, 0x803, 5);
        writeImages(mixed.resolve("t10k-images-idx3-ubyte.gz"), 20, 6, 0x803, 6);
        assertBad(CliRun.of("train", "--model", "ae", "--data", "mnist", "--data-dir", mixed.toString(), "--epochs", "1",
                "--out", dir.resolve("m.lab.zip").toString()), "has images of 8×8 but t10k-images-idx3-ubyte.gz has images of 6×6");
    }

    @Test
    void shapesAreGeneratedAndTheFigureIsOnHeldOutShapes() {
        Path model = dir.resolve("shapes-ae.lab.zip");
        CliRun run = CliRun.of("train", "--model", "ae", "--data", "shapes", "--epochs", "1", "--batch", "1024",
                "--latent", "4", "--out", model.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("on shapes: 1 epochs, 20 steps"), run::toString);
        CliRun info = CliRun.of("info", model.toString());
        assertTrue(info.out().contains("dataset: shapes (20000 generated shapes (seed 1234)"), info::toString);
        assertTrue(info.out().contains("on 2000 test images"), info::toString);
        assertTrue(info.out().contains("preview: "), info::toString);
        assertTrue(!info.out().contains("preview: none"), info::toString);
    }

    @Test
    void theBundledTestSetTrainsAndTheCardSaysTheFigureIsOnTheImagesTrainedOn() {
        Path model = dir.resolve("mnist-test-vae.lab.zip");
        CliRun run = CliRun.of("train", "--model", "vae", "--data", "mnist-test", "--epochs", "1", "--batch", "1000",
                "--latent", "2", "--out", model.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("on mnist-test: 1 epochs, 10 steps"), run::toString);
        CliRun info = CliRun.of("info", model.toString());
        assertTrue(info.out().contains("train-set negative ELBO: "), info::toString);
        assertTrue(info.out().contains("the bundled MNIST test set (10000 images), trained on; no held-out images"), info::toString);
        assertTrue(info.out().contains("md5 9fb629c4189551a2d022fa330f9573f3"), info::toString);
    }

    @Test
    void quickVaeBenchPrintsItsFigures() {
        CliRun run = CliRun.of("bench", "--only", "vae", "--quick");
        assertEquals(0, run.status(), run::toString);
        for (String name : new String[] {"vae.steps_per_sec ", "vae.epoch_s ", "vae.epoch_steps 8 steps"}) {
            assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith(name)), () -> name + "\n" + run);
        }
        assertTrue(run.out().contains("# vae: MLP VAE 784-512-20") && run.out().contains("synthetic"), run::toString);
    }
}
