package io.latentlab.train;

import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WGAN-GP's double backpropagation, held to finite differences of the penalty itself. */
class GradientPenaltyTest {

    private static final double LAMBDA = 0.7;
    private static final int ROWS = 6;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    /** λ/B·Σ(‖∇ₓD‖ − 1)² at the pass's input, through the lean path; leaves the pass ready for the penalty gradient. */
    private static double penalty(DenseStack stack, DenseStack.Pass pass, float[] deltaOut) {
        stack.forward(pass);
        pass.outputDelta().assign(1);
        stack.backward(pass, false, true);
        float[] g = pass.inputDelta().dup().data().asFloat();
        float[] delta = deltaOut == null ? new float[g.length] : deltaOut;
        return GanLossMath.gradientPenalty(g, ROWS, stack.inputs(), LAMBDA, delta);
    }

    /** Every activation, with its curvature term for tanh and ELU; three hidden layers so the deltas' motion chains. */
    @ParameterizedTest
    @EnumSource(HiddenActivation.class)
    void penaltyGradientMatchesFiniteDifferences(HiddenActivation f) {
        MultiLayerNetwork net = new MlpShape(2, 5, 3, 1, f).build(3);
        net.params().muli(f.piecewiseLinear() ? 2.5 : 1.5); // input gradients of norm well away from 1
        DenseStack stack = new DenseStack(net);
        DenseStack.Pass pass = stack.pass(ROWS);
        Random rng = new Random(4);
        float[] x = new float[ROWS * 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (rng.nextGaussian() * 1.5);
        }
        pass.input().data().asNioFloat().put(0, x);

        float[] delta = new float[ROWS * 2];
        double p0 = penalty(stack, pass, delta);
        assertTrue(p0 > 1e-3, "a penalty to differentiate: " + p0);
        pass.penaltyDelta().data().asNioFloat().put(0, delta);
        stack.gradients().assign(0);
        stack.addInputGradientPenalty(pass);
        float[] analytic = stack.gradients().dup().data().asFloat();

        INDArray params = net.params();
        double h = 1e-3;
        int checked = 0;
        double worst = 0;
        for (int k = 0; k < params.length(); k++) {
            double original = params.getDouble(k);
            params.putScalar(k, original + h);
            double up = penalty(stack, pass, null);
            params.putScalar(k, original - h);
            double down = penalty(stack, pass, null);
            params.putScalar(k, original);
            double numeric = (up - down) / (2 * h);
            double error = Math.abs(numeric - analytic[k]);
            worst = Math.max(worst, error / (1e-2 + Math.abs(numeric)));
            checked++;
        }
        assertEquals(params.length(), checked);
        assertTrue(worst < 0.02, "largest relative error " + worst);
    }

    @Test
    void penaltyIsZeroForUnitGradientsAndGrowsAway() {
        float[] g = {0.6f, 0.8f, 0f, 2f};
        float[] delta = new float[4];
        double p = GanLossMath.gradientPenalty(g, 2, 2, 10, delta);
        assertEquals(10 * (0 + 1) / 2.0, p, 1e-5);
        assertEquals(0, delta[0], 1e-5);
        assertEquals(0, delta[1], 1e-5);
        assertEquals(2 * 10 / 2.0 * (2 - 1) * 1.0, delta[3], 1e-6);
    }
}
