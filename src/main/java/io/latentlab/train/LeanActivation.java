package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;

/** A DL4J {@code ActivationLayer} on the lean path: the activation alone, maps in, maps of the same shape out. */
final class LeanActivation extends LeanLayer {

    private final MapActivation activation;
    private final int[] shape;
    /** Whether the layer before applies this activation itself ({@link LeanBatchNorm#fuse}): this layer then passes maps through. */
    private boolean fused;

    LeanActivation(Layer layer, int[] shape) {
        super(layer, null);
        this.activation = MapActivation.of(((org.deeplearning4j.nn.conf.layers.ActivationLayer) layer.conf().getLayer()).getActivationFn());
        this.shape = shape.clone();
    }

    MapActivation activation() {
        return activation;
    }

    /** Leaves the activation to {@code previous}, which applies it to its own output; this layer's maps are then that output's. */
    void fusedInto(LeanBatchNorm previous) {
        previous.fuse(activation);
        fused = true;
    }

    /** Whether this layer's output maps and their gradients are its input's (see {@link #fusedInto}). */
    boolean passesThrough() {
        return fused;
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, shape[0], shape[1], shape[2]);
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        if (!fused) {
            activation.apply(x, y, threads);
        }
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        if (dx != null && !fused) {
            activation.multiplySlope(dy, y, dx, threads);
        }
    }
}
