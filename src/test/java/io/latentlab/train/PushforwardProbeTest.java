package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ToyDistributions;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer's 1-D pushforward map z ↦ G(z): DL4J's generator on the noise grid, and what training makes of it. */
class PushforwardProbeTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static GanTrainer trainer(String data, int noise, NoisePrior prior) {
        return new GanTrainer(Gan.create(GanShape.toy(1, noise), 7, prior), ToyDistributions.byName(data),
                GanHyperparameters.defaults(7));
    }

    @Test
    void isTheGeneratorOnAGridOfTheWholeNoiseRange() {
        for (NoisePrior prior : NoisePrior.values()) {
            GanTrainer t = trainer("push-square", 1, prior);
            t.step(StepKind.BOTH);
            PushforwardMap map = t.pushforward();
            assertEquals(1, map.iteration());
            assertEquals(PushforwardMap.POINTS, map.size());
            assertEquals(-PushforwardMap.extent(prior), map.zAt(0), 1e-6);
            assertEquals(PushforwardMap.extent(prior), map.zAt(map.size() - 1), 1e-6);
            assertArrayEquals(t.gan().generate(map.z()), map.g(), 1e-5f);
        }
    }

    @Test
    void withTwoNoiseInputsRunsAlongTheFirstWithTheSecondAtZero() {
        GanTrainer t = trainer("push-normal", 2, NoisePrior.GAUSSIAN);
        PushforwardMap map = t.pushforward();
        assertEquals(2, map.noiseDimension());
        float[] noise = new float[2 * map.size()];
        for (int i = 0; i < map.size(); i++) {
            noise[2 * i] = map.zAt(i);
        }
        assertArrayEquals(t.gan().generate(noise), map.g(), 1e-5f);
    }

    @Test
    void nothingFor2dData() {
        GanTrainer t = new GanTrainer(Gan.create(GanShape.toy2d(), 7, NoisePrior.UNIFORM), GaussianRing.ring8(),
                GanHyperparameters.defaults(7));
        assertNull(t.pushforward());
    }

    /** Learning Uniform[0, 1] from uniform noise, G becomes a monotone map onto [0, 1]. */
    @Test
    void learnsAMonotoneMapForTheIdentityPushforward() {
        GanTrainer t = trainer("push-identity", 1, NoisePrior.UNIFORM);
        for (int i = 0; i < 800; i++) {
            t.step(StepKind.BOTH);
        }
        PushforwardMap map = t.pushforward();
        double monotone = PushforwardMap.monotonicity(map);
        assertTrue(Math.abs(monotone) > 0.9, "share of rising minus falling steps: " + monotone);
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float g : map.g()) {
            lo = Math.min(lo, g);
            hi = Math.max(hi, g);
        }
        assertTrue(lo > -0.3 && hi < 1.3 && hi - lo > 0.5, "G's range " + lo + ".." + hi);
    }
}
