package io.latentlab.train;

import io.latentlab.model.ConditionalNorm;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * The lean training path through a DL4J network of convolution, transposed convolution, batch
 * normalisation, activation and dense layers (the convolutional GANs of {@code ConvGanShape}),
 * as {@link DenseStack} is for dense networks: channels-last maps, each convolution one
 * {@code sgemm} over a patch matrix, loops for normalisation and activations, and gradients in
 * one flat array laid out as the network's {@code params()} for a fused {@link AdamStep}.
 *
 * <p>Why not DL4J's own layers: measured on 2 cores, one DCGAN iteration took about 1 s through
 * {@code MultiLayerNetwork} (its transposed convolution alone ~100 ms a forward pass), against
 * the peer's 62–90 ms. Tests hold this path's outputs and gradients to DL4J's.
 */
final class ConvStack {

    private final MultiLayerNetwork net;
    private final List<LeanLayer> layers = new ArrayList<>();
    private final int[] inputShape;
    private final INDArray gradients;

    /**
     * @param inputShape  {h, w, c} of the input (a vector of n is {1, 1, n})
     * @param spectralSeed where the spectral normalisation's vectors start; negative for none
     * @param conditional per-class scale and shift of the (single) batch normalisation, or null
     * @param conditionalGrads where their gradients go (same length), or null
     */
    ConvStack(MultiLayerNetwork net, int[] inputShape, long spectralSeed, ConditionalNorm conditional, INDArray conditionalGrads) {
        this.net = net;
        this.inputShape = inputShape.clone();
        this.gradients = Nd4j.create(DataType.FLOAT, net.numParams());
        int[] shape = inputShape.clone();
        long offset = 0;
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer layer = net.getLayer(i);
            long n = layer.numParams();
            INDArray view = n == 0 ? null : gradients.get(NDArrayIndex.interval(offset, offset + n));
            offset += n;
            org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
            SpectralNorm spectral = null;
            LeanLayer lean;
            if (conf instanceof Deconvolution2D) {
                lean = new LeanDeconvolution(layer, view, shape[0], shape[1]);
            } else if (conf instanceof ConvolutionLayer c) {
                if (spectralSeed >= 0) {
                    spectral = new SpectralNorm((int) c.getNOut(), (int) (c.getNIn() * c.getKernelSize()[0] * c.getKernelSize()[1]), spectralSeed + i);
                }
                lean = new LeanConvolution(layer, view, shape[0], shape[1], spectral);
            } else if (conf instanceof DenseLayer d) {
                int[] out = i + 1 < net.getnLayers() && !(net.getLayer(i + 1).conf().getLayer() instanceof DenseLayer)
                        ? nextMaps(i) : new int[] {1, 1, (int) d.getNOut()};
                if (spectralSeed >= 0) {
                    spectral = new SpectralNorm((int) d.getNOut(), (int) d.getNIn(), spectralSeed + i);
                }
                lean = new LeanDense(layer, view, shape, out, spectral);
            } else if (conf instanceof BatchNormalization) {
                lean = new LeanBatchNorm(layer, view, shape, conditional, conditionalGrads);
            } else if (conf instanceof ActivationLayer) {
                LeanActivation activation = new LeanActivation(layer, shape);
                if (!layers.isEmpty() && layers.get(layers.size() - 1) instanceof LeanBatchNorm norm) {
                    // normalisation and activation in one pass over the values (each took a copy out of native memory and back)
                    activation.fusedInto(norm);
                }
                lean = activation;
            } else {
                throw new IllegalArgumentException("layer " + i + " (" + conf.getClass().getSimpleName()
                        + ") is not one the convolutional lean path runs");
            }
            layers.add(lean);
            FeatureMaps probe = lean.output(1);
            shape = new int[] {probe.h, probe.w, probe.c};
        }
    }

    /** The maps the layer after {@code i} reads: {h, w, c} from its CNN preprocessor. */
    private int[] nextMaps(int i) {
        var pre = net.getLayerWiseConfigurations().getInputPreProcess(i + 1);
        if (pre instanceof org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor f) {
            return new int[] {(int) f.getInputHeight(), (int) f.getInputWidth(), (int) f.getNumChannels()};
        }
        throw new IllegalArgumentException("layer " + (i + 1) + " follows a dense layer without a feed-forward-to-CNN preprocessor");
    }

    INDArray params() {
        return net.params();
    }

    INDArray gradients() {
        return gradients;
    }

    /** Spreads the layers' loops over {@code threads} from the next pass on. */
    void useThreads(StepThreads threads) {
        for (LeanLayer l : layers) {
            l.threads = threads;
        }
    }

    /**
     * From the next training forward on, leaves the batch normalisations' running statistics
     * unmoved until {@link #commitStatistics} (or, false, moves them in each forward again).
     */
    void deferStatistics(boolean defer) {
        for (LeanLayer l : layers) {
            l.deferStatistics(defer);
        }
    }

    /** Moves the running statistics by {@code pass}'s latest (deferred) training forward. */
    void commitStatistics(Pass pass) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).commitStatistics(pass.scratch[i], pass.maps[0].n);
        }
    }

    /** Re-reads the parameters after an update; a spectrally normalised layer takes its power iteration. */
    void pack() {
        for (LeanLayer l : layers) {
            l.pack();
        }
    }

    /** A pass of {@code n} images with its own arrays: fill {@link Pass#input()}, then {@link #forward}. */
    Pass pass(int n) {
        return new Pass(n);
    }

    FeatureMaps forward(Pass pass, boolean training, int[] labels) {
        for (int i = 0; i < layers.size(); i++) {
            layers.get(i).forward(pass.maps[i], pass.maps[i + 1], pass.scratch[i], training, labels);
        }
        return pass.maps[layers.size()];
    }

    /** Backpropagates {@code pass.outputDelta()} (consumed); parameter gradients overwrite {@link #gradients()}. */
    void backward(Pass pass, boolean paramGrads, boolean inputDelta, int[] labels) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            FeatureMaps dIn = i > 0 || inputDelta ? pass.deltas[i] : null;
            layers.get(i).backward(pass.maps[i], pass.maps[i + 1], pass.deltas[i + 1], dIn, pass.scratch[i], paramGrads, labels);
        }
    }

    /** The arrays of one batch. */
    final class Pass {
        private final FeatureMaps[] maps;
        private final FeatureMaps[] deltas;
        private final Object[] scratch;

        private Pass(int n) {
            int count = layers.size();
            maps = new FeatureMaps[count + 1];
            deltas = new FeatureMaps[count + 1];
            scratch = new Object[count];
            maps[0] = new FeatureMaps(n, inputShape[0], inputShape[1], inputShape[2]);
            deltas[0] = new FeatureMaps(n, inputShape[0], inputShape[1], inputShape[2]);
            for (int i = 0; i < count; i++) {
                boolean through = layers.get(i) instanceof LeanActivation a && a.passesThrough();
                maps[i + 1] = through ? maps[i] : layers.get(i).output(n);
                deltas[i + 1] = through ? deltas[i] : layers.get(i).output(n);
                scratch[i] = layers.get(i).scratch(n);
            }
        }

        FeatureMaps input() {
            return maps[0];
        }

        FeatureMaps output() {
            return maps[maps.length - 1];
        }

        FeatureMaps outputDelta() {
            return deltas[deltas.length - 1];
        }

        FeatureMaps inputDelta() {
            return deltas[0];
        }
    }
}
