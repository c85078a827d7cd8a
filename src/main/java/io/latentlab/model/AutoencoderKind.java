package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.util.Locale;

/**
 * The image autoencoders: the two of the lecture's contrast, the same encoder size with and
 * without the KL term (a {@link #VAE} encodes a Gaussian posterior, μ and log σ², and decodes a
 * draw from it; a plain {@link #AE} encodes one point μ and decodes it as it is), and the
 * {@link #CVAE}, a VAE told the class: the label, one-hot, goes into the encoder beside the
 * pixels and into the decoder beside z, so the decoder makes the class asked for.
 */
public enum AutoencoderKind {
    VAE("vae", "variational autoencoder"),
    AE("ae", "autoencoder"),
    CVAE("cvae", "conditional VAE");

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
        return variational() ? 2 : 1;
    }

    /** Whether it has the KL term and a posterior to draw z from (VAE, cVAE). */
    public boolean variational() {
        return this != AE;
    }

    /** Whether encoder and decoder also read the class label, one-hot. */
    public boolean conditional() {
        return this == CVAE;
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
            throw new BadInputException("unknown autoencoder kind '" + name + "': choose vae, ae or cvae");
        }
        return kind;
    }
}
