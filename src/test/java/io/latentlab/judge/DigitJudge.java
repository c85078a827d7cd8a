package io.latentlab.judge;

import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Random;

/**
 * Test code only: a small digit classifier that tests use as a judge of generated MNIST images,
 * e.g. "the conditional model's samples for label 7 are sevens" or "the GAN's samples cover all
 * ten digits". A DL4J MLP 784→256→10 (ReLU, softmax), trained with Adam for a few seconds on the
 * first {@value #TRAIN_IMAGES} images of the bundled MNIST test set and checked on the other
 * {@value #HELD_OUT} (about 95.8% right; {@link #trained()} fails below {@value #MIN_ACCURACY}).
 *
 * <p>Use: {@code int[] digits = DigitJudge.trained().classify(pixels, n)} with {@code n} images
 * of 28×28 pixels in [0, 1], row-major, image after image (as the models decode them). The
 * judge is trained once per JVM, seeded, and is safe to call from several threads.
 */
public final class DigitJudge {

    /** Images it learns from: the first ones of the bundled MNIST test set. */
    public static final int TRAIN_IMAGES = 8_000;
    /** Images it is checked on: the rest of the test set. */
    public static final int HELD_OUT = 2_000;
    /** The least held-out accuracy {@link #trained()} accepts. */
    public static final double MIN_ACCURACY = 0.95;
    public static final int PIXELS = 28 * 28;
    public static final int CLASSES = 10;
    private static final int HIDDEN = 256;
    private static final int EPOCHS = 10;
    private static final int BATCH = 200;
    private static final long SEED = 20_241_121L;

    private static DigitJudge cached;

    private final MultiLayerNetwork net;
    private final double heldOutAccuracy;

    private DigitJudge(MultiLayerNetwork net, double heldOutAccuracy) {
        this.net = net;
        this.heldOutAccuracy = heldOutAccuracy;
    }

    /** The judge, trained on first use (a few seconds) and kept for the JVM. */
    public static synchronized DigitJudge trained() {
        if (cached == null) {
            cached = train();
        }
        return cached;
    }

    /** The fraction of the {@value #HELD_OUT} held-out test images it labels right. */
    public double heldOutAccuracy() {
        return heldOutAccuracy;
    }

    /** The digit of each of {@code count} images (28×28, values in [0, 1], image after image). */
    public synchronized int[] classify(float[] pixels01, int count) {
        if (count < 1 || pixels01.length < count * PIXELS) {
            throw new IllegalArgumentException("classify takes 1 or more images of " + PIXELS + " pixels, got " + count
                    + " in " + pixels01.length + " values");
        }
        float[] copy = java.util.Arrays.copyOf(pixels01, count * PIXELS);
        INDArray out = net.output(Nd4j.create(copy, new long[] {count, PIXELS}, 'c'), false);
        int[] digits = new int[count];
        INDArray best = out.argMax(1);
        for (int i = 0; i < count; i++) {
            digits[i] = best.getInt(i);
        }
        return digits;
    }

    /** How many of {@code digits} are each digit 0..9. */
    public static int[] histogram(int[] digits) {
        int[] counts = new int[CLASSES];
        for (int d : digits) {
            counts[d]++;
        }
        return counts;
    }

    private static DigitJudge train() {
        Nd4jRuntime.init();
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(SEED)
                .dataType(DataType.FLOAT)
                .updater(new Adam(2e-3))
                .weightInit(WeightInit.XAVIER)
                .list()
                .layer(new DenseLayer.Builder().nIn(PIXELS).nOut(HIDDEN).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(HIDDEN).nOut(CLASSES)
                        .activation(Activation.SOFTMAX).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        float[] pixels = mnist.pixelsView();
        int[] labels = mnist.labels();
        Random rng = new Random(SEED);
        int[] order = new int[TRAIN_IMAGES];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] x = new float[BATCH * PIXELS];
        float[] y = new float[BATCH * CLASSES];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start + BATCH <= order.length; start += BATCH) {
                java.util.Arrays.fill(y, 0f);
                for (int r = 0; r < BATCH; r++) {
                    int image = order[start + r];
                    System.arraycopy(pixels, image * PIXELS, x, r * PIXELS, PIXELS);
                    y[r * CLASSES + labels[image]] = 1f;
                }
                net.fit(Nd4j.create(x.clone(), new long[] {BATCH, PIXELS}, 'c'),
                        Nd4j.create(y.clone(), new long[] {BATCH, CLASSES}, 'c'));
            }
        }
        DigitJudge judge = new DigitJudge(net, 0);
        float[] held = java.util.Arrays.copyOfRange(pixels, TRAIN_IMAGES * PIXELS, (TRAIN_IMAGES + HELD_OUT) * PIXELS);
        int[] said = judge.classify(held, HELD_OUT);
        int right = 0;
        for (int i = 0; i < HELD_OUT; i++) {
            right += said[i] == labels[TRAIN_IMAGES + i] ? 1 : 0;
        }
        double accuracy = right / (double) HELD_OUT;
        if (accuracy < MIN_ACCURACY) {
            throw new IllegalStateException("the digit judge labels only " + accuracy + " of the held-out images right, below "
                    + MIN_ACCURACY);
        }
        return new DigitJudge(net, accuracy);
    }
}
