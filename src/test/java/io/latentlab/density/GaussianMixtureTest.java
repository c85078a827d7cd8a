package io.latentlab.density;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gaussian mixtures against scikit-learn's GaussianMixture on the 8-Gaussian ring. */
class GaussianMixtureTest {

    private static double[] data;

    @BeforeAll
    static void read() {
        data = Reference.points("gmm_data_n10000.csv");
    }

    /** A mixture from a reference parameter file (covariances there include regCovar). */
    static GaussianMixture fromParams(String name) {
        double[][] rows = Reference.rows(name);
        int k = rows.length;
        double[] w = new double[k];
        double[] m = new double[2 * k];
        double[] c = new double[4 * k];
        for (int i = 0; i < k; i++) {
            w[i] = rows[i][1];
            m[2 * i] = rows[i][2];
            m[2 * i + 1] = rows[i][3];
            c[4 * i] = rows[i][4];
            c[4 * i + 1] = rows[i][5];
            c[4 * i + 2] = rows[i][5];
            c[4 * i + 3] = rows[i][6];
        }
        return GaussianMixture.of(2, CovarianceType.FULL, w, m, c);
    }

    @Test
    void densityFromSavedParametersMatchesSklearn() {
        double[][] grid = Reference.rows("gmm_grid_logpdf_every7.csv");
        GaussianMixture byDefault = fromParams("gmm_default_params.csv");
        GaussianMixture tight = fromParams("gmm_tight_params.csv");
        double worst = 0;
        for (double[] row : grid) {
            worst = Math.max(worst, Math.abs(Math.exp(byDefault.logDensity(row[0], row[1]) - row[2]) - 1));
            worst = Math.max(worst, Math.abs(Math.exp(tight.logDensity(row[0], row[1]) - row[3]) - 1));
        }
        assertTrue(worst <= 1e-6, "worst relative density error " + worst);
    }

    @Test
    void defaultFitMatchesSklearnLikelihoodAndTightParameters() {
        GaussianMixture fit = GaussianMixture.fit(8, data, 2);
        assertEquals(-1.6902182, fit.avgLogLikelihood(data), 1e-5);
        assertTrue(fit.converged());
        assertTrue(fit.iterations() <= 5, "iterations " + fit.iterations());
        double[][] ref = Reference.rows("gmm_tight_params.csv");
        Integer[] order = byAngle(fit);
        double worst = 0;
        for (int i = 0; i < 8; i++) {
            int c = order[i];
            double[] mean = fit.mean(c);
            double[] cov = fit.covariance(c);
            double[] mine = {fit.weights()[c], mean[0], mean[1], cov[0], cov[1], cov[3]};
            for (int j = 0; j < 6; j++) {
                worst = Math.max(worst, Math.abs(mine[j] - ref[i][j + 1]));
            }
        }
        assertTrue(worst <= 1e-3, "worst parameter difference " + worst);
        assertEquals(fit.parameterCount() * Math.log(10_000) - 2 * 10_000 * fit.avgLogLikelihood(data),
                fit.bic(data), 1e-6);
        assertEquals(8 * 3 + 8 * 2 + 7, fit.parameterCount());
    }

    /** Component indices sorted by the angle of their means, starting at −π/8, as the reference files are. */
    static Integer[] byAngle(GaussianMixture g) {
        Integer[] order = IntStream.range(0, g.k()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(c -> {
            double[] m = g.mean(c);
            return (((Math.atan2(m[1], m[0]) + Math.PI / 8) % (2 * Math.PI))
                    + 2 * Math.PI) % (2 * Math.PI);
        }));
        return order;
    }

    @Test
    void bicPicksEightComponents() {
        GaussianMixture best = GaussianMixture.auto(data, 2, EmSettings.defaults());
        assertEquals(8, best.k());
    }

    @Test
    void otherCovarianceTypesGiveFiniteRisingLikelihood() {
        for (CovarianceType type : new CovarianceType[] {CovarianceType.DIAG, CovarianceType.SPHERICAL,
                CovarianceType.TIED}) {
            EmRun run = EmRun.start(8, data, 2, EmSettings.defaults().withCovarianceType(type).withTol(1e-8));
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < 15 && !run.converged(); i++) {
                EmRun.Step step = run.step();
                assertTrue(Double.isFinite(step.lowerBound()), type + " step " + i);
                assertTrue(step.lowerBound() >= previous - 1e-9, type + ": " + step.lowerBound() + " after " + previous);
                previous = step.lowerBound();
            }
            GaussianMixture m = run.mixture();
            assertTrue(Double.isFinite(m.avgLogLikelihood(data)));
            double[] cov = m.covariance(0);
            if (type != CovarianceType.TIED) {
                assertEquals(0, cov[1]);
            }
            if (type == CovarianceType.SPHERICAL) {
                assertEquals(cov[0], cov[3]);
            }
        }
    }

    @Test
    void stepByStepEqualsFitAndResponsibilitiesSumToOne() {
        EmRun run = EmRun.start(8, data, 2, EmSettings.defaults());
        assertEquals(0, run.iteration());
        run.step();
        EmRun.Step second = run.step();
        assertTrue(second.converged());
        assertEquals(GaussianMixture.fit(8, data, 2).avgLogLikelihood(data), second.mixture().avgLogLikelihood(data), 1e-12);
        double[] r = run.responsibilities();
        for (int i = 0; i < 10_000; i += 997) {
            double s = 0;
            for (int c = 0; c < 8; c++) {
                s += r[i * 8 + c];
            }
            assertEquals(1, s, 1e-12);
        }
    }

    @Test
    void oneDimensionalFitFindsBothModes() {
        double[] x = Reference.points("kde1d_sample_n10000.csv");
        GaussianMixture g = GaussianMixture.fit(2, x, 1);
        Integer[] order = IntStream.range(0, 2).boxed().sorted(Comparator.comparingDouble(c -> g.mean(c)[0]))
                .toArray(Integer[]::new);
        assertEquals(-1.5, g.mean(order[0])[0], 0.05);
        assertEquals(2.0, g.mean(order[1])[0], 0.05);
        assertEquals(0.4, g.weights()[order[0]], 0.02);
        assertEquals(0.25, g.covariance(order[0])[0], 0.03);
        assertEquals(2 * 1 + 2 + 1, g.parameterCount());
    }

    @Test
    void badArgumentsSayWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianMixture.fit(5, new double[] {1, 2, 3}, 1));
        assertTrue(e.getMessage().contains("1..3") && e.getMessage().contains("5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EmSettings.defaults().withTol(-1));
        assertThrows(IllegalArgumentException.class, () -> CovarianceType.parse("round"));
        assertFalse(GaussianMixture.of(1, CovarianceType.FULL, new double[] {1}, new double[] {0}, new double[] {1})
                .converged());
    }
}
