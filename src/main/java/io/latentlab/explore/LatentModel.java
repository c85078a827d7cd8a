package io.latentlab.explore;

import io.latentlab.model.ImageModelKind;
import io.latentlab.model.ModelCard;

import java.util.List;

/**
 * A trained image model seen from its latent space, whatever its kind: it decodes latent vectors
 * (with labels when conditional) into pictures, and, when it has an encoder (VAE, autoencoder,
 * conditional VAE), encodes pictures into latent vectors (the encoder's mean μ). The Explore tab
 * and the command line explore models through this alone.
 *
 * <p>Implementations are safe to call from any thread (calls are serialised); the window decodes
 * on its own explorer thread, never on the JavaFX thread.
 */
public interface LatentModel {

    /** What to call the model on screen and in exported metadata: its file name, e.g. {@code mnist-vae-20.lab.zip}. */
    String name();

    /** The model's card. */
    ModelCard card();

    ImageModelKind kind();

    /** Image height in pixels. */
    int rows();

    /** Image width in pixels. */
    int cols();

    /** Pixels per image. */
    default int pixels() {
        return rows() * cols();
    }

    /** The latent dimension. */
    int latentSize();

    /** Class names by label for a conditional model; empty otherwise. */
    List<String> classNames();

    /** Whether decoding and encoding take a label per image. */
    default boolean conditional() {
        return !classNames().isEmpty();
    }

    /**
     * The pictures of {@code count} latent vectors ({@code count × latentSize} values, row-major)
     * with a label each when {@link #conditional()} (null otherwise): {@code count × pixels}
     * values in [0, 1]. The same input gives the same pixels, bit for bit.
     */
    float[] decode(float[] z, int[] labels, int count);

    /**
     * The pictures of {@code count} latent vectors of a conditional model, each with soft class
     * weights ({@code count × classes}, e.g. (1 − t)·onehot(a) + t·onehot(b), rows summing to 1)
     * in place of a label: the decoder reads them where it reads the one-hot (and a conditional
     * GAN mixes its per-class γ and β with them). Unconditional models refuse.
     */
    default float[] decodeMixed(float[] z, float[] classWeights, int count) {
        throw new UnsupportedOperationException(kind().withArticle() + " is not conditional: it has no classes to mix");
    }

    /**
     * A decoder of one picture at a time with its own copy of the weights, for one thread alone,
     * cheap enough to run between two frames (well under a millisecond), giving the same pixels as
     * {@code decode(z, labels, 1)} bit for bit; null when the model has none (the GANs, whose
     * pictures take about a millisecond: they stay on the explorer thread).
     */
    default PictureDecoder pictureDecoder() {
        return null;
    }

    /** One picture from one latent vector and, for a conditional model, its class (−1 otherwise). */
    interface PictureDecoder {
        float[] decode(float[] z, int label);
    }

    /** Whether {@link #encode} works: the model has an encoder. */
    default boolean encodes() {
        return false;
    }

    /**
     * The latent vectors of {@code count} images ({@code count × pixels} values in [0, 1]) with
     * their labels when conditional: the encoder's mean μ for a VAE, its output for an autoencoder.
     */
    default float[] encode(float[] images01, int[] labels, int count) {
        throw new UnsupportedOperationException(kind().withArticle() + " has no encoder to map images to latent vectors");
    }

    /**
     * The radius where draws of the prior N(0, I) lie: √d for d latents (their norm concentrates
     * there), the yardstick an interpolation path's norms are held against.
     */
    default double priorRadius() {
        return Math.sqrt(latentSize());
    }
}
