package io.latentlab.density;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.TwoMoons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EM player's engine: one iteration per step, a log-likelihood that never falls, the same fit as {@link GaussianMixture#fit}. */
class EmSessionTest {

    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final EmSession session = new EmSession(failures::add);

    @AfterEach
    void close() {
        session.close();
    }

    private static EmSetup ring(int k, EmStart start) {
        return new EmSetup(GaussianRing.ring8(), 2000, 7, k, CovarianceType.FULL, start, 11);
    }

    private EmFrame idle() throws Exception {
        session.awaitIdle(30, TimeUnit.SECONDS);
        return session.latest();
    }

    @Test
    void stepsOneIterationAtATimeAndTheLogLikelihoodNeverFalls() throws Exception {
        session.reset(ring(8, EmStart.RANDOM));
        EmFrame start = idle();
        assertEquals(0, start.iteration());
        assertEquals(2000, start.size());
        for (int s = 0; s < 3; s++) {
            session.step();
        }
        EmFrame frame = idle();
        assertEquals(3, frame.iteration());
        for (int t = 2; t <= 3; t++) {
            assertTrue(frame.logLikelihood(t) >= frame.logLikelihood(t - 1) - 1e-12, "iteration " + t);
        }
        for (int i = 0; i < frame.size(); i += 97) {
            double sum = 0;
            for (int c = 0; c < frame.k(); c++) {
                sum += frame.responsibility(i, c);
            }
            assertEquals(1, sum, 1e-5);
        }
        double[] xy = new double[2 * frame.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = frame.point(i / 2, i % 2);
        }
        assertEquals(frame.mixture().bic(xy), frame.bic(), 1e-6 * Math.abs(frame.bic()));
        assertEquals(frame.mixture().aic(xy), frame.aic(), 1e-6 * Math.abs(frame.aic()));
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void fitsToConvergenceAsGaussianMixtureFitDoes() throws Exception {
        EmSetup setup = ring(8, EmStart.KMEANS_PLUS_PLUS);
        session.reset(setup);
        session.fitToConvergence();
        EmFrame frame = idle();
        assertTrue(frame.converged());
        assertTrue(frame.finished());
        double[] xy = new double[2 * frame.size()];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = frame.point(i / 2, i % 2);
        }
        GaussianMixture direct = GaussianMixture.fit(8, xy, 2, EmSession.SETTINGS.withSeed(setup.startSeed()));
        assertEquals(direct.iterations(), frame.iteration());
        assertEquals(direct.lowerBound(), frame.logLikelihood(frame.iteration()), 1e-9);
        double[] ll = frame.logLikelihoods();
        for (int t = 1; t < ll.length; t++) {
            assertTrue(ll[t] >= ll[t - 1] - 1e-9, "iteration " + (t + 1) + ": " + ll[t - 1] + " -> " + ll[t]);
        }
        session.step(); // converged: nothing more happens
        assertEquals(frame.iteration(), idle().iteration());
    }

    @Test
    void aNewStartSeedIsANewInitialisationOnTheSameData() throws Exception {
        EmSetup setup = new EmSetup(TwoMoons.moons(), 1000, 3, 6, CovarianceType.DIAG, EmStart.KMEANS_PLUS_PLUS, 1);
        session.reset(setup);
        session.step();
        EmFrame first = idle();
        session.reset(setup.withStartSeed(2));
        session.step();
        EmFrame second = idle();
        assertEquals(first.point(5, 0), second.point(5, 0));
        assertNotEquals(first.logLikelihood(1), second.logLikelihood(1));
    }
}
