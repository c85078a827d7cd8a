package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.List;
import java.util.Objects;

/**
 * An autoencoder of images, the VAE or the plain autoencoder ({@link AutoencoderKind}), as two
 * DL4J networks of dense layers (the peer's MLP: encoder {@code pixels → 512 → μ [, log σ²]},
 * decoder {@code latent → 512 → pixels}). The decoder's output is a <em>logit</em> per pixel: the
 * Bernoulli likelihood's mean is its sigmoid, which the trainer and the evaluation apply where
 * they need it (so the loss can be taken on logits, stably).
 *
 * <p>A conditional model ({@link AutoencoderKind#conditional()}) has {@link #classes()} class
 * names and reads the label one-hot after the inputs of both networks: the encoder
 * {@code [pixels, onehot(y)]}, the decoder {@code [z, onehot(y)]}. Unconditional ones have 0.
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
    private final List<String> classNames;

    /** An unconditional model (VAE or AE). */
    public ImageAutoencoder(AutoencoderKind kind, MultiLayerNetwork encoder, MultiLayerNetwork decoder, int rows, int cols) {
        this(kind, encoder, decoder, rows, cols, List.of());
    }

    /** {@code classNames} by label: two or more for a conditional kind, none otherwise. */
    public ImageAutoencoder(AutoencoderKind kind, MultiLayerNetwork encoder, MultiLayerNetwork decoder, int rows, int cols,
                            List<String> classNames) {
        this.kind = Objects.requireNonNull(kind);
        this.encoder = Objects.requireNonNull(encoder);
        this.decoder = Objects.requireNonNull(decoder);
        this.classNames = List.copyOf(classNames);
        int classes = this.classNames.size();
        if (kind.conditional() ? classes < 2 : classes != 0) {
            throw new IllegalArgumentException("a " + kind.cliName() + " needs " + (kind.conditional() ? "2 or more" : "no")
                    + " class names, got " + classes);
        }
        MlpShape e = MlpShape.of(encoder);
        MlpShape d = MlpShape.of(decoder);
        int latent = d.inputs() - classes;
        int perLatent = kind.encoderOutputsPerLatent();
        if (latent < 1 || e.outputs() != perLatent * latent) {
            throw new IllegalArgumentException("the " + kind.cliName() + " encoder must give " + perLatent * latent
                    + " outputs for the decoder's " + latent + " latent inputs" + (classes > 0 ? " (beside " + classes
                    + " class inputs)" : "") + ", gives " + e.outputs());
        }
        if (e.inputs() != rows * cols + classes || d.outputs() != rows * cols) {
            throw new IllegalArgumentException("images of " + rows + "×" + cols + (classes > 0 ? " with " + classes + " classes" : "")
                    + " need " + (rows * cols + classes) + " encoder inputs and " + rows * cols
                    + " decoder outputs, the networks have " + e.inputs() + " and " + d.outputs());
        }
        this.rows = rows;
        this.cols = cols;
        this.latentSize = latent;
    }

    /** A fresh unconditional model for {@code rows×cols} images, seeded, initialised as PyTorch's {@code nn.Linear}. */
    public static ImageAutoencoder create(AutoencoderKind kind, int rows, int cols, int latentSize, long seed) {
        return create(kind, rows, cols, latentSize, List.of(), seed);
    }

    /** A fresh model; {@code classNames} as the constructor takes them (empty for an unconditional kind). */
    public static ImageAutoencoder create(AutoencoderKind kind, int rows, int cols, int latentSize, List<String> classNames,
                                          long seed) {
        if (latentSize < MIN_LATENT || latentSize > MAX_LATENT) {
            throw new IllegalArgumentException("latent size must be in " + MIN_LATENT + ".." + MAX_LATENT + ", was " + latentSize);
        }
        int pixels = rows * cols;
        int classes = classNames.size();
        MultiLayerNetwork encoder = new MlpShape(pixels + classes, HIDDEN, 1, kind.encoderOutputsPerLatent() * latentSize)
                .build(seed);
        MultiLayerNetwork decoder = new MlpShape(latentSize + classes, HIDDEN, 1, pixels).build(seed + 1);
        return new ImageAutoencoder(kind, encoder, decoder, rows, cols, classNames);
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

    /** Classes the label runs over; 0 for an unconditional model. */
    public int classes() {
        return classNames.size();
    }

    /** Class names by label; empty for an unconditional model. */
    public List<String> classNames() {
        return classNames;
    }

    /** Fails unless each of the first {@code count} labels is a class of this model. */
    public void checkLabels(int[] labels, int count) {
        if (classes() == 0) {
            return;
        }
        if (labels == null || labels.length < count) {
            throw new IllegalArgumentException("a " + kind.cliName() + " needs a label per image, got "
                    + (labels == null ? "none" : labels.length + " for " + count));
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= classes()) {
                throw new IllegalArgumentException("label " + labels[i] + " is not a class: labels run 0.." + (classes() - 1));
            }
        }
    }

    /**
     * Row-major {@code count × (width + classes)} network inputs: each row {@code width} values of
     * {@code values} then the one-hot of its label; {@code values} as it is when unconditional.
     */
    public float[] withLabels(float[] values, int width, int[] labels, int count) {
        int classes = classes();
        if (classes == 0) {
            return values;
        }
        checkLabels(labels, count);
        float[] joined = new float[count * (width + classes)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(values, i * width, joined, i * (width + classes), width);
            joined[i * (width + classes) + width + labels[i]] = 1f;
        }
        return joined;
    }

    /**
     * Like {@link #withLabels} with a soft label per row: {@code count × classes} weights (e.g. a
     * mix of two one-hots, each row summing to 1) in place of the one-hot, for decoding between
     * classes. A one-hot row gives the same input as its label.
     */
    public float[] withClassWeights(float[] values, int width, float[] classWeights, int count) {
        int classes = classes();
        if (classes == 0) {
            throw new IllegalArgumentException("the " + kind.cliName() + " is not conditional: it takes no class weights");
        }
        if (classWeights == null || classWeights.length < count * classes) {
            throw new IllegalArgumentException("need " + classes + " class weights for each of " + count + " rows, got "
                    + (classWeights == null ? 0 : classWeights.length));
        }
        float[] joined = new float[count * (width + classes)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(values, i * width, joined, i * (width + classes), width);
            System.arraycopy(classWeights, i * classes, joined, i * (width + classes) + width, classes);
        }
        return joined;
    }

    /** Layer sizes, e.g. {@code encoder 784-512-40, decoder 20-512-784 (logit)}. */
    public String describe() {
        return "encoder " + MlpShape.of(encoder).describe() + ", decoder " + MlpShape.of(decoder).describe() + " (logit)";
    }

    /** A deep copy, for decoding or saving elsewhere while this one trains. */
    public ImageAutoencoder copy() {
        return new ImageAutoencoder(kind, encoder.clone(), decoder.clone(), rows, cols, classNames);
    }
}
