package io.latentlab.lesson;

import io.latentlab.data.ThreeDiscs;
import io.latentlab.data.ToyDistributions;
import io.latentlab.density.CovarianceType;
import io.latentlab.density.EmFrame;
import io.latentlab.density.EmSession;
import io.latentlab.density.EmSetup;
import io.latentlab.density.EmStart;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 06's start, run as the Mixtures (EM) tab runs it: at iteration 0 the three Gaussians are
 * broad and not one to a disc, each Step raises the log-likelihood (never lowers it), and within
 * the steps a class has patience for EM ends with one Gaussian on each disc; Reset's next start
 * ends in a worse local optimum.
 */
class EmLessonTest {

    private static final int STEPS = 20;

    @Test
    void theLessonsStartIsBadAndEmWalksToOneGaussianPerDisc() throws Exception {
        Map<String, String> s = LessonFile.read(Lessons.locate().orElseThrow().resolve("06-gmm-em-step-by-step" + LessonFile.SUFFIX)).settings();
        assertEquals("regions3", s.get("data"));
        EmSetup setup = new EmSetup(ToyDistributions.byName(s.get("data")), Integer.parseInt(s.get("points")), Long.parseLong(s.get("data-seed")),
                Integer.parseInt(s.get("k")), CovarianceType.parse(s.get("covariance")), EmStart.RANDOM,
                Long.parseLong(s.get("start-seed")));
        assertEquals("random", s.get("start"));
        double[][] discs = new ThreeDiscs().discCentres();
        try (EmSession session = new EmSession(problem -> { throw new AssertionError(problem); })) {
            session.reset(setup);
            session.awaitIdle(30, TimeUnit.SECONDS);
            EmFrame start = session.latest();
            assertEquals(0, start.iteration());
            assertFalse(onePerDisc(start, discs), "the start already has one Gaussian per disc: nothing to show");
            double previous = start.avgLogLikelihood();
            for (int i = 0; i < STEPS; i++) {
                session.step();
                session.awaitIdle(30, TimeUnit.SECONDS);
                double now = session.latest().avgLogLikelihood();
                assertTrue(now >= previous - 1e-9, "step " + (i + 1) + " lowered the log-likelihood: " + previous + " → " + now);
                previous = now;
            }
            assertTrue(onePerDisc(session.latest(), discs), "after " + STEPS + " steps: " + means(session.latest()));
            assertTrue(previous > start.avgLogLikelihood() + 0.3, start.avgLogLikelihood() + " → " + previous);

            // Reset: the tab's next start (the next start seed) ends in a worse local optimum, as the text says
            session.reset(setup.withStartSeed(setup.startSeed() + 1));
            session.fitToConvergence();
            session.awaitIdle(30, TimeUnit.SECONDS);
            EmFrame reset = session.latest();
            assertFalse(onePerDisc(reset, discs), "the next start found the discs too: " + means(reset));
            assertTrue(reset.avgLogLikelihood() < previous - 0.2, reset.avgLogLikelihood() + " against " + previous);
        }
    }

    /** Whether every disc has exactly one component mean within 0.3 of its centre. */
    private static boolean onePerDisc(EmFrame frame, double[][] discs) {
        for (double[] disc : discs) {
            int near = 0;
            for (int c = 0; c < frame.k(); c++) {
                double[] mean = frame.mixture().mean(c);
                if (Math.hypot(mean[0] - disc[0], mean[1] - disc[1]) < 0.3) {
                    near++;
                }
            }
            if (near != 1) {
                return false;
            }
        }
        return true;
    }

    private static String means(EmFrame frame) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < frame.k(); c++) {
            text.append(String.format(java.util.Locale.ROOT, "(%.2f, %.2f) ", frame.mixture().mean(c)[0], frame.mixture().mean(c)[1]));
        }
        return text.toString().trim();
    }
}
