package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.NormalMixture;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer's fields: the heatmap, the manifold and the arrows against DL4J and geometry. */
class FieldProbeTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static GanTrainer trainer(NoisePrior prior, GanLoss loss) {
        return new GanTrainer(Gan.create(GanShape.toy2d(), 7, prior), GaussianRing.ring8(),
                GanHyperparameters.defaults(7).withLoss(loss));
    }

    @Test
    void heatmapIsTheDl4jProbabilityOnTheGrid() {
        GanTrainer t = trainer(NoisePrior.UNIFORM, GanLoss.NON_SATURATING);
        for (int i = 0; i < 30; i++) {
            t.step(StepKind.BOTH);
        }
        FieldSnapshot f = t.fields(t.gan().noise(TrainingSession.ARROW_COUNT, 1));
        assertEquals(30, f.iteration());
        assertTrue(f.probabilistic());
        int n = f.gridSize();
        float[] points = new float[2 * n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                points[2 * (r * n + c)] = (float) FieldSnapshot.cellX(f.range(), n, c);
                points[2 * (r * n + c) + 1] = (float) FieldSnapshot.cellY(f.range(), n, r);
            }
        }
        assertArrayEquals(t.gan().realProbability(points), f.discriminator(), 1e-5f);
        assertEquals(-f.range() + f.range() / n, FieldSnapshot.cellX(f.range(), n, 0), 1e-12);
        assertEquals(f.range() - f.range() / n, FieldSnapshot.cellY(f.range(), n, 0), 1e-12);
    }

    @Test
    void manifoldIsTheGeneratorOnTheNoiseGrid() {
        for (NoisePrior prior : NoisePrior.values()) {
            GanTrainer t = trainer(prior, GanLoss.NON_SATURATING);
            t.step(StepKind.BOTH);
            FieldSnapshot f = t.fields(t.gan().noise(10, 1));
            float[] z = FieldProbe.noiseGrid(prior);
            assertEquals(FieldProbe.MANIFOLD_LINES, f.manifoldLines());
            assertEquals(-FieldProbe.noiseExtent(prior), z[0], 1e-6);
            assertEquals(FieldProbe.noiseExtent(prior), z[z.length - 1], 1e-6);
            assertArrayEquals(t.gan().generate(z), f.manifold(), 1e-5f);
            assertEquals(f.manifold()[2], f.manifoldAt(1, 0, 0));
        }
    }

    @Test
    void arrowsPushGeneratedPointsTowardsTheRealModes() {
        GanTrainer t = trainer(NoisePrior.UNIFORM, GanLoss.NON_SATURATING);
        for (int i = 0; i < 150; i++) {
            t.step(StepKind.DISCRIMINATOR);
        }
        float[] noise = t.gan().noise(TrainingSession.ARROW_COUNT, 3);
        FieldSnapshot f = t.fields(noise);
        assertArrayEquals(t.generate(noise), f.arrowOrigins(), 1e-6f);
        double[][] centres = t.data().modeCentres();
        double sum = 0;
        for (int i = 0; i < f.arrowCount(); i++) {
            double x = f.arrowOrigin(i, 0);
            double y = f.arrowOrigin(i, 1);
            double[] nearest = centres[0];
            for (double[] c : centres) {
                if (Math.hypot(c[0] - x, c[1] - y) < Math.hypot(nearest[0] - x, nearest[1] - y)) {
                    nearest = c;
                }
            }
            sum += f.arrowVector(i, 0) * (nearest[0] - x) + f.arrowVector(i, 1) * (nearest[1] - y);
        }
        assertTrue(sum / f.arrowCount() > 0, "mean push towards the nearest mode " + sum / f.arrowCount());
    }

    @Test
    void probingLeavesTrainingAsItWouldHaveBeen() {
        GanTrainer a = trainer(NoisePrior.UNIFORM, GanLoss.NON_SATURATING);
        GanTrainer b = trainer(NoisePrior.UNIFORM, GanLoss.NON_SATURATING);
        for (int i = 0; i < 5; i++) {
            a.step(StepKind.BOTH);
            b.step(StepKind.BOTH);
            a.fields(a.gan().noise(TrainingSession.ARROW_COUNT, 1));
        }
        assertEquals(a.step(StepKind.BOTH), b.step(StepKind.BOTH));
    }

    @Test
    void rawOutputsForOtherLossesAndNothingFor1d() {
        GanTrainer t = trainer(NoisePrior.UNIFORM, GanLoss.HINGE);
        t.step(StepKind.BOTH);
        assertFalse(t.fields(new float[0]).probabilistic());
        GanTrainer oneD = new GanTrainer(Gan.create(GanShape.toy(1, 1), 7, NoisePrior.UNIFORM),
                NormalMixture.mix2(), GanHyperparameters.defaults(7));
        assertEquals(null, oneD.fields(new float[0]));
    }
}
