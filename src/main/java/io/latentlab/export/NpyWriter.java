package io.latentlab.export;

import io.latentlab.model.AtomicFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes float32 arrays as NumPy {@code .npy} files (format version 1.0, little-endian
 * {@code <f4}, C order), so {@code numpy.load} reads samples without any other library.
 * The header is padded with spaces and ends in a newline so the data starts on a 64-byte
 * boundary, as the NPY specification asks.
 */
public final class NpyWriter {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;

    private NpyWriter() {
    }

    /** Writes {@code values} (row-major) with {@code shape} to {@code file}, atomically. */
    public static void write(Path file, float[] values, int... shape) throws IOException {
        byte[] header = header(values.length, shape);
        AtomicFile.write(file, out -> {
            out.write(header);
            writePayload(out, values);
        });
    }

    /** The whole file as bytes: header then payload. */
    public static byte[] bytes(float[] values, int... shape) {
        byte[] header = header(values.length, shape);
        ByteBuffer all = ByteBuffer.allocate(header.length + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        all.put(header);
        all.asFloatBuffer().put(values);
        return all.array();
    }

    /** Magic, version 1.0, header length and the padded header dictionary. */
    static byte[] header(int count, int... shape) {
        long product = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("shape entries must be >= 0, shape was " + java.util.Arrays.toString(shape));
            }
            product *= d;
        }
        if (product != count) {
            throw new IllegalArgumentException(count + " values do not fill shape " + java.util.Arrays.toString(shape));
        }
        StringBuilder dict = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(i == 0 && shape.length == 1 ? "," : i + 1 < shape.length ? ", " : "");
        }
        dict.append("), }");
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (ALIGN - unpadded % ALIGN) % ALIGN;
        dict.append(" ".repeat(padding)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer header = ByteBuffer.allocate(MAGIC.length + 4 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        header.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return header.array();
    }

    private static void writePayload(OutputStream out, float[] values) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            if (!chunk.hasRemaining()) {
                out.write(chunk.array(), 0, chunk.position());
                chunk.clear();
            }
            chunk.putFloat(v);
        }
        out.write(chunk.array(), 0, chunk.position());
    }
}
