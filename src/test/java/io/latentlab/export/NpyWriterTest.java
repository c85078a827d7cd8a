package io.latentlab.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The .npy bytes must be exactly what numpy.save writes for a float32 array. */
class NpyWriterTest {

    @Test
    void smallArrayIsByteForByteNumpyV1(@TempDir Path dir) throws Exception {
        float[] values = {1.0f, -2.5f, 0.0f, 3.25f, 1e-3f, -7f};
        Path file = dir.resolve("a.npy");
        NpyWriter.write(file, values, 3, 2);
        byte[] bytes = Files.readAllBytes(file);

        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }";
        int headerLength = 128 - 10;
        ByteBuffer expected = ByteBuffer.allocate(128 + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        expected.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        expected.putShort((short) headerLength);
        expected.put((dict + " ".repeat(headerLength - dict.length() - 1) + "\n").getBytes(StandardCharsets.US_ASCII));
        for (float v : values) {
            expected.putFloat(v);
        }
        assertArrayEquals(expected.array(), bytes);
        assertArrayEquals(bytes, NpyWriter.bytes(values, 3, 2));

        Parsed back = parse(bytes);
        assertArrayEquals(new int[] {3, 2}, back.shape);
        assertArrayEquals(values, back.values);
    }

    @Test
    void headersAlignTo64BytesForOtherShapes() {
        for (int[] shape : new int[][] {{5}, {2, 3, 4}, {0, 2}, {1000000, 2}}) {
            int count = 1;
            for (int d : shape) {
                count *= d;
            }
            byte[] header = NpyWriter.header(count, shape);
            assertEquals(0, header.length % 64, () -> "header length " + header.length);
            assertEquals('\n', header[header.length - 1]);
        }
        assertTrue(new String(NpyWriter.header(5, 5), StandardCharsets.US_ASCII).contains("'shape': (5,), }"));
        assertTrue(new String(NpyWriter.header(24, 2, 3, 4), StandardCharsets.US_ASCII).contains("'shape': (2, 3, 4), }"));
    }

    @Test
    void refusesValuesThatDoNotFillTheShape() {
        assertThrows(IllegalArgumentException.class, () -> NpyWriter.bytes(new float[5], 3, 2));
    }

    private record Parsed(int[] shape, float[] values) {
    }

    /** A minimal NPY v1.0 reader for '<f4' C-order arrays, independent of the writer. */
    static Parsed parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[6];
        in.get(magic);
        assertArrayEquals(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'}, magic);
        assertEquals(1, in.get());
        assertEquals(0, in.get());
        int headerLength = Short.toUnsignedInt(in.getShort());
        byte[] text = new byte[headerLength];
        in.get(text);
        String header = new String(text, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4'"), header);
        assertTrue(header.contains("'fortran_order': False"), header);
        Matcher m = Pattern.compile("'shape': \\(([0-9, ]*)\\)").matcher(header);
        assertTrue(m.find(), header);
        int[] shape = java.util.Arrays.stream(m.group(1).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
        float[] values = new float[in.remaining() / 4];
        in.asFloatBuffer().get(values);
        return new Parsed(shape, values);
    }
}
