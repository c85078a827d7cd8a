package io.latentlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IDX reader: raw and gzipped files read the same, and every kind of bad file is one clear line. */
class IdxFileTest {

    @TempDir
    Path dir;

    @Test
    void rawAndGzippedFilesReadTheSameWhateverTheirNames() {
        byte[] raw = IdxBytes.images(3, 4, 5);
        IdxFile plain = IdxFile.read(IdxBytes.write(dir.resolve("a.gz"), raw));          // raw despite its name
        IdxFile gz = IdxFile.read(IdxBytes.write(dir.resolve("b"), IdxBytes.gzip(raw))); // gzip without the name
        assertFalse(plain.gzip());
        assertTrue(gz.gzip());
        assertTrue(gz.isImages());
        assertEquals(3, gz.count());
        assertEquals(4, gz.rows());
        assertEquals(5, gz.cols());
        assertArrayEquals(plain.data(), gz.data());
        float[] pixels = gz.pixels();
        for (int i = 0; i < pixels.length; i++) {
            assertEquals((raw[16 + i] & 0xFF) / 255f, pixels[i]);
        }
    }

    @Test
    void labelsAndImagesMakeAnImageSet() {
        Path images = IdxBytes.write(dir.resolve("i"), IdxBytes.gzip(IdxBytes.images(12, 2, 2)));
        Path labels = IdxBytes.write(dir.resolve("l"), IdxBytes.labels(12, 4));
        ImageSet set = ImageDatasets.load("tiny", images, labels);
        assertEquals(12, set.count());
        assertEquals(4, set.classes());
        assertEquals(3, set.label(7));
        for (float p : set.pixelsView()) {
            assertTrue(p >= 0 && p <= 1);
        }
    }

    @Test
    void wrongMagicSaysWhatItFound() {
        byte[] bytes = IdxBytes.images(2, 2, 2);
        ByteBuffer.wrap(bytes).putInt(0x00000D03); // floats, not unsigned bytes
        Path file = IdxBytes.write(dir.resolve("x-images-idx3-ubyte"), bytes);
        assertMessage(file, "x-images-idx3-ubyte is not an IDX image or label file: its magic number is 0x00000D03, not 2051");
        Path html = IdxBytes.write(dir.resolve("page-idx3-ubyte.gz"), "<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII));
        assertMessage(html, "it starts with the text \"<!DO\"");
    }

    @Test
    void truncatedGzipGivesTheBytesExpectedAndFound() {
        Path whole = IdxBytes.write(dir.resolve("whole.gz"), IdxBytes.gzip(IdxBytes.images(100, 28, 28)));
        Path cut = IdxBytes.truncatedCopy(whole, 2000, dir.resolve("t10k-images-idx3-ubyte.gz"));
        BadInputException e = assertThrows(BadInputException.class, () -> IdxFile.read(cut));
        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte.gz is truncated: expected 78,416 bytes after decompression, found "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("download it again"), e.getMessage());
        assertOneLine(e);
        Path inHeader = IdxBytes.truncatedCopy(whole, 5, dir.resolve("h.gz"));
        assertMessage(inHeader, "h.gz is truncated: only 5 bytes, too few for its gzip header");
    }

    @Test
    void truncatedOrOverlongRawFilesAreRefusedBeforeReading() {
        byte[] raw = IdxBytes.images(10, 3, 3);
        Path cut = IdxBytes.write(dir.resolve("cut"), Arrays.copyOf(raw, raw.length - 1));
        assertMessage(cut, "cut is truncated: expected 106 bytes, found 105 (10 images); download it again");
        Path longer = IdxBytes.write(dir.resolve("long"), Arrays.copyOf(raw, raw.length + 3));
        assertMessage(longer, "long has 3 bytes too many: expected 106 for 10 images");
        Path longerGz = IdxBytes.write(dir.resolve("long.gz"), IdxBytes.gzip(Arrays.copyOf(raw, raw.length + 1)));
        assertMessage(longerGz, "long.gz has 1 byte too many after decompression");
        Path header = IdxBytes.write(dir.resolve("header"), Arrays.copyOf(raw, 9));
        assertMessage(header, "header is truncated: expected 16 bytes, found 9 (its header)");
    }

    @Test
    void emptyAndTinyFiles() {
        assertMessage(IdxBytes.write(dir.resolve("empty.gz"), new byte[0]), "empty.gz is empty (0 bytes); download it again");
        assertMessage(IdxBytes.write(dir.resolve("two"), new byte[] {0, 0}), "two is too short to be an IDX file: 2 bytes");
        assertMessage(dir.resolve("nowhere"), "does not exist; check the path");
    }

    @Test
    void absurdHeadersAreRefusedBeforeAllocating() {
        byte[] huge = ByteBuffer.allocate(16).putInt(IdxFile.IMAGE_MAGIC).putInt(2_000_000_000).putInt(28).putInt(28).array();
        assertMessage(IdxBytes.write(dir.resolve("huge"), huge), "more than the 100,000,000 Latent Lab reads from one file");
        byte[] negative = ByteBuffer.allocate(8).putInt(IdxFile.LABEL_MAGIC).putInt(-1).array();
        assertMessage(IdxBytes.write(dir.resolve("neg"), negative), "neg is damaged: its header gives 4294967295 labels");
        byte[] wide = ByteBuffer.allocate(16).putInt(IdxFile.IMAGE_MAGIC).putInt(1).putInt(0).putInt(28).array();
        assertMessage(IdxBytes.write(dir.resolve("wide"), wide), "images of 0×28 pixels, outside 1 to 4096 a side");
    }

    @Test
    void countsThatDisagreeAndSwappedFiles() {
        Path images = IdxBytes.write(dir.resolve("t10k-images-idx3-ubyte"), IdxBytes.images(10, 2, 2));
        Path labels = IdxBytes.write(dir.resolve("t10k-labels-idx1-ubyte"), IdxBytes.labels(9, 3));
        BadInputException e = assertThrows(BadInputException.class, () -> ImageDatasets.load("x", images, labels));
        assertEquals("t10k-labels-idx1-ubyte has 9 labels but t10k-images-idx3-ubyte has 10 images; they must come from the "
                + "same dataset, download both again", e.getMessage());
        assertThrows(BadInputException.class, () -> ImageDatasets.load("x", labels, images));
    }

    @Test
    void imagesOfAnotherSizeThanAsked() {
        ImageSet set = ImageDatasets.load("small", IdxBytes.write(dir.resolve("s"), IdxBytes.images(2, 14, 14)), null);
        BadInputException e = assertThrows(BadInputException.class, () -> ImageDatasets.requireShape(set, 28, 28, "this model"));
        assertEquals("small has images of 14×14 pixels, but this model takes 28×28; choose a dataset of 28×28 images", e.getMessage());
    }

    private static void assertMessage(Path file, String fragment) {
        BadInputException e = assertThrows(BadInputException.class, () -> IdxFile.read(file));
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
        assertOneLine(e);
    }

    private static void assertOneLine(BadInputException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
