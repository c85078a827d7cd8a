package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * The model file of an image autoencoder (kind {@code vae} or {@code ae}): the {@link ModelFile}
 * zip with {@code card.json}, {@code encoder.zip} and {@code decoder.zip} (each a DL4J network as
 * {@code ModelSerializer} writes it) and an optional {@code preview.png}. Saved atomically and
 * loaded as untrusted input with the same bounds and checks as a GAN's: the kind, the shapes of
 * both networks against the card, and one clear message for each thing wrong.
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
            throw ModelFile.bad(file, "holds a '" + card.kind() + "' model, not a VAE or autoencoder; open a model file of kind vae or ae");
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
            model = new ImageAutoencoder(kind, encoder, decoder, shape[0], shape[1]);
        } catch (IllegalArgumentException e) {
            throw ModelFile.bad(file, "its networks do not fit together or the card (" + e.getMessage()
                    + "); the file is damaged, save the model again");
        }
        checkCardMatches(file, card, model);
        return new LoadedAutoencoder(card, model, entries.getOrDefault(ModelFile.PREVIEW, new byte[0]));
    }

    private static void checkCardMatches(Path file, ModelCard card, ImageAutoencoder model) {
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
        return Map.of("encoder", MlpShape.of(model.encoder()).describe(),
                "decoder", MlpShape.of(model.decoder()).describe() + " (logit)",
                "likelihood", "bernoulli");
    }

}
