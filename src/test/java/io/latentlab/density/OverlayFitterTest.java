package io.latentlab.density;

import io.latentlab.data.GaussianRing;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The fitter runs the newest request only: requests made while a fit waits to run replace each
 * other. The executor here runs the work when the test says so, so no sleeps are needed.
 */
class OverlayFitterTest {

    /** Holds the work until {@link #runAll()}. */
    private static final class HeldExecutor implements Executor {
        final ArrayDeque<Runnable> work = new ArrayDeque<>();

        @Override
        public void execute(Runnable command) {
            work.add(command);
        }

        void runAll() {
            while (!work.isEmpty()) {
                work.poll().run();
            }
        }
    }

    private static final Grid GRID = Grid.of(-3, 3, 48, -3, 3, 48);

    private static OverlayRequest request(long iteration, float[] real, long seed) {
        return new OverlayRequest(iteration, real, GaussianRing.ring8().sample(300, seed), 2, GRID,
                DensityEstimator.defaultKde());
    }

    @Test
    void theNewestRequestWinsAndOlderOnesAreNeverFitted() {
        HeldExecutor executor = new HeldExecutor();
        OverlayFitter fitter = new OverlayFitter(executor);
        float[] real = GaussianRing.ring8().sample(300, 1);
        for (int i = 1; i <= 5; i++) {
            fitter.request(request(i, real, 10 + i));
        }
        assertNull(fitter.latest(), "nothing fitted before the work runs");
        assertEquals(1, executor.work.size(), "one fit scheduled for five requests");
        executor.runAll();
        assertEquals(1, fitter.fitCount());
        assertEquals(5, fitter.latest().iteration());
        OverlayRequest last = request(5, real, 15);
        assertArrayEquals(new OverlayFit().fit(last).generated(), fitter.latest().generated(), 1e-12);

        fitter.request(request(6, real, 16));
        fitter.request(request(7, real, 17));
        executor.runAll();
        assertEquals(2, fitter.fitCount());
        assertEquals(7, fitter.latest().iteration());
        assertEquals("", fitter.failure());
    }

    @Test
    void aRequestMadeDuringAFitIsFittedNext() {
        HeldExecutor executor = new HeldExecutor();
        OverlayFitter fitter = new OverlayFitter(executor);
        float[] real = GaussianRing.ring8().sample(300, 2);
        fitter.request(request(1, real, 21));
        Runnable drain = executor.work.poll();
        // The drain loop picks up what arrives while it runs: simulate with a request before it starts.
        fitter.request(request(2, real, 22));
        drain.run();
        assertEquals(2, fitter.latest().iteration());
        assertEquals(1, fitter.fitCount());
        assertEquals(0, executor.work.size());
    }

    @Test
    void onItsOwnThreadItFitsInTheBackground() throws Exception {
        try (OverlayFitter fitter = OverlayFitter.onOwnThread()) {
            fitter.request(request(3, GaussianRing.ring8().sample(300, 3), 31));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (fitter.latest() == null && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertEquals(3, fitter.latest().iteration());
        }
    }
}
