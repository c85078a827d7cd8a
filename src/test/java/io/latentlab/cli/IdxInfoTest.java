package io.latentlab.cli;

import io.latentlab.data.IdxBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code latentlab info} on IDX files and dataset folders: the bundled sets' figures, and one line with status 2 for bad files. */
class IdxInfoTest {

    private static final Path MNIST = Path.of("assets", "datasets", "mnist");
    private static final Path FASHION = Path.of("assets", "datasets", "fashion-mnist");

    @TempDir
    Path dir;

    @Test
    void mnistTestImages() {
        CliRun run = CliRun.of("info", MNIST.resolve("t10k-images-idx3-ubyte.gz").toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.outLines().contains("type: IDX images (gzip)"), run::toString);
        assertTrue(run.outLines().contains("count: 10000"), run::toString);
        assertTrue(run.outLines().contains("shape: 28×28"), run::toString);
        String mean = run.outLines().stream().filter(l -> l.startsWith("mean pixel: ")).findFirst().orElseThrow();
        assertEquals(0.1325, Double.parseDouble(mean.substring("mean pixel: ".length())), 5e-4);
    }

    @Test
    void labelHistograms() {
        CliRun mnist = CliRun.of("info", MNIST.resolve("t10k-labels-idx1-ubyte.gz").toString());
        assertEquals(0, mnist.status(), mnist::toString);
        assertTrue(mnist.outLines().contains("type: IDX labels (gzip)"), mnist::toString);
        assertTrue(mnist.outLines().contains("count: 10000"), mnist::toString);
        assertTrue(mnist.outLines().contains("classes: 10"), mnist::toString);
        assertTrue(mnist.outLines().contains("label counts: 980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009"), mnist::toString);
        CliRun fashion = CliRun.of("info", FASHION.resolve("t10k-labels-idx1-ubyte.gz").toString());
        assertTrue(fashion.outLines().contains("label counts: 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000"),
                fashion::toString);
    }

    @Test
    void aDatasetFolder() {
        CliRun run = CliRun.of("info", FASHION.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.outLines().contains("train: none"), run::toString);
        assertTrue(run.out().contains("test: 10000 images of 28×28, mean pixel 0.28"), run::toString);
        assertTrue(run.outLines().contains("test label counts: 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000"),
                run::toString);
    }

    @Test
    void wrongMagic() throws Exception {
        Path labelsAsImages = dir.resolve("x-images-idx3-ubyte");
        byte[] bytes = IdxBytes.images(2, 28, 28);
        bytes[3] = 0x02;
        Files.write(labelsAsImages, bytes);
        assertBad("x-images-idx3-ubyte is not an IDX image or label file: its magic number is 0x00000802", labelsAsImages);
    }

    @Test
    void truncatedCopyOfTheBundledImages() {
        Path cut = IdxBytes.truncatedCopy(MNIST.resolve("t10k-images-idx3-ubyte.gz"), 600, dir.resolve("t10k-images-idx3-ubyte.gz"));
        assertBad("t10k-images-idx3-ubyte.gz is truncated: expected 7,840,016 bytes after decompression, found ", cut);
    }

    @Test
    void imageAndLabelCountsThatDisagree() {
        IdxBytes.write(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(10, 28, 28)));
        IdxBytes.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), IdxBytes.gzip(IdxBytes.labels(8, 10)));
        assertBad("t10k-labels-idx1-ubyte.gz has 8 labels but t10k-images-idx3-ubyte.gz has 10 images", dir);
    }

    @Test
    void imagesOfAnotherSize() {
        IdxBytes.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(4, 28, 28)));
        IdxBytes.write(dir.resolve("t10k-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(4, 32, 32)));
        assertBad("has images of 28×28 but t10k-images-idx3-ubyte.gz has images of 32×32; keep one dataset per folder", dir);
    }

    @Test
    void anEmptyFile() {
        Path empty = IdxBytes.write(dir.resolve("train-labels-idx1-ubyte.gz"), new byte[0]);
        assertBad("train-labels-idx1-ubyte.gz is empty (0 bytes); download it again", empty);
    }

    @Test
    void neitherGzipNorIdx() throws Exception {
        Path page = dir.resolve("t10k-images-idx3-ubyte.gz");
        Files.writeString(page, "<html><body>Too many requests</body></html>", StandardCharsets.US_ASCII);
        assertBad("t10k-images-idx3-ubyte.gz is not an IDX image or label file: it starts with the text \"<htm\"", page);
        Path other = Files.write(dir.resolve("notes.bin"), new byte[] {1, 2, 3, 4, 5});
        assertBad("cannot tell what notes.bin is", other);
    }

    private static void assertBad(String fragment, Path file) {
        CliRun run = CliRun.of("info", file.toString());
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("latentlab info: "), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }
}
