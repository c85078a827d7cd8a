package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lecture's point about the minimax loss: when D confidently rejects the generated points,
 * log(1 − D(G(z))) is flat there and the generator's gradient all but vanishes, while the
 * non-saturating loss still pulls hard. Same networks, same discriminator, same batch; only the
 * generator's loss differs.
 */
class MinimaxStallTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    /** A trainer whose discriminator has won: 300 D steps, then one G step with {@code loss}. */
    private static GanTrainer afterOneGeneratorStep(GanLoss loss) {
        GanTrainer t = ToyGanRecipe.peer(5).newTrainer(GaussianRing.ring8());
        for (int i = 0; i < 300; i++) {
            t.step(StepKind.DISCRIMINATOR); // D's loss is the same cross-entropy for both
        }
        t.setLoss(loss);
        StepMetrics g = t.step(StepKind.GENERATOR);
        assertTrue(g.dFake() < 0.05, "D rejects the generated points: mean D(G(z)) = " + g.dFake());
        return t;
    }

    @Test
    void minimaxGradientVanishesWhereNonSaturatingPulls() {
        GanTrainer minimax = afterOneGeneratorStep(GanLoss.MINIMAX);
        GanTrainer nonSaturating = afterOneGeneratorStep(GanLoss.NON_SATURATING);
        assertEquals(minimax.iteration(), nonSaturating.iteration());
        double stalled = minimax.generatorGradientNorm();
        double pulling = nonSaturating.generatorGradientNorm();
        assertTrue(pulling > 0, "non-saturating gradient " + pulling);
        assertTrue(stalled < pulling / 10, "minimax ‖∇‖ " + stalled + " against non-saturating " + pulling);
    }
}
