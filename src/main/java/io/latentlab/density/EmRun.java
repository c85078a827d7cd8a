package io.latentlab.density;

import java.util.SplittableRandom;

/**
 * One EM run for a {@link GaussianMixture}, one iteration at a time, as the UI plays it. It
 * starts as scikit-learn does: k-means labels (see {@link KMeansInit}) as hard
 * responsibilities, then an M-step (or, asked for {@link EmStart#RANDOM}, from random means). Each {@link #step()} is an E-step on the current mixture,
 * whose average log-likelihood is the lower bound, then an M-step; the run has converged when
 * the lower bound changed by less than {@code tol}.
 */
public final class EmRun {

    /** What one iteration did: the new mixture, and the lower bound of the one before it. */
    public record Step(int iteration, GaussianMixture mixture, double lowerBound, double change, boolean converged) {
    }

    private final double[] x;
    private final int d;
    private final int k;
    private final EmSettings settings;
    private final double[] resp;
    private GaussianMixture mixture;
    private int iteration;
    private double lowerBound = Double.NEGATIVE_INFINITY;
    private boolean converged;

    private EmRun(double[] x, int d, int k, EmSettings settings, SplittableRandom random, EmStart start) {
        this.x = x;
        this.d = d;
        this.k = k;
        this.settings = settings;
        int n = x.length / d;
        this.resp = new double[n * k];
        if (start == EmStart.RANDOM) {
            mixture = randomStart(random);
        } else {
            int[] labels = KMeansInit.labels(x, d, k, random);
            for (int i = 0; i < n; i++) {
                resp[i * k + labels[i]] = 1;
            }
            mixture = MixtureEstimate.estimate(x, d, resp, k, settings.covarianceType(), settings.regCovar());
        }
    }

    /**
     * Starts a run on a copy of {@code points} (row-major, dimension 1 or 2), seeded by
     * {@code settings.seed()}.
     *
     * @throws IllegalArgumentException for k outside 1..n, a bad dimension or non-finite points
     */
    public static EmRun start(int k, double[] points, int d, EmSettings settings) {
        return start(k, points, d, settings, new SplittableRandom(settings.seed()));
    }

    /** As {@link #start(int, double[], int, EmSettings)}, from the given kind of start. */
    public static EmRun start(int k, double[] points, int d, EmSettings settings, EmStart start) {
        return start(k, points, d, settings, new SplittableRandom(settings.seed()), start);
    }

    static EmRun start(int k, double[] points, int d, EmSettings settings, SplittableRandom random) {
        return start(k, points, d, settings, random, EmStart.KMEANS_PLUS_PLUS);
    }

    /**
     * Continues EM from {@code start} on a copy of {@code points}: a warm start, for refitting a
     * mixture to points that moved a little since {@code start} was fitted. The first
     * {@link #step()} is an E-step on {@code start}.
     *
     * @throws IllegalArgumentException when the points do not match the mixture's dimension, or
     *     are fewer than its components, or not finite
     */
    public static EmRun resume(GaussianMixture start, double[] points, EmSettings settings) {
        int d = start.dimension();
        check(start.k(), points, d);
        return new EmRun(points.clone(), d, settings, start);
    }

    private EmRun(double[] x, int d, EmSettings settings, GaussianMixture start) {
        this.x = x;
        this.d = d;
        this.k = start.k();
        this.settings = settings;
        this.resp = new double[x.length / d * k];
        this.mixture = start;
    }

    private static EmRun start(int k, double[] points, int d, EmSettings settings, SplittableRandom random, EmStart start) {
        check(k, points, d);
        return new EmRun(points.clone(), d, k, settings, random, start);
    }

    private static void check(int k, double[] points, int d) {
        if (d != 1 && d != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + d);
        }
        int n = points.length / d;
        if (points.length % d != 0 || n < 1) {
            throw new IllegalArgumentException("expected at least one " + d + "-D point, got " + points.length + " values");
        }
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("the number of components must be in 1.." + n
                    + " (at most one per point), was " + k);
        }
        for (double v : points) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the points must be finite numbers, found " + v);
            }
        }
    }

    /**
     * The textbook start (Bishop, PRML §9.2): k distinct data points drawn at random as the
     * means, each covariance the data's own (shaped as the covariance type asks), equal weights.
     */
    private GaussianMixture randomStart(SplittableRandom random) {
        int n = x.length / d;
        double[] spread = Bandwidth.covariance(x, d);
        CovarianceType type = settings.covarianceType();
        if (n < 2) {
            java.util.Arrays.fill(spread, 0);
        } else if (type == CovarianceType.DIAG || type == CovarianceType.SPHERICAL) {
            double trace = 0;
            for (int j = 0; j < d; j++) {
                trace += spread[j * d + j];
            }
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    spread[a * d + b] = a != b ? 0 : type == CovarianceType.SPHERICAL ? trace / d : spread[a * d + b];
                }
            }
        }
        double[] weights = new double[k];
        double[] means = new double[k * d];
        double[] covariances = new double[k * d * d];
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int c = 0; c < k; c++) {
            int pick = c + random.nextInt(n - c);
            int chosen = order[pick];
            order[pick] = order[c];
            order[c] = chosen;
            weights[c] = 1.0 / k;
            System.arraycopy(x, chosen * d, means, c * d, d);
            System.arraycopy(spread, 0, covariances, c * d * d, d * d);
            for (int j = 0; j < d; j++) {
                covariances[c * d * d + j * d + j] += settings.regCovar();
            }
        }
        return GaussianMixture.of(d, type, weights, means, covariances);
    }

    /** One E-step and one M-step. */
    public Step step() {
        double[] work = new double[k];
        int n = x.length / d;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += mixture.responsibilitiesAt(x, i * d, work);
            System.arraycopy(work, 0, resp, i * k, k);
        }
        double bound = sum / n;
        double change = bound - lowerBound;
        lowerBound = bound;
        iteration++;
        converged = Math.abs(change) < settings.tol();
        mixture = MixtureEstimate.estimate(x, d, resp, k, settings.covarianceType(), settings.regCovar())
                .withFit(iteration, converged, lowerBound);
        return new Step(iteration, mixture, bound, change, converged);
    }

    /** Steps until converged or {@code maxIter} iterations; returns the final mixture. */
    public GaussianMixture run() {
        while (!converged && iteration < settings.maxIter()) {
            step();
        }
        return mixture;
    }

    /** The current mixture (after the last M-step, or the initial one). */
    public GaussianMixture mixture() {
        return mixture;
    }

    public int iteration() {
        return iteration;
    }

    public boolean converged() {
        return converged;
    }

    /** The lower bound of the last step; −∞ before the first. */
    public double lowerBound() {
        return lowerBound;
    }

    /** The responsibilities of the current mixture for each point, n×k row-major (each row sums to one). */
    public double[] responsibilities() {
        int n = x.length / d;
        double[] out = new double[n * k];
        double[] work = new double[k];
        for (int i = 0; i < n; i++) {
            double norm = mixture.logDensityAt(x, i * d, work);
            for (int c = 0; c < k; c++) {
                out[i * k + c] = Math.exp(work[c] - norm);
            }
        }
        return out;
    }
}
