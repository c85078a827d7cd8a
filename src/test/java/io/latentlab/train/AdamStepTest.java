package io.latentlab.train;

import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The fused loop must take the same steps as DL4J's Adam updater, also across a learning-rate change. */
class AdamStepTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void matchesDl4jAdamOverSeveralStepsAndARateChange() {
        int n = 300;
        Nd4j.getRandom().setSeed(5);
        INDArray ours = Nd4j.rand(DataType.FLOAT, n).subi(0.5);
        INDArray theirs = ours.dup();
        Adam config = new Adam(1e-2, 0.5, 0.999, 1e-8);
        GradientUpdater<?> dl4j = config.instantiate(Nd4j.create(DataType.FLOAT, 2L * n), true);
        AdamStep adam = new AdamStep(n, 1e-2, 0.5, 0.999, 1e-8);
        float[] start = ours.toFloatVector();
        for (int t = 0; t < 6; t++) {
            if (t == 3) {
                adam.setLearningRate(3e-3);
                config.setLearningRate(3e-3);
            }
            INDArray grad = Nd4j.rand(DataType.FLOAT, n).subi(0.5).muli(t + 1);
            adam.apply(ours, grad.dup());
            INDArray update = grad.dup();
            dl4j.applyUpdater(update, t, 0);
            theirs.subi(update);
        }
        assertArrayEquals(theirs.toFloatVector(), ours.toFloatVector(), 1e-6f);
        assertNotEquals(start[0], ours.getFloat(0));
    }

    @Test
    void sgdStepsAlongTheGradientByTheLearningRate() {
        INDArray params = Nd4j.createFromArray(1f, -2f, 3f);
        INDArray grads = Nd4j.createFromArray(0.5f, 1f, -4f);
        ParameterStep sgd = ParameterStep.of(Optimizer.SGD, 3, 0.1, io.latentlab.train.GanHyperparameters.peer(1));
        sgd.apply(params, grads);
        assertArrayEquals(new float[] {0.95f, -2.1f, 3.4f}, params.toFloatVector(), 1e-6f);
        sgd.setLearningRate(1);
        sgd.apply(params, grads);
        assertArrayEquals(new float[] {0.45f, -3.1f, 7.4f}, params.toFloatVector(), 1e-6f);
    }
}
