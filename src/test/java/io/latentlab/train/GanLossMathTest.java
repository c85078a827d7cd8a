package io.latentlab.train;

import io.latentlab.data.BadInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Each loss's ∂loss/∂output against a central finite difference of the loss on a tiny batch. */
class GanLossMathTest {

    private static final int BATCH = 3;
    /** Real rows then fake rows; none at a hinge's kink (±1). */
    private static final float[] OUTPUTS = {1.7f, -0.4f, 0.3f, -2.2f, 0.6f, -0.7f};
    private static final double H = 1e-3;

    private static double dLoss(GanLoss loss, double[] outputs) {
        return GanLossMath.discriminator(loss, floats(outputs), BATCH, new float[2 * BATCH])[0];
    }

    private static double gLoss(GanLoss loss, double[] outputs) {
        return GanLossMath.generator(loss, floats(outputs), BATCH, new float[BATCH])[0];
    }

    private static float[] floats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    private static double[] doubles(float[] x, int from, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = x[from + i];
        }
        return d;
    }

    @Test
    void discriminatorGradientsMatchFiniteDifferences() {
        for (GanLoss loss : GanLoss.values()) {
            float[] delta = new float[2 * BATCH];
            GanLossMath.discriminator(loss, OUTPUTS, BATCH, delta);
            double[] x = doubles(OUTPUTS, 0, 2 * BATCH);
            for (int i = 0; i < x.length; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += H;
                down[i] -= H;
                double numeric = (dLoss(loss, up) - dLoss(loss, down)) / (2 * H);
                assertEquals(numeric, delta[i], 1e-4, loss + " D output " + i);
            }
        }
    }

    @Test
    void generatorGradientsMatchFiniteDifferences() {
        for (GanLoss loss : GanLoss.values()) {
            float[] fake = {OUTPUTS[3], OUTPUTS[4], OUTPUTS[5]};
            float[] delta = new float[BATCH];
            GanLossMath.generator(loss, fake, BATCH, delta);
            double[] x = doubles(fake, 0, BATCH);
            for (int i = 0; i < BATCH; i++) {
                double[] up = x.clone();
                double[] down = x.clone();
                up[i] += H;
                down[i] -= H;
                double numeric = (gLoss(loss, up) - gLoss(loss, down)) / (2 * H);
                assertEquals(numeric, delta[i], 1e-4, loss + " G output " + i);
            }
        }
    }

    @Test
    void lossValuesFollowTheirFormulas() {
        float[] zero = new float[2 * BATCH];
        float[] delta = new float[2 * BATCH];
        // an undecided D: outputs 0
        assertEquals(2 * Math.log(2), GanLossMath.discriminator(GanLoss.NON_SATURATING, zero, BATCH, delta)[0], 1e-12);
        assertEquals(0.5, GanLossMath.discriminator(GanLoss.LEAST_SQUARES, zero, BATCH, delta)[0], 1e-12);
        assertEquals(2, GanLossMath.discriminator(GanLoss.HINGE, zero, BATCH, delta)[0], 1e-12);
        double[] ls = GanLossMath.discriminator(GanLoss.LEAST_SQUARES, OUTPUTS, BATCH, delta);
        assertEquals((1.7f + -0.4f + 0.3f) / 3.0, ls[1], 1e-6, "dReal is the mean raw output");
        assertEquals((-2.2f + 0.6f + -0.7f) / 3.0, ls[2], 1e-6, "dFake is the mean raw output");
        // hinge: relu(1 − 1.7) + relu(1.4) + relu(0.7), relu(−1.2) + relu(1.6) + relu(0.3), over 3
        assertEquals((0 + 1.4 + 0.7 + 0 + 1.6 + 0.3) / 3, GanLossMath.discriminator(GanLoss.HINGE, OUTPUTS, BATCH, delta)[0], 1e-6);
        float[] fake = {-2.2f, 0.6f, -0.7f};
        assertEquals(-(-2.2 + 0.6 - 0.7) / 3, GanLossMath.generator(GanLoss.HINGE, fake, BATCH, new float[3])[0], 1e-6);
    }

    @Test
    void namesOnTheCommandLine() {
        for (GanLoss loss : GanLoss.values()) {
            assertEquals(loss, GanLoss.byName(loss.cliName()));
        }
        assertEquals(GanLoss.LEAST_SQUARES, GanLoss.byName("least-squares"));
        BadInputException e = assertThrows(BadInputException.class, () -> GanLoss.byName("wgan-gp"));
        assertEquals("unknown loss 'wgan-gp': choose one of non-saturating, minimax, least-squares, hinge, wasserstein-gp", e.getMessage());
    }
}
