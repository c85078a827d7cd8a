package io.latentlab.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

import java.util.Random;

/**
 * The small DCGAN of the peer benchmark ({@code peers/dcgan_torch.py}) for 28×28 grey images,
 * as two DL4J networks (NCHW, like PyTorch):
 * <ul>
 *   <li>generator: {@code z(64) → Linear(64, 6272) → reshape (128, 7, 7) → ConvT(128→64, k4 s2 p1)
 *       → BN → ReLU → ConvT(64→1, k4 s2 p1) → tanh} (539,969 trainable parameters);</li>
 *   <li>discriminator: {@code Conv(1→64, k4 s2 p1) → LeakyReLU 0.2 → Conv(64→128, k4 s2 p1) → BN
 *       → LeakyReLU 0.2 → flatten → Linear(6272, 1)}, a logit (138,817 trainable parameters).</li>
 * </ul>
 * A conditional GAN ({@code classes > 0}) feeds the generator its one-hot label beside z at the
 * Linear and the discriminator its label as constant input planes. DL4J's batch normalisation
 * keeps its running mean and variance as parameters too (not trained), so {@code numParams()}
 * counts 2 × channels more than PyTorch's trainable count.
 *
 * @param latent  z's size (64)
 * @param classes number of classes of a conditional GAN; 0 for the unconditional DCGAN
 */
public record ConvGanShape(int latent, int classes) {

    public static final int SIDE = 28;
    public static final int BASE = 7;
    public static final int G_CHANNELS = 128;
    public static final int G_MID = 64;
    public static final int D_MID = 64;
    public static final int D_CHANNELS = 128;
    public static final int KERNEL = 4;
    /** PyTorch's BatchNorm2d defaults: ε and momentum 0.1 (DL4J's decay 0.9). */
    public static final double BN_EPSILON = 1e-5;
    public static final double BN_DECAY = 0.9;
    public static final double LEAK = 0.2;

    public ConvGanShape {
        if (latent < 1 || latent > 512) {
            throw new IllegalArgumentException("latent size must be in 1..512, was " + latent);
        }
        if (classes < 0 || classes > 100) {
            throw new IllegalArgumentException("classes must be in 0..100, was " + classes);
        }
    }

    public static final ConvGanShape DCGAN = new ConvGanShape(64, 0);
    /** The generator's batch normalisation: the layer a conditional GAN conditions. */
    public static final int G_NORM_LAYER = 2;
    public static final int DEFAULT_LATENT = 64;

    /** Parameters the optimiser trains: all but batch normalisation's running mean and variance. */
    public static long trainable(MultiLayerNetwork net) {
        long n = 0;
        for (Layer layer : net.getLayers()) {
            for (var e : layer.paramTable().entrySet()) {
                if (!e.getKey().equals("mean") && !e.getKey().equals("var")) {
                    n += e.getValue().length();
                }
            }
        }
        return n;
    }

    /** One line, e.g. {@code G z64 → 6272 → (128,7,7) → ConvT 64 → BN → ReLU → ConvT 1 → tanh; D ...}. */
    public String describe() {
        String z = "z" + latent + (classes > 0 ? "+onehot" + classes : "");
        return "G " + z + " → " + G_CHANNELS * BASE * BASE + " → (" + G_CHANNELS + "," + BASE + "," + BASE + ") → ConvT " + G_MID
                + (classes > 0 ? " → conditional BN" : " → BN") + " → ReLU → ConvT 1 → tanh; D "
                + (classes > 0 ? "(1+" + classes + " planes) " : "") + "Conv " + D_MID + " → LReLU → Conv " + D_CHANNELS
                + " → BN → LReLU → " + D_CHANNELS * BASE * BASE + " → 1 (logit)";
    }

    /** Checks that two networks are this shape's generator and discriminator; an IllegalArgumentException says what differs. */
    public static void requireMatches(ConvGanShape shape, MultiLayerNetwork generator, MultiLayerNetwork discriminator) {
        String g = differences(shape.generator(0), generator);
        if (g != null) {
            throw new IllegalArgumentException("the generator is not the network of " + shape.describe().split(";")[0] + ": " + g);
        }
        String d = differences(shape.discriminator(0), discriminator);
        if (d != null) {
            throw new IllegalArgumentException("the discriminator is not the convolutional one for " + shape.discriminatorPlanes()
                    + " input planes: " + d);
        }
    }

