package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The minimax loss stalls while D wins (see {@link MinimaxStallTest}), but with the default
 * recipe D does not win early on the ring: Adam's step size does not shrink with the gradient,
 * so G keeps moving. {@code latentlab train --loss minimax --iterations 3000} covered 8/8 modes
 * with 68–78% of points within 0.1 for each of seeds 1 to 6 (docs/losses.md); seed 6 had 8/8
 * and 73% already at 2000, where this test stops, asking for 60% to leave room for another
 * CPU's rounding.
 */
class MinimaxCoverageTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void minimaxCoversTheRingWithTheDefaultRecipe() {
        GanTrainer trainer = ToyGanRecipe.defaults(6)
                .withHyperparameters(GanHyperparameters.defaults(6).withLoss(GanLoss.MINIMAX))
                .newTrainer(GaussianRing.ring8());
        StepMetrics last = null;
        while (trainer.iteration() < 2000) {
            last = trainer.step(StepKind.BOTH);
        }
        assertTrue(Double.isFinite(last.discriminatorLoss()) && Double.isFinite(last.generatorLoss()), last.toString());
        assertTrue(last.generatorLoss() < 0, "minimax G loss is log(1 − D(G(z))), below 0: " + last);
        Gan averaged = trainer.snapshot();
        ModeCoverage c = ModeCoverage.of(averaged.generate(averaged.noise(2000, 99)), GaussianRing.ring8().modeCentres());
        assertEquals(8, c.modesCovered(), c.summary());
        assertTrue(c.fractionWithin() >= 0.6, c.summary());
    }
}
