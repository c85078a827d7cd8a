package io.latentlab.explore;

import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.LatentImages;
import io.latentlab.model.ModelCard;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Objects;

/** A VAE, autoencoder or conditional VAE seen from its latent space: decoder and encoder (μ). */
final class AutoencoderLatentModel implements LatentModel {

    /**
     * Up to this many vectors decode through {@link DenseDecoder} (the same count always takes the
     * same path, so a decode stays bit-for-bit repeatable); more go through DL4J's batched output.
     */
    static final int LEAN_COUNT = 16;

    private final String name;
    private final ModelCard card;
    private final ImageAutoencoder model;
    /** The decoder in plain arrays, made on first use: a slider's one-z decodes take it. */
    private DenseDecoder lean;

    AutoencoderLatentModel(String name, ModelCard card, ImageAutoencoder model) {
        this.name = Objects.requireNonNull(name);
        this.card = Objects.requireNonNull(card);
        this.model = Objects.requireNonNull(model);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ModelCard card() {
        return card;
    }

    @Override
    public ImageModelKind kind() {
        return ImageModelKind.of(model.kind());
    }

    @Override
    public int rows() {
        return model.rows();
    }

    @Override
    public int cols() {
        return model.cols();
    }

    @Override
    public int latentSize() {
        return model.latentSize();
    }

    @Override
    public List<String> classNames() {
        return model.classNames();
    }

    @Override
    public synchronized float[] decode(float[] z, int[] labels, int count) {
        if (model.classes() > 0) {
            model.checkLabels(labels, count);
        }
        int[] used = model.classes() > 0 ? labels : null;
        if (count > LEAN_COUNT) {
            return LatentImages.decode(model, z, used, count);
        }
        checkSize(z, count);
        return lean().pixels(model.withLabels(z, model.latentSize(), used, count), count);
    }

    /** The plain-Java decoder for a few pictures at a time, made on first use. */
    private DenseDecoder lean() {
        if (lean == null) {
            lean = DenseDecoder.of(model.decoder());
        }
        return lean;
    }

    private void checkSize(float[] z, int count) {
        if (z.length != count * model.latentSize()) {
            throw new IllegalArgumentException(z.length + " latent values are not " + count + " vectors of " + model.latentSize());
        }
    }

    @Override
    public PictureDecoder pictureDecoder() { // not synchronized: it only reads the weights, which an explored copy never changes
        DenseDecoder own = DenseDecoder.of(model.decoder()); // copies the weights: no lock shared with decode afterwards
        int latent = model.latentSize();
        boolean conditional = model.classes() > 0;
        return (z, label) -> {
            checkSize(z, 1);
            int[] labels = conditional ? new int[] {label} : null;
            if (conditional) {
                model.checkLabels(labels, 1);
            }
            return own.pixels(model.withLabels(z, latent, labels, 1), 1); // decode's path for one picture
        };
    }

    @Override
    public synchronized float[] decodeMixed(float[] z, float[] classWeights, int count) {
        if (model.classes() == 0) {
            return LatentModel.super.decodeMixed(z, classWeights, count);
        }
        if (count > LEAN_COUNT) {
            return LatentImages.decodeMixed(model, z, classWeights, count);
        }
        checkSize(z, count);
        // the path decode takes for as many pictures, so one-hot weights give the labelled pictures bit for bit
        return lean().pixels(model.withClassWeights(z, model.latentSize(), classWeights, count), count);
    }

    @Override
    public boolean encodes() {
        return true;
    }

    @Override
    public synchronized float[] encode(float[] images01, int[] labels, int count) {
        int pixels = model.pixels();
        if (count < 1 || images01.length < count * pixels) {
            throw new IllegalArgumentException("need " + count + " images of " + pixels + " pixels, got " + images01.length + " values");
        }
        if (model.classes() > 0) {
            model.checkLabels(labels, count);
        }
        int classes = model.classes();
        float[] in = model.withLabels(images01, pixels, classes > 0 ? labels : null, count);
        INDArray input = Nd4j.create(in, new long[] {count, pixels + classes}, 'c').castTo(DataType.FLOAT);
        float[] out = model.encoder().output(input, false).dup('c').data().asFloat();
        int latent = model.latentSize();
        int width = model.kind().encoderOutputsPerLatent() * latent;
        float[] mu = new float[count * latent];
        for (int i = 0; i < count; i++) {
            System.arraycopy(out, i * width, mu, i * latent, latent); // each row is [μ, log σ²] (VAE) or z (AE)
        }
        return mu;
    }
}
