package io.latentlab.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.latentlab.data.BadInputException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a DL4J network inside a model file before DL4J reads it, because model files come from
 * other people (students share them) and DL4J's JSON configuration names the Java classes Jackson
 * builds ({@code "@class": "…"}). Only the entries DL4J's {@code ModelSerializer} needs for a
 * network are allowed, each of bounded size (no zip bomb), and only the layer, activation,
 * preprocessor, updater and weight-initialisation classes Latent Lab's models use may be named.
 * Nothing is instantiated here: the configuration is read as a plain JSON tree.
 */
final class NetworkEntryCheck {

    /** What {@code ModelSerializer} writes for a network: no preprocessor or normaliser (those are Java-serialised objects). */
    static final Set<String> ENTRIES = Set.of("configuration.json", "coefficients.bin", "updaterState.bin", "noParams.marker");

    /**
     * The most bytes one entry may unpack to: the largest network here has 0.6 million parameters
     * (2.3 MB); a VAE on 64×64 images would have 17 MB.
     */
    static final long MAX_ENTRY_BYTES = 64L << 20;

    /** The classes Latent Lab's networks name in their configuration; anything else is refused. */
    static final Set<String> CLASSES = Set.of(
            "org.deeplearning4j.nn.conf.layers.DenseLayer",
            "org.deeplearning4j.nn.conf.layers.ConvolutionLayer",
            "org.deeplearning4j.nn.conf.layers.Deconvolution2D",
            "org.deeplearning4j.nn.conf.layers.BatchNormalization",
            "org.deeplearning4j.nn.conf.layers.ActivationLayer",
            "org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor",
            "org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor",
            "org.nd4j.linalg.activations.impl.ActivationIdentity",
            "org.nd4j.linalg.activations.impl.ActivationReLU",
            "org.nd4j.linalg.activations.impl.ActivationLReLU",
            "org.nd4j.linalg.activations.impl.ActivationTanH",
            "org.nd4j.linalg.activations.impl.ActivationELU",
            "org.nd4j.linalg.activations.impl.ActivationSigmoid",
            "org.nd4j.linalg.learning.config.Sgd",
            "org.nd4j.linalg.learning.config.NoOp",
            "org.nd4j.linalg.learning.config.Adam",
            "org.deeplearning4j.nn.weights.WeightInitUniform",
            "org.deeplearning4j.nn.weights.WeightInitXavier");

    private static final ObjectMapper JSON = new ObjectMapper();

    private NetworkEntryCheck() {
    }

    /** Throws one line naming {@code file} and its entry {@code name} unless the network in {@code bytes} is one of ours. */
    static void check(Path file, String name, byte[] bytes) {
        byte[] configuration = null;
        byte[] coefficients = null;
        byte[] updater = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String inner = entry.getName();
                if (!ENTRIES.contains(inner)) {
                    throw ModelFile.bad(file, name + " inside it holds an entry '" + ModelFile.shown(inner) + "' that Latent Lab never writes;"
                            + " it is not opened, since a model file from elsewhere could smuggle objects in that way");
                }
                byte[] read = readBounded(zip, file, name + "/" + inner);
                switch (inner) {
                    case "configuration.json" -> configuration = read;
                    case "coefficients.bin" -> coefficients = read;
                    case "updaterState.bin" -> updater = read;
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw ModelFile.bad(file, name + " inside it cannot be read as a DL4J network (not a readable zip: "
                    + ModelFile.oneLine(e) + "); the file is damaged, save or train the model again");
        }
        if (configuration == null) {
            throw ModelFile.bad(file, name + " inside it cannot be read as a DL4J network (it has no configuration.json);"
                    + " the file is damaged, save or train the model again");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(configuration);
        } catch (IOException e) {
            throw ModelFile.bad(file, name + "'s configuration is not valid JSON (" + ModelFile.oneLine(e)
                    + "); the file is damaged, save or train the model again");
        }
        String foreign = firstForeignClass(tree);
        if (foreign != null) {
            throw ModelFile.bad(file, name + " names the class " + foreign + ", which no Latent Lab model uses;"
                    + " it is not opened, since loading it would let the file choose what Java builds");
        }
        // ND4J trusts an array's header and allocates what it claims, outside Java: check the arrays first
        if (coefficients == null) {
            throw ModelFile.bad(file, name + " inside it has no parameters (no coefficients.bin);"
                    + " the file is damaged, save or train the model again");
        }
        ArrayEntryCheck.check(file, name + "'s coefficients.bin", coefficients, true);
        if (updater != null) {
            ArrayEntryCheck.check(file, name + "'s updaterState.bin", updater, false);
        }
    }

    /** The first {@code "@class"} value anywhere in the tree that is not in {@link #CLASSES}, or null. */
    static String firstForeignClass(JsonNode node) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("@class") && !(field.getValue().isTextual() && CLASSES.contains(field.getValue().asText()))) {
                    return field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString();
                }
                String inside = firstForeignClass(field.getValue());
                if (inside != null) {
                    return inside;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                String inside = firstForeignClass(element);
                if (inside != null) {
                    return inside;
                }
            }
        }
        return null;
    }

    private static byte[] readBounded(InputStream in, Path file, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_ENTRY_BYTES) {
                throw ModelFile.bad(file, what + " unpacks to more than " + (MAX_ENTRY_BYTES >> 20)
                        + " MiB, far more than any Latent Lab network; it is not opened");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
