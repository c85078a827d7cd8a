package io.latentlab.cli;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.NormalMixture;
import io.latentlab.density.Bandwidth;
import io.latentlab.density.EmSettings;
import io.latentlab.density.GaussianMixture;
import io.latentlab.density.Grid;
import io.latentlab.density.Kernel;
import io.latentlab.density.KernelDensity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The density benchmarks, with the definitions of the peer {@code density_ref.py}:
 * <ul>
 *   <li>{@code kde2d}: Scott's rule (full 2×2 kernel covariance, as SciPy's {@code gaussian_kde})
 *       on 5000 points of the 8-Gaussian ring with radius 2 and std 0.2, evaluated on a 200×200
 *       grid over [−3, 3]² — binned (FFT) and exact;</li>
 *   <li>{@code kde1d}: Scott's rule on 10,000 points of 0.4·N(−1.5, 0.5²) + 0.6·N(2, 1²), exact
 *       at 1000 points over [−5, 6];</li>
 *   <li>{@code gmm}: 8 full components fitted by EM to 10,000 ring points (std 0.2) with
 *       scikit-learn's defaults: k-means init, one init, tol 1e-3, reg_covar 1e-6,
 *       max_iter 100, seed 1234.</li>
 * </ul>
 * Each figure is the median of {@link #REPS} timed repetitions after a warm-up, as the peer
 * times them (the JVM's warm-up runs the work for up to {@link #WARMUP_SECONDS}, where NumPy's
 * needs one call). The points come from the same distributions with the same seed (1234), drawn
 * with Java's generator, so they are not the peer's very points; the work per figure is the same.
 */
final class DensityBenchmark {

    static final String GROUP = "density";
    static final String KDE2D = "kde2d";
    static final String KDE1D = "kde1d";
    static final String GMM = "gmm";
    static final long SEED = 1234;
    static final int REPS = 3;
    /**
     * The warm-up repeats the work for this long (at most {@link #MAX_WARMUP_RUNS} runs, at least
     * one), so the figures are of compiled code, as the peer's are of NumPy's compiled loops.
     */
    static final double WARMUP_SECONDS = 1.0;
    static final int MAX_WARMUP_RUNS = 1000;

    /**
     * The peer's figures on the 2-core development machine (1 thread; ../shared/peers/README.md,
     * measured 2026-11-20): {@code kde2d_scipy_eval_s}, {@code kde1d_scipy_eval_ms},
     * {@code gmm_fit_s}. Only the summary lines use them, to print the ratios.
     */
    record PeerFigures(double kde2dScipySeconds, double kde1dScipyMs, double gmmFitMs) {
        static final PeerFigures MEASURED_2026_11_20 = new PeerFigures(0.857, 39.5, 13.5);
    }

    /** The problem sizes; {@link #QUICK} is for tests and smoke checks (smaller, so rougher). */
    record Schedule(int kde2dPoints, int gridPerAxis, int kde1dPoints, int kde1dGrid, int gmmPoints, int reps,
                    double warmupSeconds) {
        static final Schedule FULL = new Schedule(5000, 200, 10_000, 1000, 10_000, REPS, WARMUP_SECONDS);
        static final Schedule QUICK = new Schedule(1000, 50, 1000, 200, 2000, 1, 0);
    }

    /** Median milliseconds of each figure, NaN for one not run. */
    record Result(double kde2dBinnedMs, double kde2dExactMs, double kde1dExactMs, double gmmFitMs,
                  int gmmIterations, boolean gmmConverged, double gmmAvgLogLik) {
    }

    private DensityBenchmark() {
    }

    /** Runs the figures whose names {@code wanted} accepts ({@code kde2d}, {@code kde1d}, {@code gmm}). */
    static Result run(Schedule s, java.util.function.Predicate<String> wanted, Gan2dBenchmark.Figures figures) {
        double binned = Double.NaN;
        double exact = Double.NaN;
        double exact1 = Double.NaN;
        double fit = Double.NaN;
        int iters = 0;
        boolean converged = false;
        double avgLl = Double.NaN;
        if (wanted.test(KDE2D)) {
            double[] x = ring(s.kde2dPoints(), SEED);
            Grid grid = Grid.of(-3, 3, s.gridPerAxis(), -3, 3, s.gridPerAxis());
            KernelDensity kde = KernelDensity.fit(x, 2, Kernel.GAUSSIAN, Bandwidth.scott());
            double[] cpu = new double[1];
            binned = medianMs(s, () -> kde.binned(grid), cpu);
            figures.figure(KDE2D + ".binned_ms", binned, "ms");
            figures.figure(KDE2D + ".binned_cpu_ms", cpu[0], "ms");
            exact = medianMs(s, () -> kde.exact(grid));
            figures.figure(KDE2D + ".exact_ms", exact, "ms");
        }
        if (wanted.test(KDE1D)) {
            double[] x = mix2(s.kde1dPoints(), SEED);
            Grid grid = Grid.of(-5, 6, s.kde1dGrid());
            KernelDensity kde = KernelDensity.fit(x, 1, Kernel.GAUSSIAN, Bandwidth.scott());
            exact1 = medianMs(s, () -> kde.exact(grid));
            figures.figure(KDE1D + ".exact_ms", exact1, "ms");
        }
        if (wanted.test(GMM)) {
            double[] x = ring(s.gmmPoints(), SEED + 1);
            EmSettings settings = EmSettings.defaults();
            GaussianMixture[] last = new GaussianMixture[1];
            double[] cpu = new double[1];
            fit = medianMs(s, () -> last[0] = GaussianMixture.fit(8, x, 2, settings), cpu);
            iters = last[0].iterations();
            converged = last[0].converged();
            avgLl = last[0].avgLogLikelihood(x);
            figures.figure(GMM + ".fit_ms", fit, "ms");
            figures.figure(GMM + ".fit_cpu_ms", cpu[0], "ms");
            figures.figure(GMM + ".n_iter", iters, "iters");
            figures.figure(GMM + ".avg_loglik", avgLl, "nats/sample");
        }
        return new Result(binned, exact, exact1, fit, iters, converged, avgLl);
    }

    /** The 8-Gaussian ring of the peer's density benchmark: radius 2, std 0.2. */
    static double[] ring(int n, long seed) {
        return doubles(new GaussianRing("ring8-wide", 8, 2.0, 0.2).sample(n, seed));
    }

    /** The peer's 1-D KDE sample: 0.4·N(−1.5, 0.5²) + 0.6·N(2, 1²). */
    static double[] mix2(int n, long seed) {
        return doubles(NormalMixture.mix2().sample(n, seed));
    }

    private static double[] doubles(float[] v) {
        double[] x = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            x[i] = v[i];
        }
        return x;
    }

    /** A warm-up, then the median of the schedule's timed runs, in milliseconds. */
    static double medianMs(Schedule s, Supplier<?> work) {
        return medianMs(s, work, new double[1]);
    }

    /**
     * The same, also putting the median CPU time of this thread into {@code cpuMs[0]}: for
     * single-threaded work, a figure that a busy machine disturbs far less than the wall time
     * (the peer's figures are wall times on an idle machine).
     */
    static double medianMs(Schedule s, Supplier<?> work, double[] cpuMs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmupEnd = System.nanoTime() + (long) (s.warmupSeconds() * 1e9);
        int runs = 0;
        do {
            work.get();
            runs++;
        } while (runs < MAX_WARMUP_RUNS && System.nanoTime() < warmupEnd);
        double[] ms = new double[s.reps()];
        double[] cpu = new double[s.reps()];
        for (int r = 0; r < ms.length; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            work.get();
            ms[r] = (System.nanoTime() - t0) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        cpuMs[0] = Gan2dBenchmark.median(cpu);
        return Gan2dBenchmark.median(ms);
    }

    /** The human summary lines, with the ratios to the peer's figures. */
    static List<String> summary(Result r, Schedule s, PeerFigures peer) {
        List<String> lines = new ArrayList<>();
        String how = String.format(Locale.ROOT, "median of %d after a %.1f s warm-up", s.reps(), s.warmupSeconds());
        if (!Double.isNaN(r.kde2dBinnedMs())) {
            lines.add(String.format(Locale.ROOT, "kde2d: %d pts on %dx%d, Scott full covariance (%s): binned %.2f ms, "
                            + "%.0fx faster than scipy's exact %.3f s; exact %.1f ms, %.1fx faster than scipy",
                    s.kde2dPoints(), s.gridPerAxis(), s.gridPerAxis(), how, r.kde2dBinnedMs(),
                    1000 * peer.kde2dScipySeconds() / r.kde2dBinnedMs(), peer.kde2dScipySeconds(), r.kde2dExactMs(),
                    1000 * peer.kde2dScipySeconds() / r.kde2dExactMs()));
        }
        if (!Double.isNaN(r.kde1dExactMs())) {
            lines.add(String.format(Locale.ROOT, "kde1d: %d pts at %d grid points (%s): exact %.2f ms, %.1fx faster "
                            + "than scipy's %.1f ms",
                    s.kde1dPoints(), s.kde1dGrid(), how, r.kde1dExactMs(), peer.kde1dScipyMs() / r.kde1dExactMs(),
                    peer.kde1dScipyMs()));
        }
        if (!Double.isNaN(r.gmmFitMs())) {
            lines.add(String.format(Locale.ROOT, "gmm: 8 full components on %d pts, k-means init, tol 1e-3 (%s): "
                            + "fit %.1f ms, %d EM iterations, converged=%b, avg loglik %.6f; scikit-learn %.1f ms (%.1fx)",
                    s.gmmPoints(), how, r.gmmFitMs(), r.gmmIterations(), r.gmmConverged(), r.gmmAvgLogLik(),
                    peer.gmmFitMs(), peer.gmmFitMs() / r.gmmFitMs()));
        }
        if (!lines.isEmpty()) {
            lines.add("density peers: scipy/scikit-learn on 1 thread, ../shared/peers/README.md (2026-11-20); "
                    + "the points here are drawn with Java's generator from the same distributions and seed");
        }
        return lines;
    }
}
