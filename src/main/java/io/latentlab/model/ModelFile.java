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
    private static final Map<String, Long> MAX_ENTRY_BYTES = Map.of(
            CARD, 1L << 20, GENERATOR, 512L << 20, DISCRIMINATOR, 512L << 20, PREVIEW, 16L << 20, DATA, 16L << 20,
            ENCODER, 512L << 20, DECODER, 512L << 20, CONDITIONAL_NORM, 1L << 20);
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
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                String name = entry.getName();
                Long limit = MAX_ENTRY_BYTES.get(name);
                if (limit == null) {
                    throw bad(file, "holds an unexpected entry '" + name + "'; a model file holds only "
                            + String.join(", ", MAX_ENTRY_BYTES.keySet()) + ", so this is not one of ours");
                }
                if (entries.containsKey(name)) {
                    throw bad(file, "holds '" + name + "' twice; the file is damaged");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(name, readBounded(file, name, in, limit));
                }
            }
        } catch (NoSuchFileException e) {
            throw bad(file, "does not exist; check the path");
        } catch (ZipException e) {
            throw bad(file, "is not a zip file (" + oneLine(e) + "), so not a Latent Lab model; open a " + SUFFIX
                    + " saved by Latent Lab or written by 'latentlab train'");
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
                throw bad(file, name + " inside it is larger than " + (limit >> 20) + " MiB; the file is not a model we wrote");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
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
