package io.latentlab.model;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an array stored as ND4J's {@code Nd4j.write} stores it (a network's
 * {@code coefficients.bin} and {@code updaterState.bin}, a conditional GAN's
 * {@code conditional_norm.bin}) in plain Java, before ND4J reads it. ND4J believes the lengths in
 * the array's header and allocates native memory for them, so a header claiming a trillion
 * numbers crashed the whole JVM outside Java; and a network whose parameters hold NaN or
 * infinity would load and decode a window full of grey.
 *
 * <p>The layout, twice (the shape information, then the numbers): the allocation mode as a
 * {@code DataOutputStream} UTF string ({@code MIXED_DATA_TYPES}), the number of elements as a
 * big-endian long, the element type as a UTF string, then the elements big-endian. The shape
 * information is {@code rank, shape…, stride…, extras, element stride, order}, and the shape's
 * product must be the number of numbers.
 */
final class ArrayEntryCheck {

    /** The allocation mode this ND4J writes; older ones have another layout and are not read. */
    static final String MODE = "MIXED_DATA_TYPES";
    /** The bytes per element of the types an array here may hold. */
    private static final Map<String, Integer> SHAPE_TYPES = Map.of("LONG", 8, "INT", 4);
    private static final Map<String, Integer> NUMBER_TYPES = Map.of("FLOAT", 4, "DOUBLE", 8);
    private static final int MAX_RANK = 32;

    private ArrayEntryCheck() {
    }

    /**
     * Throws one line naming {@code file} and {@code what} (e.g. "generator.zip's coefficients.bin")
     * unless {@code bytes} is a whole, self-consistent array; when {@code finite}, every number
     * must also be finite. Returns the number of numbers.
     */
    static long check(Path file, String what, byte[] bytes, boolean finite) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            long[] shapeInfo = shapeInfo(file, what, in);
            long numbers = numbersHeader(file, what, in);
            long product = product(file, what, shapeInfo);
            if (product != numbers) {
                throw ModelFile.bad(file, what + " inside it is damaged: its shape holds " + thousands(product)
                        + " numbers but it stores " + thousands(numbers) + "; save or train the model again");
            }
            String type = utf(in);
            int size = NUMBER_TYPES.getOrDefault(type, 0);
            if (size == 0) {
                throw ModelFile.bad(file, what + " inside it holds numbers of type " + abbreviate(type)
                        + ", which no Latent Lab model uses (FLOAT or DOUBLE); the file is not one of ours or is damaged");
            }
            requireBytes(file, what, in, numbers, size);
            if (finite) {
                requireFinite(file, what, in, numbers, size);
            }
            in.position(in.position() + (int) (numbers * size));
            if (in.hasRemaining()) {
                throw ModelFile.bad(file, what + " inside it has " + thousands(in.remaining())
                        + " bytes after its numbers; the file is damaged, save or train the model again");
            }
            return numbers;
        } catch (BufferUnderflowException e) {
            throw cutShort(file, what, "its header");
        }
    }

    private static long[] shapeInfo(Path file, String what, ByteBuffer in) {
        String mode = utf(in);
        if (!MODE.equals(mode)) {
            throw ModelFile.bad(file, what + " inside it is not an array as this version stores one (it starts with '"
                    + abbreviate(mode) + "', not " + MODE + "); the file is damaged or not one of ours, save or train the model again");
        }
        long length = in.getLong();
        String type = utf(in);
        int size = SHAPE_TYPES.getOrDefault(type, 0);
        if (size == 0) {
            throw ModelFile.bad(file, what + " inside it has a shape of type " + abbreviate(type)
                    + " (LONG or INT expected); the file is damaged, save or train the model again");
        }
        if (length < 4 || length > 2 * MAX_RANK + 4) {
            throw ModelFile.bad(file, what + " inside it claims a shape of " + thousands(length)
                    + " entries, not an array's (rank 0 to " + MAX_RANK + "); the file is damaged, save or train the model again");
        }
        requireBytes(file, what, in, length, size);
        long[] info = new long[(int) length];
        for (int i = 0; i < info.length; i++) {
            info[i] = size == 8 ? in.getLong() : in.getInt();
        }
        if (info[0] < 0 || info[0] > MAX_RANK || length != 2 * info[0] + 4) {
            throw ModelFile.bad(file, what + " inside it has a shape of rank " + info[0] + " in " + length
                    + " entries, which do not agree; the file is damaged, save or train the model again");
        }
        return info;
    }

    private static long numbersHeader(Path file, String what, ByteBuffer in) {
        String mode = utf(in);
        if (!MODE.equals(mode)) {
            throw ModelFile.bad(file, what + " inside it is damaged after its shape (found '" + abbreviate(mode)
                    + "' where " + MODE + " belongs); save or train the model again");
        }
        long numbers = in.getLong();
        if (numbers < 0) {
            throw ModelFile.bad(file, what + " inside it claims " + numbers + " numbers; the file is damaged, save or train the model again");
        }
        return numbers;
    }

    private static long product(Path file, String what, long[] info) {
        int rank = (int) info[0];
        long product = 1;
        for (int i = 1; i <= rank; i++) {
            if (info[i] < 0) {
                throw ModelFile.bad(file, what + " inside it has a negative size " + info[i]
                        + " in its shape; the file is damaged, save or train the model again");
            }
            try {
                product = Math.multiplyExact(product, info[i]);
            } catch (ArithmeticException e) {
                throw ModelFile.bad(file, what + " inside it claims a shape of more numbers than any computer holds;"
                        + " the file is damaged or not one of ours, so it is not opened");
            }
        }
        return product;
    }

    /** The header's count of elements against the bytes that follow it: a lying header is refused before anything is allocated. */
    private static void requireBytes(Path file, String what, ByteBuffer in, long count, int size) {
        if (count > in.remaining() / size) {
            throw ModelFile.bad(file, what + " inside it claims " + thousands(count) + " numbers but holds only "
                    + thousands(in.remaining()) + " bytes for them: it is cut short or damaged; save or train the model again");
        }
    }

    private static void requireFinite(Path file, String what, ByteBuffer in, long numbers, int size) {
        long bad = 0;
        long first = -1;
        double firstValue = 0;
        int at = in.position();
        for (long i = 0; i < numbers; i++) {
            double v = size == 4 ? in.getFloat(at + (int) (i * 4)) : in.getDouble(at + (int) (i * 8));
            if (!Double.isFinite(v)) {
                if (bad++ == 0) {
                    first = i;
                    firstValue = v;
                }
            }
        }
        if (bad > 0) {
            throw ModelFile.bad(file, what + " holds " + thousands(bad) + " of " + thousands(numbers)
                    + " parameters that are not finite numbers (the first, number " + thousands(first + 1) + ", is "
                    + (Double.isNaN(firstValue) ? "NaN" : firstValue > 0 ? "+Infinity" : "-Infinity")
                    + "): the model diverged before it was saved or the file is damaged; open an earlier save, "
                    + "or train it again with a lower learning rate");
        }
    }

    static io.latentlab.data.BadInputException cutShort(Path file, String what, String where) {
        return ModelFile.bad(file, what + " inside it cannot be read as an array (it is cut short in " + where
                + "); the file is damaged, save or train the model again");
    }

    /** A {@code DataOutputStream.writeUTF} string (ASCII here); underflows when cut short. */
    private static String utf(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        if (length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] text = new byte[length];
        in.get(text);
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 24 ? printable : printable.substring(0, 21) + "...";
    }

    private static String thousands(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
