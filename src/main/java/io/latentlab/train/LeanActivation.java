package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;

/** A DL4J {@code ActivationLayer} on the lean path: the activation alone, maps in, maps of the same shape out. */
final class LeanActivation extends LeanLayer {

    private final MapActivation activation;
    private final int[] shape;

    LeanActivation(Layer layer, int[] shape) {
        super(layer, null);
        this.activation = MapActivation.of(((org.deeplearning4j.nn.conf.layers.ActivationLayer) layer.conf().getLayer()).getActivationFn());
        this.shape = shape.clone();
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, shape[0], shape[1], shape[2]);
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        activation.apply(x, y, threads);
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        if (dx != null) {
            activation.multiplySlope(dy, y, dx, threads);
        }
    }
}
