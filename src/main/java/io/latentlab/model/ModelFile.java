package io.latentlab.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.latentlab.data.BadInputException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The model file: one zip per model ({@code NAME.lab.zip}) holding {@code card.json}, each network
 * as DL4J's {@link ModelSerializer} writes it, and {@code preview.png}.
 *
 * <p>Saving is atomic. Loading treats the file as untrusted: bounded sizes (counted while
 * reading, not taken from the zip's headers), only the known entry names, nothing executed,
 * and shapes checked against the card. Every failure is a {@link BadInputException} that names
 * the file, says what is wrong and what to do.
 */
public final class ModelFile {

    public static final int FORMAT_VERSION = 1;
    public static final String CARD = "card.json";
    public static final String GENERATOR = "generator.zip";
    public static final String DISCRIMINATOR = "discriminator.zip";
    /** The networks of an image autoencoder ({@link AutoencoderFile}). */
    public static final String ENCODER = "encoder.zip";
    public static final String DECODER = "decoder.zip";
    public static final String PREVIEW = "preview.png";
    /** A conditional GAN's per-class normalisation ({@link ConvGanFile}), as {@code Nd4j.write} writes it. */
    public static final String CONDITIONAL_NORM = "conditional_norm.bin";
    /** The points of data a person made (a brush drawing, a points CSV), which no name can rebuild. */
    public static final String DATA = "data.csv";
    /** The most data points a model file keeps. */
    static final int MAX_DATA_POINTS = 200_000;
    public static final String SUFFIX = ".lab.zip";
    /** The card's {@code architecture} key that names the {@link NoisePrior} (gaussian when absent). */
    public static final String NOISE = "noise";
    /** The card's {@code architecture} keys naming each network's {@link HiddenActivation} (relu when absent). */
    public static final String GENERATOR_ACTIVATION = "generator_activation";
    public static final String DISCRIMINATOR_ACTIVATION = "discriminator_activation";

    static final long MAX_FILE_BYTES = 1L << 30;
    /**
     * The most bytes each entry may unpack to, counted while reading (a zip's own sizes can lie):
     * a network here is at most a few MB (a VAE on 64×64 images would be 17 MB).
     */
    private static final Map<String, Long> MAX_ENTRY_BYTES = Map.of(
            CARD, 1L << 20, GENERATOR, NetworkEntryCheck.MAX_ENTRY_BYTES, DISCRIMINATOR, NetworkEntryCheck.MAX_ENTRY_BYTES,
            PREVIEW, 16L << 20, DATA, 16L << 20, ENCODER, NetworkEntryCheck.MAX_ENTRY_BYTES,
            DECODER, NetworkEntryCheck.MAX_ENTRY_BYTES, CONDITIONAL_NORM, 1L << 20);
    /** The most entries a model file holds: a card, at most two networks and a per-class array, a preview, the data. */
    static final int MAX_ENTRIES = 6;
    /** The most bytes all entries together may unpack to. */
    static final long MAX_TOTAL_BYTES = 160L << 20;
    /** What to do with a file that is not a model we wrote. */
    static final String OPEN_OURS = "open a " + SUFFIX + " saved by Latent Lab or written by 'latentlab train'";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFile() {
    }

    /** Writes a GAN's model file atomically. */
    public static void saveGan(Path file, Gan gan, ModelCard card, byte[] previewPng) throws IOException {
        saveGan(file, gan, card, previewPng, null);
    }

    /**
     * Writes a GAN's model file atomically, with the points of the data it learned when no name
     * rebuilds them (a drawing): {@code dataPoints} row-major, {@link Gan#dataSize()} values per
     * point, or null.
     */
    public static void saveGan(Path file, Gan gan, ModelCard card, byte[] previewPng, float[] dataPoints) throws IOException {
        checkCardMatches(file, card, gan);
        byte[] data = dataPoints == null ? null : ModelData.csv(dataPoints, gan.dataSize());
        byte[] cardBytes = JSON.writeValueAsBytes(card);
        byte[] generator = serialise(gan.generator());
        byte[] discriminator = serialise(gan.discriminator());
        AtomicFile.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, CARD, cardBytes);
                put(zip, GENERATOR, generator);
                put(zip, DISCRIMINATOR, discriminator);
                if (previewPng != null && previewPng.length > 0) {
                    put(zip, PREVIEW, previewPng);
                }
                if (data != null) {
                    put(zip, DATA, data);
                }
            }
        });
    }

    /** The card as {@code card.json} holds it. */
    static byte[] cardBytes(ModelCard card) throws IOException {
        return JSON.writeValueAsBytes(card);
    }

    static byte[] serialise(MultiLayerNetwork net) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, false);
        return bytes.toByteArray();
    }

    static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Reads only the card, for {@code info} and for the open dialog. */
    public static ModelCard readCard(Path file) {
        return parseCard(file, readEntries(file).get(CARD));
    }

    /** Reads and checks a whole model file. */
    public static LoadedModel load(Path file) {
        ModelCards.require(file, ModelPlace.TOY_LAB); // the kind from the card alone, before any other entry is read
        Map<String, byte[]> entries = readEntries(file);
        ModelCard card = parseCard(file, entries.get(CARD));
        MultiLayerNetwork generator = network(file, entries, GENERATOR);
        MultiLayerNetwork discriminator = network(file, entries, DISCRIMINATOR);
        NoisePrior prior;
        try {
            prior = NoisePrior.byName(card.architecture().getOrDefault(NOISE, NoisePrior.GAUSSIAN.cliName()));
        } catch (BadInputException e) {
            throw bad(file, "card.json names noise '" + card.architecture().get(NOISE)
                    + "', which this version does not know (gaussian, uniform); update Latent Lab or save the model again");
        }
        Gan gan;
        try {
            gan = new Gan(generator, discriminator, prior);
        } catch (IllegalArgumentException e) {
            throw bad(file, "its networks do not fit together (" + e.getMessage() + "); the file is damaged, save the model again");
        }
        checkCardMatches(file, card, gan);
        float[] data = entries.containsKey(DATA)
                ? ModelData.parse(file, entries.get(DATA), gan.dataSize(), MAX_DATA_POINTS) : new float[0];
        return new LoadedModel(card, gan, entries.getOrDefault(PREVIEW, new byte[0]), data);
    }

    private static void checkCardMatches(Path file, ModelCard card, Gan gan) {
        if (card.latentSize() != gan.noiseSize()) {
            throw bad(file, "card.json says latent size " + card.latentSize() + " but the generator takes "
                    + gan.noiseSize() + "; the file is damaged, save the model again");
        }
        if (card.dataSize() != gan.dataSize()) {
            throw bad(file, "card.json says samples of " + card.dataSize() + " values but the generator makes "
                    + gan.dataSize() + "; the file is damaged, save the model again");
        }
        checkNetworkMatches(file, card, "generator", GENERATOR_ACTIVATION, gan.shape().generator());
        checkNetworkMatches(file, card, "discriminator", DISCRIMINATOR_ACTIVATION, gan.shape().discriminator());
    }

    /** The card's layer sizes and activation of one network, where it records them, against the network's. */
    private static void checkNetworkMatches(Path file, ModelCard card, String network, String activationKey, MlpShape shape) {
        String sizes = card.architecture().get(network);
        if (sizes != null) {
            String recorded = sizes.replace(" (logit)", "").trim();
            if (!recorded.equals(shape.describe())) {
                throw bad(file, "card.json says the " + network + " is " + recorded + " but " + network + ".zip holds "
                        + shape.describe() + "; the file is damaged, save the model again");
            }
        }
        String activation = card.architecture().get(activationKey);
        if (activation != null && shape.depth() > 0 && !activation.equals(shape.activation().cliName())) {
            throw bad(file, "card.json says the " + network + " uses " + activation + " but " + network + ".zip uses "
                    + shape.activation().cliName() + "; the file is damaged, save the model again");
        }
    }

    static MultiLayerNetwork network(Path file, Map<String, byte[]> entries, String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw bad(file, "has no " + name + "; the file is incomplete, save or train the model again");
        }
        NetworkEntryCheck.check(file, name, bytes); // before DL4J builds anything the file names
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
        } catch (Exception | AssertionError e) {
            throw bad(file, name + " inside it cannot be read as a DL4J network (" + oneLine(e)
                    + "); the file is damaged, save or train the model again");
        }
    }

    static ModelCard parseCard(Path file, byte[] bytes) {
        if (bytes == null) {
            throw bad(file, "has no card.json, so it is not a Latent Lab model file; open a " + SUFFIX
                    + " saved by Latent Lab or written by 'latentlab train'");
        }
        ModelCard card;
        try {
            card = JSON.readValue(bytes, ModelCard.class);
        } catch (IOException e) {
            throw bad(file, "card.json is not valid (" + oneLine(e) + "); the file is damaged, save the model again");
        }
        if (card.formatVersion() > FORMAT_VERSION) {
            throw bad(file, "was written in model format " + card.formatVersion() + " by a newer Latent Lab; "
                    + "this one reads format " + FORMAT_VERSION + ", so update Latent Lab to open it");
        }
        if (card.formatVersion() < 1 || card.kind() == null) {
            throw bad(file, "card.json has no format version or kind; the file is damaged, save the model again");
        }
        return card;
    }

    static Map<String, byte[]> readEntries(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw bad(file, Files.exists(file) ? "is not a file" : "does not exist; check the path");
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw bad(file, "is larger than " + (MAX_FILE_BYTES >> 20) + " MiB, too large for a model file");
            }
        } catch (IOException e) {
            throw bad(file, "cannot be read (" + oneLine(e) + ")");
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            refuseTooManyEntries(file, zip);
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                Long limit = MAX_ENTRY_BYTES.get(name);
                if (limit == null) {
                    throw bad(file, "holds an unexpected entry '" + shown(name) + "'; a model file holds only "
                            + String.join(", ", MAX_ENTRY_BYTES.keySet()) + ", so this is not one of ours; " + OPEN_OURS);
                }
                if (entries.containsKey(name)) {
                    throw bad(file, "holds '" + name + "' twice; the file is damaged");
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = readBounded(file, name, in, Math.min(limit, MAX_TOTAL_BYTES - total));
                }
                total += bytes.length;
                entries.put(name, bytes);
            }
        } catch (NoSuchFileException e) {
            throw bad(file, "does not exist; check the path");
        } catch (ZipException e) {
            throw notAZip(file, e);
        } catch (IOException e) {
            throw bad(file, "cannot be read (" + oneLine(e) + ")");
        }
        return entries;
    }

    private static byte[] readBounded(Path file, String name, InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw bad(file, name + " inside it unpacks to more than " + (limit >> 20) + " MiB, far more than any Latent Lab"
                        + " model holds, so it is not opened (a zip bomb, or not a model we wrote); " + OPEN_OURS);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** No model file holds more than {@link #MAX_ENTRIES} entries; a zip of thousands is refused before any is read. */
    static void refuseTooManyEntries(Path file, ZipFile zip) {
        if (zip.size() > MAX_ENTRIES) {
            throw bad(file, "holds " + String.format(java.util.Locale.ROOT, "%,d", zip.size()) + " entries, more than the "
                    + MAX_ENTRIES + " of any Latent Lab model, so it is not one of ours; " + OPEN_OURS);
        }
    }

    /** A file that java.util.zip cannot open: not a zip, or one cut short (its directory is at the end). */
    static BadInputException notAZip(Path file, ZipException e) {
        return bad(file, "is not a zip file (" + oneLine(e) + "), or it was cut short, so not a Latent Lab model;"
                + " copy it again or " + OPEN_OURS);
    }

    /** A name from inside a file as a message shows it: printable, on one line, at most 60 characters. */
    static String shown(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }

    static BadInputException bad(Path file, String what) {
        return new BadInputException(file.getFileName() + " " + what);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
