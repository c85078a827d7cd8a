package io.latentlab.train;

import java.util.List;

/**
 * What the Images tab's {@link ImageTrainingSession} trains: any image model (the autoencoders
 * of {@link ImageAutoencoderTrainer}, a GAN's trainer) behind one small surface, so the session,
 * the sample grid, the history and the chart need not know which. A trainer takes batches of
 * images in [0, 1] (with their labels when it is conditional), says what it measured in its own
 * named {@link #series()}, and decodes fixed latent vectors (and labels) into pictures; a model
 * with an encoder also reconstructs images.
 *
 * <p>Called on the session's worker thread only; implementations need not be thread-safe.
 */
public interface ImageModelTrainer extends CheckpointedParameters {

    /** Image height in pixels. */
    int rows();

    /** Image width in pixels. */
    int cols();

    /** Pixels per image. */
    default int pixels() {
        return rows() * cols();
    }

    /** The size of the latent vectors {@link #decode} takes. */
    int latentSize();

    /** Class names by label for a conditional model, whose steps and decodes take labels; empty otherwise. */
    List<String> classNames();

    /** The most images a step takes. */
    int batch();

    /** Seeds what the session draws for this run (the order of the batches). */
    long seed();

    /** Steps taken, counting those before a model was opened from a file. */
    long iteration();

    /**
     * One step on {@code rows} images (row-major {@code rows × pixels} values in [0, 1]) and, for
     * a conditional model, their labels (null otherwise); returns what it measured, one value per
     * {@link #series()}.
     */
    ImageStep step(float[] images01, int[] labels, int rows);

    /** What a step measures, in the order of {@link ImageStep#values()}: the chart's lines. */
    List<ImageSeries> series();

    /** One line for the status panel, e.g. {@code Reconstruction 98.1   KL 24.3   −ELBO 122.4 nats per image}. */
    String describe(ImageStep step);

    /** The learning rate from the next step on (optimizer state kept). */
    void setLearningRate(double rate);

    /** The learning rate in force, or NaN when unknown (said in a fault's advice). */
    default double learningRate() {
        return Double.NaN;
    }

    /** ‖∇θ‖ of the latest step (exploding gradients show here), or NaN when not measured. */
    default double gradientNorm() {
        return Double.NaN;
    }

    /** None by default: a trainer that names no arrays gets no checkpoints, and a fault asks for Reset. */
    @Override
    default java.util.List<org.nd4j.linalg.api.ndarray.INDArray> parameterArrays() {
        return java.util.List.of();
    }

    @Override
    default void parametersRestored() {
    }

    /** Whether {@link #setBeta} means something: a KL weight. */
    default boolean hasBeta() {
        return false;
    }

    /** The KL weight β from the next step on; ignored unless {@link #hasBeta()}. */
    default void setBeta(double beta) {
    }

    /**
     * The pictures of {@code count} latent vectors ({@code count × latentSize} values) with their
     * labels (conditional) or null: {@code count × pixels} values in [0, 1].
     */
    float[] decode(float[] z, int[] labels, int count);

    /** Whether the model has an encoder, so {@link #reconstruct} works. */
    default boolean reconstructs() {
        return false;
    }

    /** The reconstructions of {@code count} images (with labels when conditional); only when {@link #reconstructs()}. */
    default float[] reconstruct(float[] images01, int[] labels, int count) {
        throw new UnsupportedOperationException("this model has no encoder to reconstruct with");
    }

    /**
     * A copy of the model as it is now, with its card, to save elsewhere while training goes on;
     * {@code dataset} names the images and {@code last} is the last step (or null).
     */
    SavedImageModel copyForSaving(String dataset, ImageStep last);
}
