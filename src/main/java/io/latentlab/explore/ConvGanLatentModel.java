package io.latentlab.explore;

import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanShape;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.ModelCard;
import io.latentlab.train.LeanGenerator;

import java.util.List;
import java.util.Objects;

/** A DCGAN or conditional GAN seen from its latent space: the generator (no encoder). */
final class ConvGanLatentModel implements LatentModel {

    private final String name;
    private final ModelCard card;
    private final ConvGan model;
    /**
     * The generator on the lean path, made on first use, for up to
     * {@link AutoencoderLatentModel#LEAN_COUNT} vectors (a slider's one z: DL4J's layers took
     * 20–30 ms for one picture); more go through DL4J. The same count always takes the same path.
     */
    private LeanGenerator lean;

    ConvGanLatentModel(String name, ModelCard card, ConvGan model) {
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
        return ConvGanShape.SIDE;
    }

    @Override
    public int cols() {
        return ConvGanShape.SIDE;
    }

    @Override
    public int latentSize() {
        return model.latentSize();
    }

    @Override
    public List<String> classNames() {
        return model.classNames();
    }

    /** The generator's first (dense, linear) layer's weights from the latent inputs: latentSize × outputs, row-major. */
    synchronized float[] projectionWeights() {
        org.nd4j.linalg.api.ndarray.INDArray w = model.generator().getLayer(0).getParam("W");
        float[] all = w.dup('c').data().asFloat();
        return java.util.Arrays.copyOf(all, latentSize() * (int) w.size(1));
    }

    /** Outputs of the generator's first layer. */
    int projectionOutputs() {
        return (int) model.generator().getLayer(0).getParam("W").size(1);
    }

    @Override
    public synchronized float[] decode(float[] z, int[] labels, int count) {
        int[] used = model.classes() > 0 ? labels : null;
        if (count > AutoencoderLatentModel.LEAN_COUNT) {
            return model.pixels(z, used, count);
        }
        if (z.length != count * model.latentSize()) {
            throw new IllegalArgumentException(z.length + " latent values are not " + count + " vectors of " + model.latentSize());
        }
        if (lean == null) {
            lean = new LeanGenerator(model);
        }
        return lean.pixels(z, used, count);
    }

    @Override
    public synchronized float[] decodeMixed(float[] z, float[] classWeights, int count) {
        if (model.classes() == 0) {
            return LatentModel.super.decodeMixed(z, classWeights, count);
        }
        int[] labels = oneHotLabels(classWeights, count, model.classes());
        // all one-hot: the labelled path, bit for bit; soft weights go through DL4J's layers (within 1e-4 of the lean path)
        return labels != null ? decode(z, labels, count) : model.pixelsMixed(z, classWeights, count);
    }

    /** The labels when every row of weights is exactly one-hot, else null. */
    private static int[] oneHotLabels(float[] weights, int count, int classes) {
        if (weights == null || weights.length < count * classes) {
            return null;
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = -1;
            for (int k = 0; k < classes; k++) {
                float w = weights[i * classes + k];
                if (w == 1f && labels[i] < 0) {
                    labels[i] = k;
                } else if (w != 0f) {
                    return null;
                }
            }
            if (labels[i] < 0) {
                return null;
            }
        }
        return labels;
    }
}
