package io.latentlab.train;

import io.latentlab.model.MlpShape;
import io.latentlab.nd4j.Nd4jRuntime;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bernoulli term: its value against the textbook formula, its gradients against finite differences. */
class BernoulliLikelihoodTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void bceOnLogitsIsTheCrossEntropyOfTheSigmoidAndStableAtExtremes() {
        for (double l : new double[] {-8, -1.5, 0, 0.3, 4, 9}) {
            for (double x : new double[] {0, 0.25, 1}) {
                double p = 1 / (1 + Math.exp(-l));
                double textbook = -x * Math.log(p) - (1 - x) * Math.log(1 - p);
                assertEquals(textbook, BernoulliLikelihood.bce(l, x), 1e-9, "l " + l + " x " + x);
            }
        }
        assertEquals(1000, BernoulliLikelihood.bce(1000, 0), 1e-9); // log(1 − σ(1000)) would be log 0
        assertEquals(1000, BernoulliLikelihood.bce(-1000, 1), 1e-9);
        assertEquals(0, BernoulliLikelihood.bce(-1000, 0), 1e-12);
    }

    @Test
    void fastExpIsCloseToMathExp() {
        for (float a = -86f; a <= 0f; a += 0.001f) {
            double exact = Math.exp(a);
            assertEquals(exact, BernoulliLikelihood.expNonPositive(a), (2e-7 + 1.2e-7 * -a) * exact, "a " + a);
        }
        assertEquals(0f, BernoulliLikelihood.expNonPositive(-200f));
    }

    @Test
    void fusedLossAndDeltaMatchThePlainFormulas() {
        Random rng = new Random(3);
        int rows = 5;
        int dim = 300; // more than one block of logs
        float[] x = new float[rows * dim];
        float[] logits = new float[rows * dim];
        for (int k = 0; k < x.length; k++) {
            x[k] = rng.nextInt(4) == 0 ? 0f : rng.nextFloat();
            logits[k] = (float) (rng.nextGaussian() * (k % 7 == 0 ? 40 : 3));
        }
        float[] delta = new float[x.length];
        double loss = BernoulliLikelihood.lossAndDelta(x, logits, rows, dim, delta);
        double expected = 0;
        for (int k = 0; k < x.length; k++) {
            expected += BernoulliLikelihood.bce(logits[k], x[k]);
            assertEquals((BernoulliLikelihood.sigmoid(logits[k]) - x[k]) / rows, delta[k], 1e-7, "delta " + k);
        }
        assertEquals(expected / rows, loss, 1e-4 * Math.abs(expected / rows));
        assertEquals(expected, BernoulliLikelihood.sum(x, logits, x.length), 1e-6 * expected);
    }

    @Test
    void derivativeOfBceIsSigmoidMinusTarget() {
        double h = 1e-6;
        for (double l : new double[] {-5, -0.7, 0.01, 2.5}) {
            for (double x : new double[] {0, 0.6, 1}) {
                double numeric = (BernoulliLikelihood.bce(l + h, x) - BernoulliLikelihood.bce(l - h, x)) / (2 * h);
                assertEquals(BernoulliLikelihood.sigmoid(l) - x, numeric, 1e-6, "l " + l + " x " + x);
            }
        }
    }

    /** Backpropagating the Bernoulli delta through a decoder gives ∂(mean BCE)/∂θ, checked by central differences. */
    @Test
    void decoderParameterGradientsMatchFiniteDifferences() {
        MultiLayerNetwork decoder = new MlpShape(3, 8, 1, 12).build(5);
        DenseStack stack = new DenseStack(decoder);
        int rows = 4;
        int dim = 12;
        Random rng = new Random(9);
        float[] z = new float[rows * 3];
        float[] x = new float[rows * dim];
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) rng.nextGaussian();
        }
        for (int k = 0; k < x.length; k++) {
            x[k] = rng.nextFloat();
        }
        DenseStack.Pass pass = stack.pass(rows);
        float[] logits = new float[rows * dim];
        float[] delta = new float[rows * dim];
        forward(stack, pass, z, logits);
        BernoulliLikelihood.lossAndDelta(x, logits, rows, dim, delta);
        pass.outputDelta().data().asNioFloat().put(0, delta);
        stack.backward(pass, true, false);
        float[] analytic = stack.gradients().toFloatVector();

        INDArray params = stack.params();
        FloatBuffer p = params.data().asNioFloat();
        int checked = 0;
        for (int i = 0; i < params.length(); i += 5) {
            float saved = p.get(i);
            float h = 1e-2f;
            p.put(i, saved + h);
            double up = loss(stack, pass, z, x, rows, dim);
            p.put(i, saved - h);
            double down = loss(stack, pass, z, x, rows, dim);
            p.put(i, saved);
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, analytic[i], 2e-3 + 1e-2 * Math.abs(numeric), "parameter " + i);
            checked++;
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    private static void forward(DenseStack stack, DenseStack.Pass pass, float[] z, float[] logits) {
        pass.input().data().asNioFloat().put(0, z);
        stack.forward(pass);
        pass.output().data().asNioFloat().get(0, logits);
    }

    private static double loss(DenseStack stack, DenseStack.Pass pass, float[] z, float[] x, int rows, int dim) {
        float[] logits = new float[rows * dim];
        forward(stack, pass, z, logits);
        double total = 0;
        for (int k = 0; k < logits.length; k++) {
            total += BernoulliLikelihood.bce(logits[k], x[k]);
        }
        return total / rows;
    }
}
