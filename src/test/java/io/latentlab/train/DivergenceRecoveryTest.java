package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.NoisePrior;
import io.latentlab.model.Vae;
import io.latentlab.nd4j.Nd4jRuntime;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each training session driven into a real divergence by an absurd learning rate: it pauses
 * itself, reports the fault once, puts back finite parameters equal to a checkpoint taken before
 * the fault, and trains on from there once the learning rate is sensible again.
 */
class DivergenceRecoveryTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    /** What the test needs of a session, whichever it is. */
    private record Probe(Supplier<TrainingState> state, Supplier<Long> iteration, Supplier<TrainingFault> fault,
                         Supplier<Integer> faults, Supplier<CompletableFuture<List<float[]>>> parameters,
                         Supplier<CompletableFuture<List<CheckpointRing.Checkpoint>>> checkpoints) {
    }

    private static List<float[]> copy(CheckpointedParameters model) {
        return model.parameterArrays().stream().map(a -> a.dup().data().asFloat()).toList();
    }

    @Test
    void toyGanWithSgdAtRateTenPausesOnExplodingGradientsAndResumes() throws Exception {
        try (TrainingSession session = new TrainingSession(() -> new GanTrainer(Gan.create(GanShape.toy2d(), 8, NoisePrior.GAUSSIAN),
                GaussianRing.ring8(), GanHyperparameters.defaults(8).withOptimizer(Optimizer.SGD).withLearningRates(10, 10)))) {
            Probe probe = new Probe(() -> session.metrics().state(), () -> session.metrics().iteration(), session::fault,
                    session::faultCount, () -> session.withTrainer(DivergenceRecoveryTest::copy), session::checkpoints);
            session.play();
            TrainingFault fault = diverges(probe);
            assertTrue(fault.message().contains("lower the learning rate (now 10)"), fault.message());
            session.setLearningRates(1e-3, 1e-3);
            resumes(probe, session::play, session::pause);
        }
    }

    @Test
    void toyVaeAtRateOnePausesAndResumes() throws Exception {
        try (VaeSession session = new VaeSession(() -> new VaeTrainer(Vae.toy(2, 2, 1), GaussianRing.ring8(),
                VaeHyperparameters.defaults(1).withLearningRate(1)))) {
            Probe probe = new Probe(() -> session.status().state(), () -> session.status().iteration(), session::fault,
                    session::faultCount, () -> session.withTrainer(DivergenceRecoveryTest::copy), session::checkpoints);
            session.play();
            diverges(probe);
            session.setLearningRate(2e-3);
            resumes(probe, session::play, session::pause);
        }
    }

    @Test
    void imageVaeAtRateOnePausesAndResumes() throws Exception {
        Random rng = new Random(5);
        float[] pixels = new float[300 * 64];
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = rng.nextFloat();
        }
        ImageSet images = new ImageSet("noise", 300, 8, 8, pixels, null, 0);
        try (ImageTrainingSession session = new ImageTrainingSession(() -> new ImageTrainingRun(new TrainableAutoencoder(
                new ImageAutoencoderTrainer(ImageAutoencoder.create(AutoencoderKind.VAE, 8, 8, 4, 1),
                        new ImageTrainingSettings(1, 1.0, 32, 1))), images, "noise"))) {
            Probe probe = new Probe(() -> session.status().state(), () -> session.status().iteration(), session::fault,
                    session::faultCount, () -> session.withRun(run -> copy(run.trainer())), session::checkpoints);
            // steps until a checkpoint after the first is kept, at a sensible rate, then the absurd one
            session.setLearningRate(1e-3);
            session.play();
            await("a second checkpoint", () -> probe.iteration().get() > CheckpointRing.DEFAULT_INTERVAL + 5);
            session.setLearningRate(1.0);
            TrainingFault fault = diverges(probe);
            assertTrue(fault.restoredIteration() >= CheckpointRing.DEFAULT_INTERVAL, "the newest checkpoint, not the first");
            session.setLearningRate(1e-3);
            resumes(probe, session::play, session::pause);
        }
    }

    /** Waits for the fault and checks the pause, the single report and the restored parameters. */
    private static TrainingFault diverges(Probe probe) throws Exception {
        await("a fault", () -> probe.fault().get() != null);
        await("the pause", () -> probe.state().get() == TrainingState.PAUSED);
        List<float[]> now = probe.parameters().get().get(30, TimeUnit.SECONDS); // also lets queued commands run
        TrainingFault fault = probe.fault().get();
        assertEquals(1, probe.faults().get(), "one fault, reported once");
        assertTrue(fault.restored(), fault.message());
        assertTrue(fault.restoredIteration() < fault.iteration(), "restored from before the fault");
        assertTrue(fault.message().startsWith("Paused at iteration"), fault.message());
        CheckpointRing.Checkpoint restored = probe.checkpoints().get().get(30, TimeUnit.SECONDS).stream()
                .filter(c -> c.iteration() == fault.restoredIteration()).findFirst().orElse(null);
        assertNotNull(restored, "the checkpoint put back is still kept");
        assertEquals(restored.values().length, now.size());
        for (int i = 0; i < now.size(); i++) {
            for (float v : now.get(i)) {
                assertTrue(Float.isFinite(v), "finite parameters after the fault");
            }
            assertArrayEquals(restored.values()[i], now.get(i), "the parameters are the checkpoint's");
        }
        long pausedAt = probe.iteration().get();
        Thread.sleep(50);
        assertEquals(pausedAt, probe.iteration().get(), "no steps while paused");
        return fault;
    }

    /** Plays on at the lowered rate: steps are taken, no new fault, parameters stay finite. */
    private static void resumes(Probe probe, Runnable play, Runnable pause) throws Exception {
        long from = probe.iteration().get();
        play.run();
        await("training on", () -> probe.iteration().get() > from + 2 * CheckpointRing.DEFAULT_INTERVAL);
        pause.run();
        await("paused", () -> probe.state().get() == TrainingState.PAUSED);
        assertEquals(1, probe.faults().get(), "no new fault at the lower rate");
        for (float[] values : probe.parameters().get().get(30, TimeUnit.SECONDS)) {
            for (float v : values) {
                assertTrue(Float.isFinite(v));
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
