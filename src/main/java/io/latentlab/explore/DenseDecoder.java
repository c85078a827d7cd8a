package io.latentlab.explore;

import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * An MLP decoder ({@code inputs → hidden… → pixels}, logits out) copied into plain float arrays,
 * for decoding a few latent vectors at a time without DL4J's per-call overhead: a slider drag
 * decodes one z per frame, and DL4J's {@code output()} spends most of its time around the two
 * small matrix products rather than in them. Each vector is a row times each weight matrix in
 * plain Java loops (skipping the zeros a ReLU leaves), then the sigmoid, giving DL4J's pixels
 * within float rounding (about 1e-6).
 *
 * <p>A copy: later training of the network it came from does not reach it. Immutable, so safe
 * to share between threads.
 */
public final class DenseDecoder {

    /** Rows multiplied together, sharing each pass over the weights. */
    private static final int BLOCK = 8;

    private final int[] sizes;
    private final float[][] weights;
    private final float[][] biases;
    private final HiddenActivation activation;

    private DenseDecoder(int[] sizes, float[][] weights, float[][] biases, HiddenActivation activation) {
        this.sizes = sizes;
        this.weights = weights;
        this.biases = biases;
        this.activation = activation;
    }

    /** Copies the weights of a network built by {@link MlpShape#build} (dense layers, identity output). */
    public static DenseDecoder of(MultiLayerNetwork network) {
        MlpShape shape = MlpShape.of(network);
        int layers = network.getnLayers();
        int[] sizes = new int[layers + 1];
        float[][] weights = new float[layers][];
        float[][] biases = new float[layers][];
        for (int l = 0; l < layers; l++) {
            // DL4J keeps a dense layer's W as [nIn, nOut]; row-major, row i holds input i's weights to every output
            weights[l] = network.getLayer(l).getParam("W").dup('c').data().asFloat();
            biases[l] = network.getLayer(l).getParam("b").dup('c').data().asFloat();
            sizes[l + 1] = biases[l].length;
            sizes[l] = weights[l].length / sizes[l + 1];
        }
        return new DenseDecoder(sizes, weights, biases, shape.activation());
    }

    /** Inputs per vector (latents, plus the one-hot label of a conditional model). */
    public int inputs() {
        return sizes[0];
    }

    /** Outputs per vector (pixels). */
    public int outputs() {
        return sizes[sizes.length - 1];
    }

    /**
     * The sigmoid of the logits of {@code count} input rows ({@code count × inputs}, row-major):
     * {@code count × outputs} values in [0, 1].
     */
    public float[] pixels(float[] input, int count) {
        int in = inputs();
        int out = outputs();
        if (count < 1 || input.length != count * in) {
            throw new IllegalArgumentException(input.length + " input values are not " + count + " rows of " + in);
        }
        float[] pixels = new float[count * out];
        for (int first = 0; first < count; first += BLOCK) {
            int rows = Math.min(BLOCK, count - first);
            float[][] block = new float[rows][];
            for (int b = 0; b < rows; b++) {
                block[b] = java.util.Arrays.copyOfRange(input, (first + b) * in, (first + b + 1) * in);
            }
            float[][] logits = logits(block);
            for (int b = 0; b < rows; b++) {
                int at = (first + b) * out;
                for (int j = 0; j < out; j++) {
                    pixels[at + j] = (float) (1 / (1 + Math.exp(-logits[b][j])));
                }
            }
        }
        return pixels;
    }

    /**
     * The output logits of a block of input rows. Each weight row is read once per block while it
     * is in cache; each row's sums still run in the same order, so a row's logits do not depend on
     * the block it came in.
     */
    float[][] logits(float[][] rows) {
        float[][] x = rows;
        int last = weights.length - 1;
        for (int l = 0; l <= last; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            float[] w = weights[l];
            float[][] y = new float[x.length][];
            for (int b = 0; b < x.length; b++) {
                y[b] = biases[l].clone();
            }
            for (int i = 0; i < in; i++) {
                int at = i * out;
                for (int b = 0; b < x.length; b++) {
                    float xi = x[b][i];
                    if (xi == 0f) {
                        continue;
                    }
                    float[] yb = y[b];
                    for (int j = 0; j < out; j++) {
                        yb[j] += xi * w[at + j];
                    }
                }
            }
            if (l < last) {
                for (float[] yb : y) {
                    for (int j = 0; j < out; j++) {
                        yb[j] = activation.apply(yb[j]);
                    }
                }
            }
            x = y;
        }
        return x;
    }
}
