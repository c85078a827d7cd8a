package io.latentlab.train;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.Vae;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VAE session's commands and snapshots, on its real worker thread. */
class VaeSessionTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    private static VaeTrainer trainer(int latent) {
        return new VaeTrainer(Vae.toy(2, latent, 1), GaussianRing.ring8(), VaeHyperparameters.defaults(1));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(5);
        }
    }

    @Test
    void playsStepsChangesBetaAndRebuildsWithAnotherLatentSize() throws Exception {
        try (VaeSession session = new VaeSession(() -> trainer(2))) {
            waitFor(() -> session.snapshot() != null);
            VaeSnapshot first = session.snapshot();
            assertEquals(VaeSession.SNAPSHOT_POINTS * 2, first.means().length);
            assertEquals(VaeSession.PRIOR_POINTS * 2, first.priorDecoded().length);

            session.play();
            waitFor(() -> session.status().iteration() >= 200);
            session.pause();
            waitFor(() -> session.status().state() == TrainingState.PAUSED);
            long paused = session.status().iteration();
            session.step();
            waitFor(() -> session.status().iteration() == paused + 1);
            assertTrue(session.history().snapshot().size() > 0);

            session.setBeta(0.05);
            session.step();
            waitFor(() -> session.status().iteration() == paused + 2);
            assertEquals(0.05, session.status().step().beta(), 1e-12);
            assertEquals(0.05, session.snapshot().beta(), 1e-12);

            session.replace(() -> trainer(1));
            waitFor(() -> session.snapshot().latentSize() == 1);
            assertEquals(0, session.status().iteration());
            assertEquals(VaeSession.SNAPSHOT_POINTS, session.snapshot().sigmas().length);
            assertEquals(TrainingState.READY, session.status().state());
        }
    }
}
