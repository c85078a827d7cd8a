package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GanTrainerTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static GanTrainer trainer(long seed) {
        return new GanTrainer(Gan.create(GanShape.toy2d(), seed, NoisePrior.GAUSSIAN), GaussianRing.ring8(), GanHyperparameters.defaults(seed));
    }

    @Test
    void firstDiscriminatorLossIsNearTwoLog2AndSeededRunsRepeat() {
        GanTrainer a = trainer(3);
        GanTrainer b = trainer(3);
        StepMetrics first = a.step(StepKind.BOTH);
        // an untrained D says about 1/2 to everything: −log ½ for real plus −log ½ for fake
        assertEquals(2 * Math.log(2), first.discriminatorLoss(), 0.25);
        assertEquals(first, b.step(StepKind.BOTH));
        for (int i = 0; i < 20; i++) {
            a.step(StepKind.BOTH);
            b.step(StepKind.BOTH);
        }
        float[] noise = a.gan().noise(50, 1);
        assertArrayEquals(a.generate(noise), b.generate(noise));
    }

    @Test
    void leanGenerateMatchesTheDl4jNetwork() {
        GanTrainer t = trainer(4);
        for (int i = 0; i < 10; i++) {
            t.step(StepKind.BOTH);
        }
        float[] noise = t.gan().noise(100, 2);
        assertArrayEquals(t.gan().generate(noise), t.generate(noise), 1e-5f);
    }

    @Test
    void singleNetworkStepsReportOnlyTheirLoss() {
        GanTrainer t = trainer(5);
        StepMetrics d = t.step(StepKind.DISCRIMINATOR);
        assertTrue(Double.isNaN(d.generatorLoss()) && !Double.isNaN(d.discriminatorLoss()));
        float[] noise = t.gan().noise(10, 2);
        float[] before = t.generate(noise);
        assertArrayEquals(before, t.generate(noise));
        StepMetrics g = t.step(StepKind.GENERATOR);
        assertTrue(Double.isNaN(g.discriminatorLoss()) && !Double.isNaN(g.generatorLoss()));
        assertEquals(2, t.iteration());
        float[] after = t.generate(noise);
        assertTrue(after[0] != before[0] || after[1] != before[1], "a generator step moves G's output");
    }

    @Test
    void discriminatorLearnsToTellRealFromGeneratedEarlyOn() {
        GanTrainer t = trainer(6);
        StepMetrics m = null;
        for (int i = 0; i < 60; i++) {
            m = t.step(StepKind.DISCRIMINATOR);
        }
        assertTrue(m.dReal() > 0.8 && m.dFake() < 0.2, "after 60 D steps: " + m);
    }

    @Test
    void aShortRunPullsGeneratedPointsOntoTheRing() {
        GanTrainer t = trainer(1234);
        float[] noise = t.gan().noise(2000, 77);
        double before = ModeCoverage.of(t.generate(noise), GaussianRing.ring8().modeCentres()).fractionWithin();
        while (t.iteration() < 2500) {
            t.step(StepKind.BOTH);
        }
        ModeCoverage after = ModeCoverage.of(t.generate(noise), GaussianRing.ring8().modeCentres());
        assertTrue(before < 0.05, "untrained: " + before);
        assertTrue(after.fractionWithin() > 0.5 && after.modesCovered() >= 5, "after 2500 iterations: " + after.summary());
    }
}
