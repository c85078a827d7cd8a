package io.latentlab.lesson;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.HiddenLayers;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.Optimizer;
import io.latentlab.train.StepKind;
import io.latentlab.ui.ToyLabSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 03's GAN, built as the toy lab builds it from the lesson's settings (seed 42): within 600
 * iterations every generated point sits on one of the eight blobs, and before that it never
 * covers more than one: mode collapse.
 */
class RingCollapseLessonTest {

    private static final int ITERATIONS = 600;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @Test
    void theGeneratorEndsOnOneBlob() {
        Map<String, String> s = LessonFile.read(Lessons.locate().orElseThrow().resolve("03-ring-mode-collapse" + LessonFile.SUFFIX)).settings();
        assertEquals("ring8", s.get("data"));
        GanHyperparameters settings = ToyLabSetup.defaultSettings(ToyLabSetup.DEFAULT_SEED)
                .withLoss(GanLoss.byName(s.get("loss")))
                .withLearningRates(Double.parseDouble(s.get("generator-lr")), Double.parseDouble(s.get("discriminator-lr")))
                .withOptimizers(Optimizer.byName(s.get("generator-optimizer")), Optimizer.byName(s.get("discriminator-optimizer")))
                .withDiscriminatorSteps(Integer.parseInt(s.get("d-steps")));
        GanTrainer trainer = ToyLabSetup.gan("ring8", NoisePrior.byName(s.get("noise")), 2, settings, HiddenLayers.TOY, HiddenLayers.TOY).get();
        float[] noise = trainer.gan().noise(2000, 99);
        StringBuilder seen = new StringBuilder();
        ModeCoverage coverage = null;
        while (trainer.iteration() < ITERATIONS) {
            trainer.step(StepKind.BOTH);
            if (trainer.iteration() % 100 == 0) {
                coverage = ModeCoverage.of(trainer.generate(noise), GaussianRing.ring8().modeCentres());
                seen.append(trainer.iteration()).append(": ").append(coverage.summary()).append("; ");
                assertTrue(coverage.modesCovered() <= 1, "more than one mode covered: " + seen);
            }
        }
        assertEquals(1, coverage.modesCovered(), seen.toString());
        assertTrue(coverage.fractionWithin() >= 0.9, "the points are not all on the blob: " + seen);
    }
}
