package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.IdxBytes;
import io.latentlab.data.IdxFile;
import io.latentlab.data.ImageDatasets;
import io.latentlab.model.DeflateBomb;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad IDX datasets through every door: a dataset folder holding one bad file, read by
 * {@code latentlab info FOLDER}, {@code info FILE}, {@code train --data-dir FOLDER} (exit 2, one line
 * on stderr) and by File ▸ Open dataset folder… ({@link ImageDatasets#openFolder}, the same line).
 */
@Timeout(60)
class BadIdxFileTest {

    private static final String IMAGES = "train-images-idx3-ubyte";
    private static final String LABELS = "train-labels-idx1-ubyte";

    @TempDir
    static Path dir;
    private static final List<Case> CASES = new ArrayList<>();

    /** A dataset folder holding the bad image file {@code bad}, and a piece of the line that refuses it. */
    record Case(String what, Path folder, Path bad, String says) {
        /** Whether the image file is bad on its own, not only beside its labels or in the images' place. */
        boolean alone() {
            return !says.contains(LABELS + " has") && !says.contains("is an IDX label file");
        }

        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void makeTheFolders() throws IOException {
        byte[] good = IdxBytes.images(10, 28, 28);
        byte[] goodGz = IdxBytes.gzip(good);
        add("cut in its magic number", IMAGES, Arrays.copyOf(good, 3), 10, "is too short to be an IDX file: 3 bytes");
        add("cut in its header", IMAGES, Arrays.copyOf(good, 10), 10, "is truncated: expected 16 bytes, found 10 (its header)");
        add("cut in its pixels", IMAGES, Arrays.copyOf(good, 4000), 10, "is truncated: expected 7,856 bytes, found 4,000 (10 images)");
        add("gzip cut in its stream", IMAGES + ".gz", Arrays.copyOf(goodGz, goodGz.length / 2), 10,
                "is truncated: expected 7,856 bytes after decompression");
        add("empty", IMAGES, new byte[0], 10, "is empty (0 bytes); download it again");
        byte[] floats = good.clone();
        ByteBuffer.wrap(floats).putInt(0x00000D03);
        add("wrong magic number", IMAGES, floats, 10, "its magic number is 0x00000D03, not 2051");
        add("a web page saved as .gz", IMAGES + ".gz", "<!DOCTYPE html><html><body>Not found</body></html>"
                .getBytes(StandardCharsets.US_ASCII), 10, "it starts with the text \"<!DO\"");
        add("a header for a billion images", IMAGES, ByteBuffer.allocate(16).putInt(IdxFile.IMAGE_MAGIC)
                .putInt(1_000_000_000).putInt(28).putInt(28).array(), 10,
                "holds 784,000,000,000 values (1,000,000,000 images), more than the 100,000,000 Latent Lab reads");
        add("images of 0×28", IMAGES, ByteBuffer.allocate(16).putInt(IdxFile.IMAGE_MAGIC).putInt(1).putInt(0).putInt(28).array(),
                1, "images of 0×28 pixels, outside 1 to 4096 a side");
        add("a gzip bomb: 10 images, then 1 GiB of zeros", IMAGES + ".gz", concat(goodGz, gzipBomb(1L << 30)), 10,
                "has more than 1,048,576 bytes too many after decompression");
        add("labels for 9 of 10 images", IMAGES, good, 9,
                "train-labels-idx1-ubyte has 9 labels but train-images-idx3-ubyte has 10 images");
        add("a label file where the images belong", IMAGES, IdxBytes.labels(10, 10), 10,
                "train-images-idx3-ubyte is an IDX label file, not an image file");
    }

    private static void add(String what, String imageName, byte[] images, int labelled, String says) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("case" + CASES.size()));
        Path bad = Files.write(folder.resolve(imageName), images);
        Files.write(folder.resolve(LABELS), IdxBytes.labels(labelled, 10));
        CASES.add(new Case(what, folder, bad, says));
    }

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedInOneLineThroughEveryDoor(Case bad) {
        String line = oneLine(bad, CliRun.of("info", bad.folder().toString()));
        assertEquals(line, oneLine(bad, CliRun.of("train", "--model", "ae", "--data", "kmnist", "--data-dir", bad.folder().toString(),
                "--epochs", "1", "--out", dir.resolve("never.lab.zip").toString())), "train says what info says");
        if (bad.alone()) { // a file fine on its own (a label file, labels too few) is bad only in its folder
            assertEquals(line, oneLine(bad, CliRun.of("info", bad.bad().toString())), "info FILE says what info FOLDER says");
        }
        BadInputException e = assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(bad.folder()));
        assertEquals(e.getMessage(), line, "File ▸ Open dataset folder… shows the line the command prints");
        assertTrue(e.getMessage().contains(";"), () -> "says what to do: " + e.getMessage());
        assertTrue(Files.notExists(dir.resolve("never.lab.zip")));
    }

    @Test
    void theBundledFolderStillOpensAfterTheBadOnes() {
        assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(CASES.get(0).folder()));
        assertEquals(10_000, ImageDatasets.openFolder(Path.of("assets", "datasets", "mnist")).test().count());
    }

    private static String oneLine(Case bad, CliRun run) {
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(bad.says()), () -> "expected '" + bad.says() + "'\n" + run);
        String line = run.err().strip();
        return line.substring(line.indexOf(": ") + 2); // after "latentlab info: "
    }

    /** A gzip member of {@code size} zero bytes, deflated by hand (see {@link DeflateBomb}). */
    private static byte[] gzipBomb(long size) {
        byte[] deflated = DeflateBomb.deflate((byte) 0, size);
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 20];
        for (long done = 0; done < size; done += zeros.length) {
            crc.update(zeros, 0, (int) Math.min(zeros.length, size - done));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
        out.writeBytes(deflated);
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt((int) crc.getValue()).putInt((int) size).array());
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
