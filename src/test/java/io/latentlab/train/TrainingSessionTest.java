package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingSessionTest {

    private TrainingSession session;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private static TrainingSession newSession() {
        return new TrainingSession(() -> new GanTrainer(Gan.create(GanShape.toy2d(), 8, NoisePrior.GAUSSIAN),
                GaussianRing.ring8(), GanHyperparameters.defaults(8)));
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    /** Waits until every command submitted so far has run. */
    private void settle() throws Exception {
        session.withTrainer(GanTrainer::iteration).get(30, TimeUnit.SECONDS);
    }

    @Test
    void playPauseStepAndReset() throws Exception {
        session = newSession();
        await("ready", () -> session.metrics().state() == TrainingState.READY && session.samples() != null);
        assertEquals(0, session.metrics().iteration());

        session.play();
        await("50 iterations", () -> session.metrics().iteration() > 50);
        assertEquals(TrainingState.RUNNING, session.metrics().state());
        session.pause();
        settle();
        assertEquals(TrainingState.PAUSED, session.metrics().state());
        long paused = session.metrics().iteration();
        Thread.sleep(50);
        assertEquals(paused, session.metrics().iteration(), "no steps while paused");

        session.step(StepKind.BOTH);
        session.step(StepKind.DISCRIMINATOR);
        session.step(StepKind.GENERATOR);
        settle();
        assertEquals(paused + 3, session.metrics().iteration());
        assertEquals(paused + 3, session.samples().iteration(), "samples follow single steps");
        assertTrue(session.history().snapshot().size() > 0);

        session.reset();
        settle();
        assertEquals(0, session.metrics().iteration());
        assertEquals(TrainingState.READY, session.metrics().state());
        assertEquals(0, session.history().snapshot().size());
    }

    @Test
    void twoQuickTogglesPlayThenPause() throws Exception {
        session = newSession();
        session.togglePlay();
        session.togglePlay();
        settle();
        assertEquals(TrainingState.PAUSED, session.metrics().state());
        session.togglePlay();
        await("running again", () -> session.metrics().state() == TrainingState.RUNNING);
    }

    @Test
    void resetWithTheSameSeedRepeatsTheRun() throws Exception {
        session = newSession();
        for (int i = 0; i < 5; i++) {
            session.step(StepKind.BOTH);
        }
        settle();
        float[] first = session.samples().points();
        session.reset();
        for (int i = 0; i < 5; i++) {
            session.step(StepKind.BOTH);
        }
        settle();
        assertArrayEquals(first, session.samples().points());
    }

    @Test
    void learningRatesChangeBetweenStepsWithoutAReset() throws Exception {
        session = newSession();
        session.step(StepKind.BOTH);
        session.setLearningRates(2e-4, 5e-3);
        session.step(StepKind.BOTH);
        settle();
        assertEquals(2, session.metrics().iteration());
        assertEquals(2e-4, session.hyperparameters().generatorLr());
        assertEquals(5e-3, session.hyperparameters().discriminatorLr());
    }

    @Test
    void lossChangesBetweenStepsWithoutAReset() throws Exception {
        session = newSession();
        session.step(StepKind.BOTH);
        session.setLoss(GanLoss.LEAST_SQUARES);
        session.step(StepKind.BOTH);
        settle();
        assertEquals(2, session.metrics().iteration());
        assertEquals(GanLoss.LEAST_SQUARES, session.hyperparameters().loss());
        assertTrue(Double.isFinite(session.metrics().step().discriminatorLoss()), "the step ran with the new loss");
    }

    @Test
    void aSlowListenerNeverStallsTheWorker() throws Exception {
        session = newSession();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        session.addListener(s -> {
            calls.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        session.play();
        await("training past a blocked listener", () -> session.metrics().iteration() > 200);
        assertEquals(1, calls.get(), "the listener is still blocked in its first call");
        release.countDown();
        await("listener called again", () -> calls.get() > 1);
    }

    @Test
    void copyModelIsIndependentOfFurtherTraining() throws Exception {
        session = newSession();
        session.step(StepKind.BOTH);
        TrainedGan copy = session.copyModel().get(30, TimeUnit.SECONDS);
        assertEquals(1, copy.iterations());
        float[] noise = copy.gan().noise(20, 1);
        float[] before = copy.gan().generate(noise);
        for (int i = 0; i < 20; i++) {
            session.step(StepKind.BOTH);
        }
        settle();
        assertArrayEquals(before, copy.gan().generate(noise));
        assertNotNull(copy.card("test", java.util.Map.of()));
    }

    @Test
    void aFailingFactoryShowsAMessageInsteadOfDying() throws Exception {
        session = new TrainingSession(() -> {
            throw new IllegalStateException("no data");
        });
        await("failed", () -> session.metrics().state() == TrainingState.FAILED);
        assertTrue(session.metrics().message().contains("no data"), session.metrics().message());
        session.replace(() -> new GanTrainer(Gan.create(GanShape.toy2d(), 1, NoisePrior.GAUSSIAN), GaussianRing.ring8(),
                GanHyperparameters.defaults(1)));
        session.step(StepKind.BOTH);
        await("recovered", () -> session.metrics().iteration() == 1);
    }

    @Test
    void oneDimensionalSamplesCarryTheirModeCoverage() throws Exception {
        session = new TrainingSession(() -> ToyGanRecipe.defaults(1, 1).newTrainer(io.latentlab.data.NormalMixture.mix2()));
        await("ready", () -> session.metrics().state() == TrainingState.READY && session.samples() != null);
        SampleSnapshot samples = session.samples();
        assertEquals(1, samples.dimension());
        assertEquals(samples.points().length, samples.count());
        assertEquals(2, samples.coverage().modes());
        assertEquals(0.5, samples.coverage().radius());
    }
}
