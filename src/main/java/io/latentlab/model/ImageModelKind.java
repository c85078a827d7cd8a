package io.latentlab.model;

import java.util.Locale;

/**
 * The image models the Images tab trains, in the order a lecture meets them: the two
 * autoencoders of the "autoencoder vs VAE" contrast, the VAE told the class, the DCGAN and the
 * GAN told the class. Each names the engine kind underneath ({@link AutoencoderKind} or
 * {@link ConvGanKind}) and its usual settings.
 */
public enum ImageModelKind {
    VAE(AutoencoderKind.VAE, null),
    AE(AutoencoderKind.AE, null),
    CVAE(AutoencoderKind.CVAE, null),
    DCGAN(null, ConvGanKind.DCGAN),
    CGAN(null, ConvGanKind.CGAN);

    /** The DCGAN's latent size and Adam rate (the peer's, and Radford et al.'s rate). */
    public static final int GAN_LATENT = 64;
    public static final double GAN_LEARNING_RATE = 2e-4;
    public static final int GAN_BATCH = 64;

    private final AutoencoderKind autoencoder;
    private final ConvGanKind gan;

    ImageModelKind(AutoencoderKind autoencoder, ConvGanKind gan) {
        this.autoencoder = autoencoder;
        this.gan = gan;
    }

    /** The autoencoder kind, or null for a GAN. */
    public AutoencoderKind autoencoder() {
        return autoencoder;
    }

    /** The GAN kind, or null for an autoencoder. */
    public ConvGanKind gan() {
        return gan;
    }

    public boolean isGan() {
        return gan != null;
    }

    /** The kind in model cards: {@code vae}, {@code dcgan}. */
    public String cliName() {
        return isGan() ? gan.cliName() : autoencoder.cliName();
    }

    /** "variational autoencoder", "deep convolutional GAN". */
    public String label() {
        return isGan() ? gan.label() : autoencoder.label();
    }

    /** Whether it is told each image's class. */
    public boolean conditional() {
        return isGan() ? gan.conditional() : autoencoder.conditional();
    }

    /** Whether a KL weight β means something. */
    public boolean hasBeta() {
        return !isGan() && autoencoder.variational();
    }

    /** "a variational autoencoder", "an autoencoder". */
    public String withArticle() {
        return ("aeiou".indexOf(label().charAt(0)) >= 0 ? "an " : "a ") + label();
    }

    public static ImageModelKind of(AutoencoderKind kind) {
        for (ImageModelKind k : values()) {
            if (k.autoencoder == kind) {
                return k;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    public static ImageModelKind of(ConvGanKind kind) {
        for (ImageModelKind k : values()) {
            if (k.gan == kind) {
                return k;
            }
        }
        throw new IllegalArgumentException(String.valueOf(kind));
    }

    /** By card kind, case-insensitive; null when it is no image model. */
    public static ImageModelKind byNameOrNull(String name) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ImageModelKind k : values()) {
            if (k.cliName().equals(key)) {
                return k;
            }
        }
        return null;
    }
}
