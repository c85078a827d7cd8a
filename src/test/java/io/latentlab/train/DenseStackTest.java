package io.latentlab.train;

import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lean path must compute what DL4J's own forward and backward passes compute, for every
 * hidden activation and 0 to 4 hidden layers (0: one affine layer).
 */
class DenseStackTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    static Stream<Arguments> shapes() {
        return Stream.of(HiddenActivation.values()).flatMap(f -> IntStream.rangeClosed(MlpShape.MIN_DEPTH, MlpShape.MAX_DEPTH)
                .mapToObj(depth -> Arguments.of(f, depth)));
    }

    @ParameterizedTest(name = "{0}, {1} hidden layers")
    @MethodSource("shapes")
    void forwardMatchesDl4jOutput(HiddenActivation f, int depth) {
        MultiLayerNetwork net = new MlpShape(2, 16, depth, 3, f).build(7);
        assertEquals(depth + 1, net.getnLayers());
        DenseStack stack = new DenseStack(net);
        DenseStack.Pass pass = stack.pass(5);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 5, 2).subi(0.5).muli(4);
        pass.input().assign(x);
        INDArray ours = stack.forward(pass).dup();
        INDArray theirs = net.output(x, false);
        assertArrayEquals(theirs.ravel().toFloatVector(), ours.ravel().toFloatVector(), 1e-5f);
    }

    @ParameterizedTest(name = "{0}, {1} hidden layers")
    @MethodSource("shapes")
    void gradientsMatchDl4jBackprop(HiddenActivation f, int depth) {
        MultiLayerNetwork net = new MlpShape(2, 16, depth, 3, f).build(11);
        DenseStack stack = new DenseStack(net);
        DenseStack.Pass pass = stack.pass(7);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 7, 2).subi(0.5).muli(4);
        INDArray eps = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 7, 3).subi(0.5);

        pass.input().assign(x);
        stack.forward(pass);
        pass.outputDelta().assign(eps);
        stack.backward(pass, true, true);

        net.setInput(x);
        net.feedForward(true, false);
        Pair<Gradient, INDArray> dl4j = net.backpropGradient(eps.dup(), LayerWorkspaceMgr.noWorkspaces());
        float[] expected = net.getFlattenedGradients().toFloatVector();
        assertEquals(expected.length, stack.gradients().length());
        assertArrayEquals(expected, stack.gradients().toFloatVector(), 1e-5f);
        assertArrayEquals(dl4j.getSecond().ravel().toFloatVector(), pass.inputDelta().ravel().toFloatVector(), 1e-5f);
    }
}
