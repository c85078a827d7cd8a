package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * The model file of a convolutional GAN (kind {@code dcgan} or {@code cgan}): the {@link ModelFile}
 * zip with {@code card.json}, {@code generator.zip} and {@code discriminator.zip} (DL4J networks
 * as {@code ModelSerializer} writes them), for a conditional GAN {@code conditional_norm.bin}
 * (the per-class γ and β, which no DL4J layer holds, as {@code Nd4j.write} writes a float array)
 * and an optional {@code preview.png}. Saved atomically; loaded as untrusted input: the kind, both
 * networks' layers against the card's shape, the class names against the per-class array, and
 * one clear message for each thing wrong.
 */
public final class ConvGanFile {

    private ConvGanFile() {
    }

    public static void save(Path file, ConvGan model, ModelCard card, byte[] previewPng) throws IOException {
        checkCardMatches(file, card, model);
        byte[] cardBytes = ModelFile.cardBytes(card);
        byte[] generator = ModelFile.serialise(model.generator());
        byte[] discriminator = ModelFile.serialise(model.discriminator());
        byte[] norm = null;
        if (model.conditionalNorm() != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Nd4j.write(bytes, model.conditionalNorm().params());
            norm = bytes.toByteArray();
        }
        byte[] normBytes = norm;
        AtomicFile.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                ModelFile.put(zip, ModelFile.CARD, cardBytes);
                ModelFile.put(zip, ModelFile.GENERATOR, generator);
                ModelFile.put(zip, ModelFile.DISCRIMINATOR, discriminator);
                if (normBytes != null) {
                    ModelFile.put(zip, ModelFile.CONDITIONAL_NORM, normBytes);
                }
                if (previewPng != null && previewPng.length > 0) {
                    ModelFile.put(zip, ModelFile.PREVIEW, previewPng);
                }
            }
        });
    }

    /** Reads and checks a whole convolutional GAN model file. */
    public static LoadedConvGan load(Path file) {
        Map<String, byte[]> entries = ModelFile.readEntries(file);
        ModelCard card = ModelFile.parseCard(file, entries.get(ModelFile.CARD));
        ConvGanKind kind = ConvGanKind.byNameOrNull(card.kind());
        if (kind == null) {
            throw ModelFile.bad(file, "holds a '" + card.kind() + "' model, not a convolutional GAN; open a model file of kind dcgan or cgan");
        }
        int[] shape = card.dataShape();
        if (shape.length != 2 || shape[0] != ConvGanShape.SIDE || shape[1] != ConvGanShape.SIDE) {
            throw ModelFile.bad(file, "card.json gives data shape " + java.util.Arrays.toString(shape)
                    + ", not the 28×28 images a " + kind.cliName() + " makes; the file is damaged, save the model again");
        }
        if (kind.conditional() != entries.containsKey(ModelFile.CONDITIONAL_NORM)) {
            throw ModelFile.bad(file, kind.conditional()
                    ? "has no " + ModelFile.CONDITIONAL_NORM + ", which a conditional GAN needs; the file is incomplete, save or train the model again"
                    : "holds " + ModelFile.CONDITIONAL_NORM + " but card.json says dcgan, which has none; the file is damaged, save the model again");
        }
        MultiLayerNetwork generator = ModelFile.network(file, entries, ModelFile.GENERATOR);
        MultiLayerNetwork discriminator = ModelFile.network(file, entries, ModelFile.DISCRIMINATOR);
        ConditionalNorm norm = null;
        if (kind.conditional()) {
            norm = readNorm(file, entries.get(ModelFile.CONDITIONAL_NORM), card.classNames().size());
        }
        ConvGan model;
        try {
            model = new ConvGan(kind, generator, discriminator, norm, card.classNames());
        } catch (IllegalArgumentException e) {
            throw ModelFile.bad(file, "its networks do not fit together or the card (" + e.getMessage()
                    + "); the file is damaged, save the model again");
        }
        checkCardMatches(file, card, model);
        return new LoadedConvGan(card, model, entries.getOrDefault(ModelFile.PREVIEW, new byte[0]));
    }

    private static ConditionalNorm readNorm(Path file, byte[] bytes, int classes) {
        ArrayEntryCheck.check(file, ModelFile.CONDITIONAL_NORM, bytes, true); // before ND4J allocates what its header claims
        INDArray params;
        try {
            params = Nd4j.read(new ByteArrayInputStream(bytes));
        } catch (Exception | AssertionError e) {
            throw ModelFile.bad(file, ModelFile.CONDITIONAL_NORM + " inside it cannot be read as an array (" + ModelFile.oneLine(e)
                    + "); the file is damaged, save or train the model again");
        }
        long expected = 2L * classes * ConvGanShape.G_MID;
        if (classes < 2 || params.length() != expected) {
            throw ModelFile.bad(file, ModelFile.CONDITIONAL_NORM + " holds " + params.length() + " values but " + classes
                    + " classes need " + expected + "; the file is damaged, save the model again");
        }
        try {
            return new ConditionalNorm(classes, ConvGanShape.G_MID, params.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT));
        } catch (IllegalArgumentException e) {
            throw ModelFile.bad(file, ModelFile.CONDITIONAL_NORM + " is not a per-class scale and shift (" + e.getMessage()
                    + "); the file is damaged, save the model again");
        }
    }

    private static void checkCardMatches(Path file, ModelCard card, ConvGan model) {
        if (!model.kind().cliName().equals(card.kind())) {
            throw ModelFile.bad(file, "card.json says kind '" + card.kind() + "' but the model is a " + model.kind().cliName()
                    + "; the file is damaged, save the model again");
        }
        if (card.latentSize() != model.latentSize()) {
            throw ModelFile.bad(file, "card.json says latent size " + card.latentSize() + " but the generator takes "
                    + model.latentSize() + "; the file is damaged, save the model again");
        }
        if (card.dataSize() != model.shape().pixels()) {
            throw ModelFile.bad(file, "card.json says images of " + card.dataSize() + " pixels but the generator makes "
                    + model.shape().pixels() + "; the file is damaged, save the model again");
        }
        if (model.kind().conditional() && card.classNames().size() != model.classes()) {
            throw ModelFile.bad(file, "card.json names " + card.classNames().size() + " classes but the networks take "
                    + model.classes() + "; the file is damaged, save the model again");
        }
        String recorded = card.architecture().get("networks");
        if (recorded != null && !recorded.equals(model.describe())) {
            throw ModelFile.bad(file, "card.json says the networks are '" + recorded + "' but the file holds '" + model.describe()
                    + "'; the file is damaged, save the model again");
        }
    }

    /** The card's architecture entries for {@code model}. */
    public static Map<String, String> architecture(ConvGan model, boolean spectralNorm) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("networks", model.describe());
        a.put("generator_parameters", Long.toString(model.generatorParameters()));
        a.put("discriminator_parameters", Long.toString(model.discriminatorParameters()));
        a.put("batch_norm", "training mode (batch statistics) while training; sampling uses the running statistics (momentum 0.1)");
        a.put("discriminator_spectral_norm", Boolean.toString(spectralNorm));
        a.put("pixels", "tanh output in [-1, 1], mapped to [0, 1]");
        return a;
    }
}
