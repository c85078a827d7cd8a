package io.latentlab.lesson;

import io.latentlab.data.ToyDistributions;
import io.latentlab.density.Bandwidth;
import io.latentlab.density.Kernel;
import io.latentlab.density.KernelDensity;
import io.latentlab.ui.ToyLabSetup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 05's picture in numbers, on the points the toy lab shows (1000 draws of mix2 with the
 * lab's seed): the lesson's opening bandwidth is far too small (a comb of local maxima, and a poor
 * fit to fresh points from the same distribution), a middle width shows the two real bumps, and a
 * wide one blurs them into one; fresh points are likelier under the middle width than under either end.
 */
class KdeBandwidthLessonTest {

    private static final int N = 1000;

    @Test
    void tooSmallIsACombTooLargeIsOneHillAndTheMiddleFitsFreshPointsBest() {
        Lesson lesson = LessonFile.read(Lessons.locate().orElseThrow().resolve("05-kde-bandwidth" + LessonFile.SUFFIX));
        assertEquals("mix2", lesson.settings().get("data"));
        double opening = Double.parseDouble(lesson.settings().get("bandwidth"));
        double[] shown = draw(ToyLabSetup.DEFAULT_SEED);
        double[] fresh = draw(ToyLabSetup.DEFAULT_SEED + 1);

        KernelDensity comb = KernelDensity.fit(shown, 1, Kernel.GAUSSIAN, Bandwidth.width(opening));
        KernelDensity middle = KernelDensity.fit(shown, 1, Kernel.GAUSSIAN, Bandwidth.width(0.3));
        KernelDensity hill = KernelDensity.fit(shown, 1, Kernel.GAUSSIAN, Bandwidth.width(1.5));
        KernelDensity scott = KernelDensity.fit(shown, 1, Kernel.GAUSSIAN, Bandwidth.scott());

        String figures = String.format(java.util.Locale.ROOT,
                "peaks h=%s: %d, 0.3: %d, scott: %d, 1.5: %d; fresh log-likelihood h=%s: %.3f, 0.3: %.3f, scott: %.3f, 1.5: %.3f",
                opening, peaks(comb), peaks(middle), peaks(scott), peaks(hill),
                opening, logLikelihood(comb, fresh), logLikelihood(middle, fresh), logLikelihood(scott, fresh), logLikelihood(hill, fresh));
        System.out.println(figures);
        assertTrue(peaks(comb) >= 20, figures);
        assertEquals(2, peaks(middle), figures);
        assertEquals(2, peaks(scott), figures);
        assertEquals(1, peaks(hill), figures);
        assertTrue(logLikelihood(middle, fresh) > logLikelihood(comb, fresh) + 0.05, figures);
        assertTrue(logLikelihood(middle, fresh) > logLikelihood(hill, fresh) + 0.05, figures);
    }

    private static double[] draw(long seed) {
        float[] points = ToyDistributions.byName("mix2").sample(N, seed);
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i];
        }
        return out;
    }

    /** Local maxima of the density on a fine grid over [−4, 6] that stand out of rounding. */
    private static int peaks(KernelDensity density) {
        int steps = 4000;
        double[] p = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            p[i] = density.density(-4 + 10.0 * i / steps);
        }
        int peaks = 0;
        for (int i = 1; i < steps; i++) {
            if (p[i] > p[i - 1] && p[i] >= p[i + 1] && p[i] > 1e-3) {
                peaks++;
            }
        }
        return peaks;
    }

    private static double logLikelihood(KernelDensity density, double[] points) {
        double sum = 0;
        for (double x : points) {
            sum += Math.log(Math.max(density.density(x), 1e-300));
        }
        return sum / points.length;
    }
}
