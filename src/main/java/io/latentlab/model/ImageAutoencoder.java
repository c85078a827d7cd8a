package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.Objects;

/**
 * An autoencoder of images, the VAE or the plain autoencoder ({@link AutoencoderKind}), as two
 * DL4J networks of dense layers (the peer's MLP: encoder {@code pixels → 512 → μ [, log σ²]},
 * decoder {@code latent → 512 → pixels}). The decoder's output is a <em>logit</em> per pixel: the
 * Bernoulli likelihood's mean is its sigmoid, which the trainer and the evaluation apply where
 * they need it (so the loss can be taken on logits, stably).
 *
 * <p>Plain {@link MultiLayerNetwork}s, so the model file stores them with DL4J's serializer;
 * training updates them in place.
 */
public final class ImageAutoencoder {

    /** The peer's hidden width. */
    public static final int HIDDEN = 512;
    public static final int MIN_LATENT = 2;
    public static final int MAX_LATENT = 64;

    private final AutoencoderKind kind;
    private final MultiLayerNetwork encoder;
    private final MultiLayerNetwork decoder;
    private final int rows;
    private final int cols;
    private final int latentSize;

    public ImageAutoencoder(AutoencoderKind kind, MultiLayerNetwork encoder, MultiLayerNetwork decoder, int rows, int cols) {
        this.kind = Objects.requireNonNull(kind);
        this.encoder = Objects.requireNonNull(encoder);
        this.decoder = Objects.requireNonNull(decoder);
        MlpShape e = MlpShape.of(encoder);
        MlpShape d = MlpShape.of(decoder);
        int perLatent = kind.encoderOutputsPerLatent();
        if (e.outputs() != perLatent * d.inputs()) {
            throw new IllegalArgumentException("the " + kind.cliName() + " encoder must give " + perLatent * d.inputs()
                    + " outputs for the decoder's " + d.inputs() + " latent inputs, gives " + e.outputs());
        }
        if (e.inputs() != rows * cols || d.outputs() != rows * cols) {
            throw new IllegalArgumentException("images of " + rows + "×" + cols + " need " + rows * cols
                    + " encoder inputs and decoder outputs, the networks have " + e.inputs() + " and " + d.outputs());
        }
        this.rows = rows;
        this.cols = cols;
        this.latentSize = d.inputs();
    }

    /** A fresh model for {@code rows×cols} images, seeded, initialised as PyTorch's {@code nn.Linear}. */
    public static ImageAutoencoder create(AutoencoderKind kind, int rows, int cols, int latentSize, long seed) {
        if (latentSize < MIN_LATENT || latentSize > MAX_LATENT) {
            throw new IllegalArgumentException("latent size must be in " + MIN_LATENT + ".." + MAX_LATENT + ", was " + latentSize);
        }
        int pixels = rows * cols;
        MultiLayerNetwork encoder = new MlpShape(pixels, HIDDEN, 1, kind.encoderOutputsPerLatent() * latentSize).build(seed);
        MultiLayerNetwork decoder = new MlpShape(latentSize, HIDDEN, 1, pixels).build(seed + 1);
        return new ImageAutoencoder(kind, encoder, decoder, rows, cols);
    }

    public AutoencoderKind kind() {
        return kind;
    }

    public MultiLayerNetwork encoder() {
        return encoder;
    }

    public MultiLayerNetwork decoder() {
        return decoder;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image. */
    public int pixels() {
        return rows * cols;
    }

    public int latentSize() {
        return latentSize;
    }

    /** Layer sizes, e.g. {@code encoder 784-512-40, decoder 20-512-784 (logit)}. */
    public String describe() {
        return "encoder " + MlpShape.of(encoder).describe() + ", decoder " + MlpShape.of(decoder).describe() + " (logit)";
    }

    /** A deep copy, for decoding or saving elsewhere while this one trains. */
    public ImageAutoencoder copy() {
        return new ImageAutoencoder(kind, encoder.clone(), decoder.clone(), rows, cols);
    }
}
