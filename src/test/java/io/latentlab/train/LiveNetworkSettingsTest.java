package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What changes between steps without a rebuild: each network's optimizer and the D steps per G step. */
class LiveNetworkSettingsTest {

    private static final GanShape SMALL = new GanShape(new MlpShape(2, 16, 1, 2, HiddenActivation.TANH),
            new MlpShape(2, 32, 2, 1, HiddenActivation.LEAKY_RELU));

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static GanTrainer trainer(GanHyperparameters h) {
        return new GanTrainer(Gan.create(SMALL, h.seed(), NoisePrior.UNIFORM), GaussianRing.ring8(), h);
    }

    private static GanHyperparameters settings() {
        return GanHyperparameters.defaults(9).withBatch(64);
    }

    @Test
    void swappingTheDiscriminatorsOptimizerEqualsBuildingWithIt() {
        GanTrainer built = trainer(settings().withOptimizers(Optimizer.ADAM, Optimizer.SGD));
        GanTrainer swapped = trainer(settings());
        swapped.setOptimizers(Optimizer.ADAM, Optimizer.SGD);
        assertEquals(Optimizer.SGD, swapped.hyperparameters().discriminatorOptimizer());
        assertEquals(Optimizer.ADAM, swapped.hyperparameters().generatorOptimizer());
        for (int i = 0; i < 5; i++) {
            assertEquals(built.step(StepKind.BOTH), swapped.step(StepKind.BOTH));
        }
        assertArrayEquals(built.gan().discriminator().params().toFloatVector(),
                swapped.gan().discriminator().params().toFloatVector());
        assertFalse(java.util.Arrays.equals(built.gan().discriminator().params().toFloatVector(),
                trainerAfterAdamSteps(5)), "SGD and Adam take different steps");
    }

    private static float[] trainerAfterAdamSteps(int steps) {
        GanTrainer adam = trainer(settings());
        for (int i = 0; i < steps; i++) {
            adam.step(StepKind.BOTH);
        }
        return adam.gan().discriminator().params().toFloatVector();
    }

    @Test
    void discriminatorStepsChangeFromTheNextIteration() {
        GanTrainer t = trainer(settings());
        t.step(StepKind.BOTH);
        assertEquals(1, t.discriminatorUpdates());
        t.setDiscriminatorSteps(3);
        t.step(StepKind.BOTH);
        t.step(StepKind.BOTH);
        assertEquals(7, t.discriminatorUpdates());
        assertEquals(3, t.generatorUpdates());
        assertEquals(3, t.hyperparameters().discriminatorSteps());
    }

    @Test
    void smoothActivationsTrainWithTheGradientPenalty() {
        GanTrainer t = trainer(settings().withLossAndUsualSettings(GanLoss.WASSERSTEIN_GP));
        StepMetrics last = null;
        for (int i = 0; i < 20; i++) {
            last = t.step(StepKind.BOTH);
        }
        assertTrue(Double.isFinite(last.discriminatorLoss()) && Double.isFinite(last.generatorLoss()), last.toString());
        assertEquals(100, t.discriminatorUpdates());
    }
}
