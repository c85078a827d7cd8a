package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.util.Locale;

/**
 * The two image autoencoders of the lecture's contrast, the same encoder size with and without
 * the KL term: a {@link #VAE} encodes a Gaussian posterior (μ and log σ²) and decodes a draw
 * from it; a plain {@link #AE} encodes one point μ and decodes it as it is.
 */
public enum AutoencoderKind {
    VAE("vae", "variational autoencoder"),
    AE("ae", "autoencoder");

    private final String cliName;
    private final String label;

    AutoencoderKind(String cliName, String label) {
        this.cliName = cliName;
        this.label = label;
    }

    /** The kind in model cards and on the command line: {@code vae}, {@code ae}. */
    public String cliName() {
        return cliName;
    }

    public String label() {
        return label;
    }

    /** Encoder outputs per latent dimension: μ and log σ² for a VAE, μ for an AE. */
    public int encoderOutputsPerLatent() {
        return this == VAE ? 2 : 1;
    }

    /** By {@link #cliName()}, case-insensitive; null when it is neither. */
    public static AutoencoderKind byNameOrNull(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (AutoencoderKind k : values()) {
            if (k.cliName.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** By {@link #cliName()}; a {@link BadInputException} naming the choices otherwise. */
    public static AutoencoderKind byName(String name) {
        AutoencoderKind kind = byNameOrNull(name);
        if (kind == null) {
            throw new BadInputException("unknown autoencoder kind '" + name + "': choose vae or ae");
        }
        return kind;
    }
}
