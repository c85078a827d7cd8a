package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The least-squares and hinge losses train the ring with the default recipe otherwise unchanged.
 * Over seeds 1 to 8 at 3000 iterations every run of either loss covered 7 or 8 modes with 73–84%
 * of points within 0.1; the seeds here (8 for least squares, 3 for hinge) had 8/8 from
 * iteration 1000 on, so asking for 6 of 8 and 60% leaves room for another CPU's rounding.
 */
class GanLossTrainingTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static ModeCoverage coverageAfter3000(GanLoss loss, long seed) {
        GanTrainer trainer = ToyGanRecipe.defaults(seed)
                .withHyperparameters(GanHyperparameters.defaults(seed).withLoss(loss))
                .newTrainer(GaussianRing.ring8());
        StepMetrics last = null;
        while (trainer.iteration() < 3000) {
            last = trainer.step(StepKind.BOTH);
        }
        assertTrue(Double.isFinite(last.discriminatorLoss()) && Double.isFinite(last.generatorLoss()), last.toString());
        Gan averaged = trainer.snapshot();
        return ModeCoverage.of(averaged.generate(averaged.noise(2000, 99)), GaussianRing.ring8().modeCentres());
    }

    @Test
    void leastSquaresCoversTheRing() {
        ModeCoverage c = coverageAfter3000(GanLoss.LEAST_SQUARES, 8);
        assertTrue(c.modesCovered() >= 6 && c.fractionWithin() >= 0.6, c.summary());
    }

    @Test
    void hingeCoversTheRing() {
        ModeCoverage c = coverageAfter3000(GanLoss.HINGE, 3);
        assertTrue(c.modesCovered() >= 6 && c.fractionWithin() >= 0.6, c.summary());
    }

    @Test
    void rawOutputLossesReportMeanOutputsNotProbabilities() {
        GanTrainer t = ToyGanRecipe.defaults(4)
                .withHyperparameters(GanHyperparameters.defaults(4).withLoss(GanLoss.HINGE))
                .newTrainer(GaussianRing.ring8());
        StepMetrics m = null;
        for (int i = 0; i < 300; i++) {
            m = t.step(StepKind.BOTH);
        }
        // a hinge discriminator pushes real outputs up and fake ones down, past the probabilities' [0, 1]
        assertTrue(m.dReal() > m.dFake(), m.toString());
        assertTrue(m.dFake() < 0, m.toString());
    }
}
