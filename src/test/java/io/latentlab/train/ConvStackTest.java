package io.latentlab.train;

import io.latentlab.model.ConvGanShape;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The convolutional lean path against DL4J's own forward and backward passes of the same networks. */
class ConvStackTest {

    private static final int N = 3;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void parameterCountsAreThePeers() {
        ConvGanShape s = ConvGanShape.DCGAN;
        // DL4J also keeps each batch normalisation's running mean and variance as parameters
        assertEquals(539_969 + 2 * 64, s.generator(1).numParams());
        assertEquals(138_817 + 2 * 128, s.discriminator(2).numParams());
    }

    @Test
    void generatorMatchesDl4jForwardAndBackward() {
        MultiLayerNetwork g = ConvGanShape.DCGAN.generator(7);
        check(g, new int[] {1, 1, 64}, Nd4j.randn(DataType.FLOAT, N, 64), new long[] {N, 1, 28, 28});
    }

    @Test
    void discriminatorMatchesDl4jForwardAndBackward() {
        MultiLayerNetwork d = ConvGanShape.DCGAN.discriminator(8);
        check(d, new int[] {28, 28, 1}, Nd4j.rand(DataType.FLOAT, N, 1, 28, 28).muli(2).subi(1), new long[] {N, 1});
    }

    private static void check(MultiLayerNetwork net, int[] inShape, INDArray input, long[] outShape) {
        MultiLayerNetwork reference = net.clone();
        ConvStack stack = new ConvStack(net, inShape, -1, null, null);
        ConvStack.Pass pass = stack.pass(N);
        pass.input().set(input.dup('c').data().asFloat());
        float[] lean = stack.forward(pass, true, null).toArray();
        reference.setInput(input);
        INDArray expected = reference.feedForward(true, false).get(reference.getnLayers());
        assertClose(expected.dup('c').data().asFloat(), lean, 2e-4, "training-mode output");

        Random rng = new Random(3);
        float[] delta = new float[lean.length];
        for (int i = 0; i < delta.length; i++) {
            delta[i] = (float) rng.nextGaussian();
        }
        pass.outputDelta().set(delta);
        stack.backward(pass, true, true, null);
        Pair<Gradient, INDArray> dl4j = reference.backpropGradient(Nd4j.create(delta, outShape, 'c'), LayerWorkspaceMgr.noWorkspaces());
        assertClose(dl4j.getSecond().dup('c').data().asFloat(), pass.inputDelta().toArray(), 2e-3, "input gradient");
        INDArray flat = stack.gradients();
        long offset = 0;
        for (int i = 0; i < net.getnLayers(); i++) {
            Map<String, INDArray> table = net.getLayer(i).paramTable();
            for (Map.Entry<String, INDArray> e : table.entrySet()) {
                long n = e.getValue().length();
                if (!e.getKey().equals("mean") && !e.getKey().equals("var")) {
                    INDArray mine = flat.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + n));
                    INDArray theirs = dl4j.getFirst().gradient().get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + n));
                    // a bias just before batch normalisation has gradient zero in exact arithmetic: both
                    // sides are rounding left over from summing the layer's output gradient, which differs
                    // with the order of the sum (another sgemm library), so it is held to the scale of the
                    // same layer's weight gradient, a sum over the same positions
                    double floor = e.getKey().equals("b") && i + 1 < net.getnLayers()
                            && net.getLayer(i + 1) instanceof org.deeplearning4j.nn.layers.normalization.BatchNormalization
                            ? maxAbs(dl4j.getFirst().getGradientFor(i + "_W")) : 0.02;
                    assertClose(theirs.dup().data().asFloat(), mine.dup().data().asFloat(), 2e-3, floor,
                            "gradient of layer " + i + " " + e.getKey());
                }
                offset += n;
            }
        }
    }

    private static double maxAbs(INDArray values) {
        return values.amaxNumber().doubleValue();
    }

    static void assertClose(float[] expected, float[] actual, double relative, String what) {
        assertClose(expected, actual, relative, 0.02, what);
    }

    static void assertClose(float[] expected, float[] actual, double relative, double floor, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        double scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= relative * Math.max(scale, floor), what + ": largest difference " + worst + " against a scale of " + scale);
    }
}
