package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * One layer of a DL4J network on the convolutional lean path ({@link ConvStack}): forward and
 * backward over channels-last {@link FeatureMaps}, reading the layer's parameters from the
 * network and writing its gradients into the stack's flat gradient array, laid out as the
 * network's {@code params()}. Weights are packed into the layout the matrix products want
 * ({@link #pack}) after every update.
 */
abstract class LeanLayer {

    final Layer layer;
    final Map<String, INDArray> gradientViews;
    /** The threads this layer's loops spread over; set by its {@link ConvStack}. */
    StepThreads threads = StepThreads.SINGLE;

    LeanLayer(Layer layer, INDArray gradientView) {
        this.layer = layer;
        ParamInitializer init = layer.conf().getLayer().initializer();
        this.gradientViews = gradientView == null ? Map.of() : init.getGradientsFromFlattened(layer.conf(), gradientView);
    }

    /** Output maps of {@code n} images for an input of {@code in}'s shape. */
    abstract FeatureMaps output(int n);

    /** Per-pass scratch (patch matrices, batch statistics); null when none. */
    Object scratch(int n) {
        return null;
    }

    /** Re-reads the parameters after an update (and takes a power iteration, where spectrally normalised). */
    void pack() {
    }

    /**
     * From the next training forward on, leaves (or, false, goes back to making) the update of any
     * running statistics to {@link #commitStatistics}, so passes run at the same time can move them
     * in a fixed order.
     */
    void deferStatistics(boolean defer) {
    }

    /** Moves the running statistics by the deferred training forward whose scratch this is ({@code n} images). */
    void commitStatistics(Object scratch, int n) {
    }

    /** @param labels each image's class, for a layer conditioned on it; null otherwise */
    abstract void forward(FeatureMaps in, FeatureMaps out, Object scratch, boolean training, int[] labels);

    /**
     * Backpropagates {@code dOut} (overwritten as scratch) through the latest forward of these maps;
     * writes parameter gradients when asked and the input gradient into {@code dIn} when not null.
     */
    abstract void backward(FeatureMaps in, FeatureMaps out, FeatureMaps dOut, FeatureMaps dIn, Object scratch,
                           boolean paramGrads, int[] labels);

    /** The parameter, in c order, as plain floats. */
    final float[] values(String key) {
        return layer.getParam(key).dup('c').data().asFloat();
    }

    /** Writes {@code values} (c order) into the gradient of parameter {@code key}. */
    final void setGradient(String key, float[] values) {
        INDArray view = gradientViews.get(key);
        if (view.ordering() == 'c' && view.length() == values.length
                && org.nd4j.linalg.api.shape.Shape.hasDefaultStridesForShape(view)) {
            // a contiguous c-order view: one bulk copy (Nd4j.create from an array puts value by value)
            view.data().asNioFloat().put((int) view.offset(), values);
            return;
        }
        // otherwise (a dense layer's f-order weights) through a c-order array filled in one bulk copy
        INDArray staged = stagedGradients.computeIfAbsent(key, k -> Nd4j.create(view.dataType(), view.shape(), 'c'));
        staged.data().asNioFloat().put(0, values, 0, values.length);
        view.assign(staged);
    }

    /** Per parameter, the c-order array {@link #setGradient} stages values in for a view of another layout. */
    private final Map<String, INDArray> stagedGradients = new java.util.HashMap<>();

    /** Rows {@link #columnSums} adds in floats before adding them to its double sums. */
    private static final int SUM_BLOCK = 32;

    /** Column sums of an {@code [rows, cols]} matrix: a bias gradient. */
    static float[] columnSums(FeatureMaps m) {
        return columnSums(m, m.c);
    }

    /** Column sums of the maps' values seen as rows of {@code cols}. */
    static float[] columnSums(FeatureMaps m, int cols) {
        int rows = m.length() / cols;
        float[] all = m.mirror();
        double[] sums = new double[cols];
        // blocks of rows summed in floats (a loop the JIT vectorises), the blocks' sums in doubles
        float[] block = new float[cols];
        for (int r0 = 0; r0 < rows; r0 += SUM_BLOCK) {
            java.util.Arrays.fill(block, 0f);
            for (int r = r0, r1 = Math.min(rows, r0 + SUM_BLOCK); r < r1; r++) {
                int base = r * cols;
                for (int j = 0; j < cols; j++) {
                    block[j] += all[base + j];
                }
            }
            for (int j = 0; j < cols; j++) {
                sums[j] += block[j];
            }
        }
        float[] out = new float[cols];
        for (int j = 0; j < cols; j++) {
            out[j] = (float) sums[j];
        }
        return out;
    }

    /** Adds {@code bias} to every row of the maps. */
    static void addBias(FeatureMaps m, float[] bias) {
        float[] all = m.mirror();
        int cols = bias.length;
        for (int base = 0; base < all.length; base += cols) {
            for (int j = 0; j < cols; j++) {
                all[base + j] += bias[j];
            }
        }
        m.set(all);
    }
}
