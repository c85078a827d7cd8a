package io.latentlab.train;

import io.latentlab.model.MlpShape;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lean path must compute what DL4J's own forward and backward passes compute. */
class DenseStackTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void forwardMatchesDl4jOutput() {
        MultiLayerNetwork net = new MlpShape(2, 16, 2, 3).build(7);
        DenseStack stack = new DenseStack(net);
        DenseStack.Pass pass = stack.pass(5);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 5, 2).subi(0.5).muli(4);
        pass.input().assign(x);
        INDArray ours = stack.forward(pass).dup();
        INDArray theirs = net.output(x, false);
        assertArrayEquals(theirs.ravel().toFloatVector(), ours.ravel().toFloatVector(), 1e-5f);
    }

    @Test
    void gradientsMatchDl4jBackprop() {
        MultiLayerNetwork net = new MlpShape(2, 16, 2, 3).build(11);
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
