package io.latentlab.model;

import java.util.Locale;
import java.util.Map;

/**
 * The model kinds a card can name, in a teacher's words, and which {@link ModelPlace} of this
 * version opens each: {@code gan} the toy lab, the image autoencoders and GANs the Images tab. A kind
 * this version cannot open (a newer one's) is still described, and the message says so.
 */
public final class ModelKinds {

    /** Every kind a card may name, as a person says it; the ones a place opens are in {@link #placeOf}. */
    private static final Map<String, String> WORDS = Map.of(
            "gan", "GAN",
            "vae", "VAE",
            "ae", "autoencoder",
            "dcgan", "DCGAN",
            "cgan", "conditional GAN",
            "cvae", "conditional VAE");

    private ModelKinds() {
    }

    /**
     * Where this version opens {@code kind}, or null when it cannot open it. When a workspace
     * learns a kind (a DCGAN or a conditional model on the Images tab), it is added here, and the
     * pretrained menu, the open paths and the command line follow.
     */
    public static ModelPlace placeOf(String kind) {
        if ("gan".equals(kind)) {
            return ModelPlace.TOY_LAB;
        }
        if (ImageModelKind.byNameOrNull(kind) != null) {
            return ModelPlace.IMAGES;
        }
        return null;
    }

    /** "VAE", "conditional GAN", or "'xyz' model" for a kind no version so far has named. */
    public static String words(String kind) {
        String known = WORDS.get(kind);
        return known != null ? known : "'" + kind + "' model";
    }

    /** "a VAE for 28×28 images", "an autoencoder for 28×28 images", "a GAN of 2-D points". */
    public static String what(ModelCard card) {
        String word = words(card.kind());
        String article = "aeiou".indexOf(Character.toLowerCase(word.charAt(word.charAt(0) == '\'' ? 1 : 0))) >= 0 ? "an " : "a ";
        int[] shape = card.dataShape();
        String of = shape.length == 2 ? " for " + shape[0] + "×" + shape[1] + " images"
                : shape.length == 1 ? " of " + shape[0] + "-D points" : "";
        return article + word + of;
    }

    /**
     * Null when {@code place} opens the card's model; otherwise one line: "mnist-vae-20.lab.zip
     * holds a VAE for 28×28 images; open it in the Images tab (Open model… on that tab, or File ▸
     * Open pretrained)", or, for a kind this version does not know, that a newer Latent Lab is needed.
     */
    public static String wrongPlace(String fileName, ModelCard card, ModelPlace place) {
        ModelPlace home = placeOf(card.kind());
        if (home == place) {
            return null;
        }
        if (home == null) {
            return cannotOpen(fileName, card);
        }
        return fileName + " holds " + what(card) + "; open it in " + home.title() + " (" + home.howToOpen() + ")";
    }

    /** The line for a kind this version cannot open. */
    public static String cannotOpen(String fileName, ModelCard card) {
        String kindNamed = WORDS.containsKey(card.kind()) ? " (kind '" + card.kind().toLowerCase(Locale.ROOT) + "')" : "";
        return fileName + " holds " + what(card) + kindNamed + ", which this version of Latent Lab cannot open;"
                + " update Latent Lab to open it";
    }
}
