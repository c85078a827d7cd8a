package io.latentlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Small IDX files written for tests: images and labels, raw or gzipped, whole or damaged on purpose. */
public final class IdxBytes {

    private IdxBytes() {
    }

    /** An image file's bytes: {@code count} images of rows×cols, seeded random pixels (they do not compress). */
    public static byte[] images(int count, int rows, int cols) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * rows * cols);
        b.putInt(IdxFile.IMAGE_MAGIC).putInt(count).putInt(rows).putInt(cols);
        byte[] pixels = new byte[count * rows * cols];
        new java.util.Random(count * 31L + rows * cols).nextBytes(pixels);
        return b.put(pixels).array();
    }

    /** A label file's bytes: label i = i mod classes. */
    public static byte[] labels(int count, int classes) {
        ByteBuffer b = ByteBuffer.allocate(8 + count);
        b.putInt(IdxFile.LABEL_MAGIC).putInt(count);
        for (int i = 0; i < count; i++) {
            b.put((byte) (i % classes));
        }
        return b.array();
    }

    public static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first {@code n} bytes of {@code file}, written to {@code to}. */
    public static Path truncatedCopy(Path file, int n, Path to) {
        try {
            byte[] all = Files.readAllBytes(file);
            return Files.write(to, java.util.Arrays.copyOf(all, Math.min(n, all.length)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
