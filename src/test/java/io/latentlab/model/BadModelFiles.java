package io.latentlab.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damaged and hostile model files made from the shipped ones, each with what its one-line
 * refusal must say: cut short, not a zip, absurd sizes (a 1 GiB zip bomb, a 100 MB card, a
 * thousand entries, an array header claiming 2⁴⁰ numbers), an entry named {@code ../../x},
 * NaN and infinities among the parameters, and cards that disagree with their networks.
 */
public final class BadModelFiles {

    public static final Path RING = Path.of("pretrained", "ring8-gan.lab.zip");
    public static final Path VAE = Path.of("pretrained", "mnist-vae-20.lab.zip");
    public static final Path CGAN = Path.of("pretrained", "mnist-cgan.lab.zip");

    /** One bad file and a piece of the message that refuses it. */
    public record Case(String what, Path file, String says) {
        /** Whether it was made from an image model (opened in the Images and Explore tabs) rather than the toy GAN. */
        public boolean image() {
            String name = String.valueOf(file.getFileName());
            return List.of("bomb.lab.zip", "nan.lab.zip", "nan-norm.lab.zip", "latent16.lab.zip").contains(name);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    private BadModelFiles() {
    }

    /** Every case, written into {@code dir}. */
    public static List<Case> all(Path dir) {
        return some(dir, name -> true);
    }

    /** The cases whose file name {@code wanted} accepts, written into {@code dir}; the others are not made. */
    public static List<Case> some(Path dir, Predicate<String> wanted) {
        try {
            Made made = new Made(dir, wanted);
            byte[] ring = Files.readAllBytes(RING);
            for (double cut : new double[] {0.0, 0.02, 0.5, 0.97}) {
                int keep = (int) (ring.length * cut);
                made.add("ring8 cut to " + keep + " bytes", "cut-" + keep + ".lab.zip", () -> java.util.Arrays.copyOf(ring, keep),
                        "or it was cut short");
            }
            made.add("a PNG named .lab.zip", "picture.lab.zip", () -> unzip(ring).get(ModelFile.PREVIEW),
                    "picture.lab.zip is not a zip file");
            made.add("card.json of 100 MB", "big-card.lab.zip", () -> DeflateBomb.zip(withBomb(unzip(ring), ModelFile.CARD, ' ', 100L << 20)),
                    "card.json inside it unpacks to more than 1 MiB");
            made.add("decoder.zip inflating to 1 GiB", "bomb.lab.zip",
                    () -> DeflateBomb.zip(withBomb(unzip(Files.readAllBytes(VAE)), ModelFile.DECODER, 0, 1L << 30)),
                    "decoder.zip inside it unpacks to more than 64 MiB");
            made.add("an entry named ../../x", "escape.lab.zip", () -> edit(RING, e -> with(e, "../../x", new byte[1])),
                    "holds an unexpected entry '../../x' that points outside the zip");
            made.add("a thousand entries", "crowd.lab.zip", () -> edit(RING, e -> {
                for (int i = 0; i < 1000; i++) {
                    e = with(e, "e" + i, new byte[0]);
                }
                return e;
            }), "holds 1,004 entries, more than the 6 of any Latent Lab model");
            made.add("NaN in the decoder's parameters", "nan.lab.zip",
                    () -> edit(VAE, e -> inner(e, ModelFile.DECODER, "coefficients.bin", c -> number(c, 100, Float.NaN))),
                    "decoder.zip's coefficients.bin holds 1 of 412,944 parameters that are not finite numbers (the first, number 101, is NaN)");
            made.add("-Infinity in the generator's parameters", "inf.lab.zip",
                    () -> edit(RING, e -> inner(e, ModelFile.GENERATOR, "coefficients.bin", c -> number(c, 0, Float.NEGATIVE_INFINITY))),
                    "is -Infinity): the model diverged before it was saved or the file is damaged");
            made.add("a parameter array claiming 2^40 numbers", "huge-array.lab.zip",
                    () -> edit(RING, e -> inner(e, ModelFile.GENERATOR, "coefficients.bin", c -> claim(c, 1L << 40))),
                    "generator.zip's coefficients.bin inside it claims 1,099,511,627,776 numbers but holds only 17,928 bytes");
            made.add("NaN in the conditional GAN's class scales", "nan-norm.lab.zip",
                    () -> edit(CGAN, e -> with(e, ModelFile.CONDITIONAL_NORM, number(e.get(ModelFile.CONDITIONAL_NORM), 7, Float.NaN))),
                    "conditional_norm.bin holds 1 of");
            made.add("a layer of a billion units", "wide.lab.zip",
                    () -> edit(RING, e -> inner(e, ModelFile.GENERATOR, "configuration.json", c -> text(c, "\"nout\" : 64", "\"nout\" : 1000000000"))),
                    "generator.zip inside it cannot be read as a DL4J network (Invalid parameters");
            made.add("card says latent 16, the network takes 20", "latent16.lab.zip",
                    () -> edit(VAE, e -> with(e, ModelFile.CARD, text(e.get(ModelFile.CARD), "\"latentSize\" : 20", "\"latentSize\" : 16"))),
                    "card.json says latent size 16 but the decoder takes 20");
            made.add("card.json that is not JSON", "garbled.lab.zip",
                    () -> edit(RING, e -> with(e, ModelFile.CARD, "{\"formatVersion\": 1, \"kind\": ".getBytes(StandardCharsets.UTF_8))),
                    "card.json is not valid");
            return made.cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of one bad file, made only when its case is wanted. */
    private interface Bytes {
        byte[] make() throws IOException;
    }

    private record Made(Path dir, Predicate<String> wanted, List<Case> cases) {
        Made(Path dir, Predicate<String> wanted) {
            this(dir, wanted, new ArrayList<>());
        }

        void add(String what, String name, Bytes bytes, String says) throws IOException {
            if (wanted.test(name)) {
                cases.add(new Case(what, Files.write(dir.resolve(name), bytes.make()), says));
            }
        }
    }

    private static byte[] edit(Path from, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return zip(change.apply(unzip(Files.readAllBytes(from))));
    }

    private static Map<String, Object> withBomb(Map<String, byte[]> entries, String name, int value, long size) {
        Map<String, Object> out = new LinkedHashMap<>(entries);
        out.put(name, new long[] {value, size});
        return out;
    }

    private static Map<String, byte[]> with(Map<String, byte[]> entries, String name, byte[] bytes) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put(name, bytes);
        return out;
    }

    /** {@code entries} with the inner entry {@code inner} of its network {@code network} changed. */
    private static Map<String, byte[]> inner(Map<String, byte[]> entries, String network, String inner, UnaryOperator<byte[]> change) {
        try {
            Map<String, byte[]> net = unzip(entries.get(network));
            return with(entries, network, zip(with(net, inner, change.apply(net.get(inner)))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] text(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.contains(from)) {
            throw new IllegalStateException("no '" + from + "' to replace");
        }
        return s.replaceFirst(java.util.regex.Pattern.quote(from), to).getBytes(StandardCharsets.UTF_8);
    }

    /** Where an ND4J array's numbers start, and where its count is: [count position, first number position]. */
    private static int[] layout(byte[] array) {
        ByteBuffer b = ByteBuffer.wrap(array);
        skipUtf(b);
        long shape = b.getLong();
        String type = utf(b);
        b.position(b.position() + (int) shape * (type.equals("LONG") ? 8 : 4));
        skipUtf(b);
        int count = b.position();
        b.getLong();
        skipUtf(b);
        return new int[] {count, b.position()};
    }

    /** The float array with its number {@code index} set to {@code value}. */
    private static byte[] number(byte[] array, int index, float value) {
        byte[] copy = array.clone();
        ByteBuffer.wrap(copy).putFloat(layout(copy)[1] + 4 * index, value);
        return copy;
    }

    /** The array with its shape (rank 1) and count both claiming {@code count} numbers. */
    private static byte[] claim(byte[] array, long count) {
        byte[] copy = array.clone();
        ByteBuffer b = ByteBuffer.wrap(copy);
        skipUtf(b);
        b.getLong();
        skipUtf(b);
        b.putLong(b.position() + 8, count); // shape information: rank, then the one dimension
        b.putLong(layout(copy)[0], count);
        return copy;
    }

    private static void skipUtf(ByteBuffer b) {
        utf(b);
    }

    private static String utf(ByteBuffer b) {
        byte[] s = new byte[Short.toUnsignedInt(b.getShort())];
        b.get(s);
        return new String(s, StandardCharsets.ISO_8859_1);
    }

    static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