    /** What differs between the layers (types, activations, parameter shapes) of two networks; null when nothing. */
    private static String differences(MultiLayerNetwork expected, MultiLayerNetwork actual) {
        if (expected.getnLayers() != actual.getnLayers()) {
            return "it has " + actual.getnLayers() + " layers, not " + expected.getnLayers();
        }
        for (int i = 0; i < expected.getnLayers(); i++) {
            var e = expected.getLayer(i).conf().getLayer();
            var a = actual.getLayer(i).conf().getLayer();
            if (e.getClass() != a.getClass()) {
                return "layer " + i + " is a " + a.getClass().getSimpleName() + ", not a " + e.getClass().getSimpleName();
            }
            String ea = String.valueOf(activationOf(e));
            String aa = String.valueOf(activationOf(a));
            if (!ea.equals(aa)) {
                return "layer " + i + " uses " + aa + ", not " + ea;
            }
            var ep = expected.getLayer(i).paramTable();
            var ap = actual.getLayer(i).paramTable();
            if (!ep.keySet().equals(ap.keySet())) {
                return "layer " + i + " has parameters " + ap.keySet() + ", not " + ep.keySet();
            }
            for (String key : ep.keySet()) {
                if (!java.util.Arrays.equals(ep.get(key).shape(), ap.get(key).shape())) {
                    return "layer " + i + " parameter " + key + " has shape " + java.util.Arrays.toString(ap.get(key).shape())
                            + ", not " + java.util.Arrays.toString(ep.get(key).shape());
                }
            }
        }
        return null;
    }

    private static Object activationOf(org.deeplearning4j.nn.conf.layers.Layer layer) {
        if (layer instanceof org.deeplearning4j.nn.conf.layers.BaseLayer b) {
            return b.getActivationFn();
        }
        if (layer instanceof ActivationLayer a) {
            return a.getActivationFn();
        }
        return null;
    }

    public int pixels() {
        return SIDE * SIDE;
    }

    /** The generator's input: z, then the one-hot label of a conditional GAN. */
    public int generatorInputs() {
        return latent + classes;
    }

    /** The discriminator's input planes: the image, then one constant plane per class. */
    public int discriminatorPlanes() {
        return 1 + classes;
    }

    public MultiLayerNetwork generator(long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).updater(new NoOp()).convolutionMode(ConvolutionMode.Truncate)
                .list()
                .layer(new DenseLayer.Builder().nIn(generatorInputs()).nOut(G_CHANNELS * BASE * BASE).activation(Activation.IDENTITY).build())
                .inputPreProcessor(1, new FeedForwardToCnnPreProcessor(BASE, BASE, G_CHANNELS))
                .layer(new Deconvolution2D.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1).nIn(G_CHANNELS).nOut(G_MID)
                        .activation(Activation.IDENTITY).build())
                .layer(new BatchNormalization.Builder().nIn(G_MID).nOut(G_MID).eps(BN_EPSILON).decay(BN_DECAY).useLogStd(false).build())
                .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
                .layer(new Deconvolution2D.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1).nIn(G_MID).nOut(1)
                        .activation(Activation.TANH).build())
                .setInputType(InputType.feedForward(generatorInputs()))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        initLikeTorch(net, seed);
        return net;
    }

    public MultiLayerNetwork discriminator(long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).updater(new NoOp()).convolutionMode(ConvolutionMode.Truncate)
                .list()
                .layer(new ConvolutionLayer.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1).nIn(discriminatorPlanes()).nOut(D_MID)
                        .activation(new ActivationLReLU(LEAK)).build())
                .layer(new ConvolutionLayer.Builder(KERNEL, KERNEL).stride(2, 2).padding(1, 1).nIn(D_MID).nOut(D_CHANNELS)
                        .activation(Activation.IDENTITY).build())
                .layer(new BatchNormalization.Builder().nIn(D_CHANNELS).nOut(D_CHANNELS).eps(BN_EPSILON).decay(BN_DECAY).useLogStd(false).build())
                .layer(new ActivationLayer.Builder().activation(new ActivationLReLU(LEAK)).build())
                .inputPreProcessor(4, new CnnToFeedForwardPreProcessor(BASE, BASE, D_CHANNELS))
                .layer(new DenseLayer.Builder().nIn(D_CHANNELS * BASE * BASE).nOut(1).activation(Activation.IDENTITY).build())
                .setInputType(InputType.convolutional(SIDE, SIDE, discriminatorPlanes()))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        initLikeTorch(net, seed);
        return net;
    }

    /**
     * PyTorch's default initialisation: weights and biases uniform in ±1/√fan-in, where a
     * transposed convolution's fan-in is its output channels × kernel area (PyTorch reads it from
     * the weight's second dimension); batch normalisation starts at γ = 1, β = 0.
     */
    private static void initLikeTorch(MultiLayerNetwork net, long seed) {
        Random rng = new Random(seed);
        for (Layer layer : net.getLayers()) {
            org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
            double fanIn;
            if (conf instanceof Deconvolution2D d) {
                fanIn = d.getNOut() * (double) KERNEL * KERNEL;
            } else if (conf instanceof ConvolutionLayer c) {
                fanIn = c.getNIn() * (double) KERNEL * KERNEL;
            } else if (conf instanceof DenseLayer d) {
                fanIn = d.getNIn();
            } else {
                continue;
            }
            double bound = 1.0 / Math.sqrt(fanIn);
            fillUniform(layer.getParam("W"), bound, rng);
            fillUniform(layer.getParam("b"), bound, rng);
        }
    }

    private static void fillUniform(INDArray target, double bound, Random rng) {
        float[] values = new float[(int) target.length()];
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) ((rng.nextDouble() * 2 - 1) * bound);
        }
        target.assign(Nd4j.create(values, target.shape(), target.ordering()));
    }
}
