package io.latentlab.model;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * One file of the pretrained folder as a menu lists it: its card (read alone, see
 * {@link ModelCards#peek}), or, when the card cannot be read, what is wrong with the file.
 *
 * @param file    the model file
 * @param card    its card, or null when {@code problem} says why there is none
 * @param problem one line on what is wrong, or null
 */
public record PretrainedModel(Path file, ModelCard card, String problem) {

    private static final Map<String, String> DATASET_TITLES = Map.of(
            "mnist", "MNIST", "fashion-mnist", "Fashion-MNIST", "kmnist", "KMNIST", "shapes", "shapes");

    /** "mnist-vae-20" for mnist-vae-20.lab.zip. */
    public String name() {
        String n = String.valueOf(file.getFileName());
        return n.endsWith(ModelFile.SUFFIX) ? n.substring(0, n.length() - ModelFile.SUFFIX.length()) : n;
    }

    /** Where this version opens it, or null (a damaged file, or a kind it does not know). */
    public ModelPlace place() {
        return card == null ? null : ModelKinds.placeOf(card.kind());
    }

    /**
     * One line from the card: kind, data, latent size and the final figure, e.g. "VAE · MNIST ·
     * 20 latents · test −ELBO 104.7 nats"; for a kind this version cannot open, which version is needed.
     */
    public String description() {
        if (card == null) {
            return problem;
        }
        StringBuilder s = new StringBuilder(capitalised(ModelKinds.words(card.kind())));
        s.append(" · ").append(DATASET_TITLES.getOrDefault(card.dataset(), String.valueOf(card.dataset())));
        s.append(" · ").append(card.latentSize()).append(card.latentSize() == 1 ? " latent" : " latents");
        String figure = finalFigure(card);
        if (figure != null) {
            s.append(" · ").append(figure);
        }
        ModelPlace where = place();
        s.append(where == null ? " · needs a newer Latent Lab" : " · opens in " + where.title());
        return s.toString();
    }

    /** The card's headline figure in words, or null when it records none this version knows. */
    static String finalFigure(ModelCard card) {
        Map<String, Double> m = card.metrics();
        if (m.get(AutoencoderFile.TEST_NEG_ELBO) != null && !"ae".equals(card.kind())) {
            return String.format(Locale.ROOT, "test −ELBO %.1f nats", m.get(AutoencoderFile.TEST_NEG_ELBO));
        }
        if (m.get("test_reconstruction_nats") != null) {
            return String.format(Locale.ROOT, "test reconstruction %.1f nats", m.get("test_reconstruction_nats"));
        }
        if (m.get("modes_covered") != null) {
            return String.format(Locale.ROOT, "%.0f modes covered", m.get("modes_covered"));
        }
        return null;
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
