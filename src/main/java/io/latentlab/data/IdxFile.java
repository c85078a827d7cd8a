package io.latentlab.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One IDX file of the MNIST family, gzipped or raw (told apart by the gzip magic bytes 1f 8b, not
 * by the name): an image file (magic 2051: count, rows, columns, then one unsigned byte per
 * pixel) or a label file (magic 2049: count, then one unsigned byte per label). The file is
 * untrusted: the header is checked and the sizes capped before anything is allocated, and the
 * data must fill the file exactly, without missing or trailing bytes. Every problem is one
 * {@link BadInputException} naming the file, what is wrong and what to do.
 *
 * @param name   the file's name, as messages give it
 * @param gzip   whether the file was gzip-compressed
 * @param magic  {@link #IMAGE_MAGIC} or {@link #LABEL_MAGIC}
 * @param count  the number of images or labels
 * @param rows   image height (1 for a label file)
 * @param cols   image width (1 for a label file)
 * @param data   the bytes after the header, {@code count × rows × cols} of them
 */
public record IdxFile(String name, boolean gzip, int magic, int count, int rows, int cols, byte[] data) {

    /** Magic number of an image file: unsigned bytes, three dimensions. */
    public static final int IMAGE_MAGIC = 0x00000803;
    /** Magic number of a label file: unsigned bytes, one dimension. */
    public static final int LABEL_MAGIC = 0x00000801;
    /** The most values (pixels or labels) read from one file: 100 million, 400 MB as floats. */
    public static final long MAX_VALUES = 100_000_000L;
    /** The largest image side read. */
    public static final int MAX_SIDE = 4096;

    private static final int BUFFER = 1 << 16;
    /** Trailing bytes are counted up to this many, so a gzip bomb after the data is not inflated to its end. */
    private static final long MAX_EXTRA = 1 << 20;

    public IdxFile {
        if (data.length != (long) count * rows * cols) {
            throw new IllegalArgumentException(data.length + " bytes do not make " + count + " values of " + rows + "×" + cols);
        }
        data = data.clone();
    }

    /** Reads and checks {@code file}. */
    public static IdxFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + " does not exist; check the path");
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read (" + e.getMessage() + "); check the path and its permissions");
        }
        if (size == 0) {
            throw new BadInputException(name + " is empty (0 bytes); download it again");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            boolean gzip = startsWithGzipMagic(raw);
            InputStream in = raw;
            if (gzip) {
                try {
                    in = new GZIPInputStream(raw, BUFFER);
                } catch (EOFException e) {
                    throw IdxDamage.truncatedGzipHeader(name, size);
                }
            }
            return read(name, gzip, size, in);
        } catch (EOFException e) {
            throw new BadInputException(name + " is truncated: its gzip data ends early (" + e.getMessage() + "); download it again");
        } catch (ZipException e) {
            throw new BadInputException(name + " is damaged: its gzip data is corrupt (" + e.getMessage() + "); download it again");
        } catch (IOException e) {
            throw new BadInputException(name + " cannot be read (" + e.getMessage() + "); check the file and its permissions");
        }
    }

    private static IdxFile read(String name, boolean gzip, long fileSize, InputStream in) throws IOException {
        String after = gzip ? " after decompression" : "";
        byte[] head = new byte[4];
        int got = fill(in, head, 0, 4);
        if (got < 4) {
            throw new BadInputException(name + " is too short to be an IDX file: " + got + " byte" + (got == 1 ? "" : "s") + after
                    + "; download it again");
        }
        int magic = bigEndian(head, 0);
        if (magic != IMAGE_MAGIC && magic != LABEL_MAGIC) {
            throw new BadInputException(IdxDamage.wrongMagic(name, gzip, head));
        }
        int dimensions = magic == IMAGE_MAGIC ? 3 : 1;
        byte[] dims = new byte[4 * dimensions];
        int gotDims = fill(in, dims, 0, dims.length);
        long headerSize = 4L + dims.length;
        if (gotDims < dims.length) {
            throw IdxDamage.truncated(name, after, headerSize, 4 + gotDims, "its header");
        }
        int count = bigEndian(dims, 0);
        int rows = magic == IMAGE_MAGIC ? bigEndian(dims, 4) : 1;
        int cols = magic == IMAGE_MAGIC ? bigEndian(dims, 8) : 1;
        String what = magic == IMAGE_MAGIC ? "images" : "labels";
        if (count < 0) {
            throw new BadInputException(name + " is damaged: its header gives " + Integer.toUnsignedString(count) + " " + what
                    + ", more than an IDX file can hold; download it again");
        }
        if (magic == IMAGE_MAGIC && (rows < 1 || cols < 1 || rows > MAX_SIDE || cols > MAX_SIDE)) {
            throw new BadInputException(name + " is damaged: its header gives images of " + Integer.toUnsignedString(rows) + "×"
                    + Integer.toUnsignedString(cols) + " pixels, outside 1 to " + MAX_SIDE + " a side; download it again");
        }
        long values = (long) count * rows * cols;
        if (values > MAX_VALUES) {
            throw new BadInputException(name + " holds " + thousands(values) + " values (" + thousands(count) + " " + what
                    + "), more than the " + thousands(MAX_VALUES) + " Latent Lab reads from one file; use a smaller part of the dataset");
        }
        long expected = headerSize + values;
        if (!gzip && fileSize < expected) {
            throw IdxDamage.truncated(name, after, expected, fileSize, thousands(count) + " " + what);
        }
        byte[] data = new byte[(int) values];
        int read;
        try {
            read = fill(in, data, 0, data.length);
        } catch (PartialRead e) {
            throw IdxDamage.truncated(name, after, expected, headerSize + e.read, "the gzip data ended early");
        }
        if (read < data.length) {
            throw IdxDamage.truncated(name, after, expected, headerSize + read, thousands(count) + " " + what);
        }
        long extra = gzip ? countRest(in) : fileSize - expected;
        if (extra > 0) {
            String howMany = extra > MAX_EXTRA ? "more than " + thousands(MAX_EXTRA) : thousands(extra); // counting stopped there
            throw new BadInputException(name + " has " + howMany + " byte" + (extra == 1 ? "" : "s") + " too many" + after
                    + ": expected " + thousands(expected) + " for " + thousands(count) + " " + what
                    + "; it is damaged or not what its header says, download it again");
        }
        return new IdxFile(name, gzip, magic, count, rows, cols, data);
    }

    /** A copy of the bytes after the header. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    public boolean isImages() {
        return magic == IMAGE_MAGIC;
    }

    public boolean isLabels() {
        return magic == LABEL_MAGIC;
    }

    /** The kind as a person says it: "images" or "labels". */
    public String kind() {
        return isImages() ? "images" : "labels";
    }

    /** The bytes as pixels in [0, 1] (value / 255). */
    public float[] pixels() {
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = v / 255f;
        }
        float[] pixels = new float[data.length];
        for (int i = 0; i < data.length; i++) {
            pixels[i] = table[data[i] & 0xFF];
        }
        return pixels;
    }

    /** The bytes as labels 0..255. */
    public int[] labels() {
        int[] labels = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            labels[i] = data[i] & 0xFF;
        }
        return labels;
    }

    static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static boolean startsWithGzipMagic(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    private static int bigEndian(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    /** Reads up to {@code n} bytes; fewer only at the end of the stream. */
    private static int fill(InputStream in, byte[] into, int from, int n) throws IOException {
        int done = 0;
        while (done < n) {
            int r;
            try {
                r = in.read(into, from + done, n - done);
            } catch (EOFException e) {
                throw new PartialRead(done, e);
            }
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    /** Counts the bytes left, so trailing bytes are reported; reading to the end also checks the gzip CRC. */
    private static long countRest(InputStream in) throws IOException {
        long rest = 0;
        byte[] buffer = new byte[BUFFER];
        for (int r; (r = in.read(buffer)) >= 0; ) {
            rest += r;
            if (rest > MAX_EXTRA) {
                break;
            }
        }
        return rest;
    }

    /** A compressed stream that ended part way: how much had been decompressed. */
    private static final class PartialRead extends EOFException {
        final long read;

        PartialRead(long read, EOFException cause) {
            super(cause.getMessage());
            this.read = read;
            initCause(cause);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdxFile f && name.equals(f.name) && gzip == f.gzip && magic == f.magic && count == f.count
                && rows == f.rows && cols == f.cols && java.util.Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + count;
    }

    @Override
    public String toString() {
        return name + ": IDX " + kind() + ", " + count + (isImages() ? " of " + rows + "×" + cols : "");
    }
}
