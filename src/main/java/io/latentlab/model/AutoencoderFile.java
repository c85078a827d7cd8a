package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * The model file of an image autoencoder (kind {@code vae}, {@code ae} or {@code cvae}): the {@link ModelFile}
 * zip with {@code card.json}, {@code encoder.zip} and {@code decoder.zip} (each a DL4J network as
 * {@code ModelSerializer} writes it) and an optional {@code preview.png}. Saved atomically and
 * loaded as untrusted input with the same bounds and checks as a GAN's: the kind, the shapes of
 * both networks against the card, a conditional model's class names, and one clear message for
 * each thing wrong.
 */
public final class AutoencoderFile {

    /** The card's metric: the negative ELBO on the test set, nats per image (Bernoulli, summed over pixels). */
    public static final String TEST_NEG_ELBO = "test_neg_elbo_nats";

    private AutoencoderFile() {
    }

    /** Writes the model file atomically. */
    public static void save(Path file, ImageAutoencoder model, ModelCard card, byte[] previewPng) throws IOException {
        checkCardMatches(file, card, model);
        byte[] cardBytes = ModelFile.cardBytes(card);
        byte[] encoder = ModelFile.serialise(model.encoder());
        byte[] decoder = ModelFile.serialise(model.decoder());
        AtomicFile.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                ModelFile.put(zip, ModelFile.CARD, cardBytes);
                ModelFile.put(zip, ModelFile.ENCODER, encoder);
                ModelFile.put(zip, ModelFile.DECODER, decoder);
                if (previewPng != null && previewPng.length > 0) {
                    ModelFile.put(zip, ModelFile.PREVIEW, previewPng);
                }
            }
        });
    }

    /** Reads and checks a whole autoencoder model file. */
    public static LoadedAutoencoder load(Path file) {
        ModelCards.require(file, ModelPlace.IMAGES); // the kind from the card alone, before any other entry is read
        Map<String, byte[]> entries = ModelFile.readEntries(file);
        ModelCard card = ModelFile.parseCard(file, entries.get(ModelFile.CARD));
        AutoencoderKind kind = AutoencoderKind.byNameOrNull(card.kind());
        if (kind == null) {
            throw ModelFile.bad(file, "holds a '" + card.kind() + "' model, not a VAE or autoencoder; open a model file of kind vae, ae or cvae");
        }
        int[] shape = card.dataShape();
        if (shape.length != 2 || shape[0] < 1 || shape[1] < 1) {
            throw ModelFile.bad(file, "card.json gives data shape " + java.util.Arrays.toString(shape)
                    + ", not an image's [rows, cols]; the file is damaged, save the model again");
        }
        MultiLayerNetwork encoder = ModelFile.network(file, entries, ModelFile.ENCODER);
        MultiLayerNetwork decoder = ModelFile.network(file, entries, ModelFile.DECODER);
        ImageAutoencoder model;
        try {
            model = new ImageAutoencoder(kind, encoder, decoder, shape[0], shape[1], card.classNames());
        } catch (IllegalArgumentException e) {
            throw ModelFile.bad(file, "its networks do not fit together or the card (" + e.getMessage()
                    + "); the file is damaged, save the model again");
        }
        checkCardMatches(file, card, model);
        return new LoadedAutoencoder(card, model, entries.getOrDefault(ModelFile.PREVIEW, new byte[0]));
    }

    /**
     * Reads a model file that must hold {@code expected}: one clear message when it holds another
     * kind (a cvae where a vae is asked for, and so on), before its networks are read.
     */
    public static LoadedAutoencoder load(Path file, AutoencoderKind expected) {
        String kind = ModelFile.readCard(file).kind();
        if (!expected.cliName().equals(kind)) {
            AutoencoderKind held = AutoencoderKind.byNameOrNull(kind);
            throw ModelFile.bad(file, "holds " + (held == null ? "a '" + kind + "' model" : "a " + held.label() + " (" + kind + ")")
                    + ", not a " + expected.label() + " (" + expected.cliName() + "); open a model file of kind "
                    + expected.cliName());
        }
        return load(file);
    }

    private static void checkCardMatches(Path file, ModelCard card, ImageAutoencoder model) {
        if (!card.classNames().equals(model.classNames())) {
            throw ModelFile.bad(file, "card.json names the classes " + card.classNames() + " but the model has "
                    + model.classNames() + "; the file is damaged, save the model again");
        }
        if (!model.kind().cliName().equals(card.kind())) {
            throw ModelFile.bad(file, "card.json says kind '" + card.kind() + "' but the model is a " + model.kind().cliName()
                    + "; the file is damaged, save the model again");
        }
        if (card.latentSize() != model.latentSize()) {
            throw ModelFile.bad(file, "card.json says latent size " + card.latentSize() + " but the decoder takes "
                    + model.latentSize() + "; the file is damaged, save the model again");
        }
        if (card.dataSize() != model.pixels()) {
            throw ModelFile.bad(file, "card.json says images of " + card.dataSize() + " pixels but the decoder makes "
                    + model.pixels() + "; the file is damaged, save the model again");
        }
        checkSizes(file, card, "encoder", MlpShape.of(model.encoder()));
        checkSizes(file, card, "decoder", MlpShape.of(model.decoder()));
    }

    private static void checkSizes(Path file, ModelCard card, String network, MlpShape shape) {
        String sizes = card.architecture().get(network);
        if (sizes != null && !sizes.replace(" (logit)", "").trim().equals(shape.describe())) {
            throw ModelFile.bad(file, "card.json says the " + network + " is " + sizes + " but " + network + ".zip holds "
                    + shape.describe() + "; the file is damaged, save the model again");
        }
    }

    /** The card's architecture entries for {@code model}: each network's layer sizes. */
    public static Map<String, String> architecture(ImageAutoencoder model) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        entries.put("encoder", MlpShape.of(model.encoder()).describe());
        entries.put("decoder", MlpShape.of(model.decoder()).describe() + " (logit)");
        entries.put("likelihood", "bernoulli");
        if (model.classes() > 0) {
            entries.put("conditioning", "one-hot label of " + model.classes() + " classes after the encoder's pixels and the decoder's z");
        }
        return entries;
    }

}
