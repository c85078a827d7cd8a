package io.latentlab.model;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Random;

/**
 * A multilayer perceptron of dense layers: {@code inputs → hidden × depth → outputs}, the hidden
 * layers with {@code activation} (ReLU unless chosen) and identity (a linear output, or a logit)
 * at the end. With no hidden layers it is one affine map.
 *
 * <p>Initialised as PyTorch's {@code nn.Linear} is, so runs compare with the peer benchmarks:
 * weights and biases uniform in ±1/√fan-in.
 */
public record MlpShape(int inputs, int hidden, int depth, int outputs, HiddenActivation activation) {

    /** Fewest and most hidden layers a person may choose (window and command line). */
    public static final int MIN_DEPTH = 0;
    public static final int MAX_DEPTH = 4;
    /** Narrowest and widest hidden layer a person may choose. */
    public static final int MIN_WIDTH = 4;
    public static final int MAX_WIDTH = 128;

    /** With ReLU inside, as the peer benchmark's networks. */
    public MlpShape(int inputs, int hidden, int depth, int outputs) {
        this(inputs, hidden, depth, outputs, HiddenActivation.RELU);
    }

    public MlpShape {
        java.util.Objects.requireNonNull(activation, "activation");
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("inputs and outputs must be at least 1, were " + inputs + " and " + outputs);
        }
        if (hidden < 1 || hidden > 4096) {
            throw new IllegalArgumentException("hidden width must be in 1..4096, was " + hidden);
        }
        if (depth < 0 || depth > 8) {
            throw new IllegalArgumentException("hidden layers must be in 0..8, was " + depth);
        }
    }

    /** Builds and initialises the network from {@code seed}. */
    public MultiLayerNetwork build(long seed) {
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.UNIFORM)
                .list();
        int in = inputs;
        for (int i = 0; i < depth; i++) {
            list.layer(new DenseLayer.Builder().nIn(in).nOut(hidden).activation(activation.dl4j()).build());
            in = hidden;
        }
        list.layer(new DenseLayer.Builder().nIn(in).nOut(outputs).activation(Activation.IDENTITY).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        initLikeTorch(net, seed);
        return net;
    }

    /** The same network with other hidden layers: {@code depth} of {@code width}, with {@code newActivation}. */
    public MlpShape withHidden(int newDepth, int width, HiddenActivation newActivation) {
        return new MlpShape(inputs, width, newDepth, outputs, newActivation);
    }

    /** Layer sizes and activation, for example {@code 2-64-64-2 relu}; {@code 2-2 linear} without hidden layers. */
    public String describeWithActivation() {
        return describe() + " " + (depth == 0 ? "linear" : activation.cliName());
    }

    /** Layer sizes, for example {@code 2-64-64-2}. */
    public String describe() {
        StringBuilder s = new StringBuilder().append(inputs);
        for (int i = 0; i < depth; i++) {
            s.append('-').append(hidden);
        }
        return s.append('-').append(outputs).toString();
    }

    private static void initLikeTorch(MultiLayerNetwork net, long seed) {
        Random rng = new Random(seed);
        for (int i = 0; i < net.getnLayers(); i++) {
            INDArray w = net.getLayer(i).getParam("W");
            INDArray b = net.getLayer(i).getParam("b");
            double bound = 1.0 / Math.sqrt(w.size(0));
            fillUniform(w, bound, rng);
            fillUniform(b, bound, rng);
        }
    }

    private static void fillUniform(INDArray target, double bound, Random rng) {
        float[] values = new float[(int) target.length()];
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) ((rng.nextDouble() * 2 - 1) * bound);
        }
        target.assign(org.nd4j.linalg.factory.Nd4j.create(values, target.shape(), target.ordering()));
    }

    /** Reads the shape back from a network built by {@link #build}. */
    public static MlpShape of(MultiLayerNetwork net) {
        int n = net.getnLayers();
        int inputs = (int) net.getLayer(0).getParam("W").size(0);
        int outputs = (int) net.getLayer(n - 1).getParam("W").size(1);
        int hidden = n > 1 ? (int) net.getLayer(0).getParam("W").size(1) : 1;
        HiddenActivation activation = HiddenActivation.RELU;
        if (n > 1 && net.getLayerWiseConfigurations().getConf(0).getLayer()
                instanceof org.deeplearning4j.nn.conf.layers.BaseLayer layer) {
            HiddenActivation known = HiddenActivation.of(layer.getActivationFn());
            if (known == null) {
                throw new IllegalArgumentException("hidden activation " + layer.getActivationFn()
                        + " is not one Latent Lab trains (relu, leaky-relu, tanh, elu)");
            }
            activation = known;
        }
        return new MlpShape(inputs, hidden, n - 1, outputs, activation);
    }
}
