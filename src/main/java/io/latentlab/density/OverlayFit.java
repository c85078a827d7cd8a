package io.latentlab.density;

import java.util.Arrays;

/**
 * Fits the densities of one {@link OverlayRequest} and compares them, remembering what it can
 * reuse for the next request: the real samples' fit (the real data stay the same while the
 * generated samples move every frame) and the generated samples' mixture, from which the next
 * GMM fit is warm-started. Not thread-safe: an {@link OverlayFitter} uses it from one thread.
 *
 * <p>KDE: the binned (FFT) kernel density on the request's grid. GMM: full covariances, fitted
 * to the first {@value #GMM_POINTS} samples (they come in random order); "auto" picks k by BIC
 * on the real samples once, and the generated samples get that k. A generated mixture with the
 * same k is refined by at most {@value #WARM_ITERATIONS} EM iterations from the previous one
 * (with a fresh fit beside it now and then, see {@link #FRESH_EVERY}).
 * Non-finite generated points are left out. When the generated points have no spread (a
 * collapsed generator), the rule bandwidths are undefined; their KDE then uses a fixed width of
 * {@value #COLLAPSED_WIDTH_CELLS} grid steps, so the divergences still say how far off they are.
 */
public final class OverlayFit {

    /** At most this many samples go into a GMM fit. */
    public static final int GMM_POINTS = 500;
    /** EM iterations of a warm-started refit. */
    public static final int WARM_ITERATIONS = 10;
    /**
     * Every this many generated GMM fits, a fresh fit from k-means++ runs beside the warm one and
     * the better (higher average log-likelihood) is kept, so a component stuck in a mode that the
     * generator has left gets another chance.
     */
    public static final int FRESH_EVERY = 5;
    /** The kernel width, in grid steps, for points without spread. */
    public static final double COLLAPSED_WIDTH_CELLS = 2;

    private final EmSettings settings = EmSettings.defaults();

    private float[] realKey;
    private Grid realGrid;
    private DensityEstimator realEstimator;
    private double[] realDensity;
    private double[] realReference;
    private int realComponents;
    private GaussianMixture generatedMixture;
    private int generatedFits;

    /** The densities and divergences for {@code request}. */
    public DensityOverlay fit(OverlayRequest request) {
        int d = request.dimension();
        Grid grid = request.grid();
        DensityEstimator estimator = request.estimator();
        boolean kdeIsReference = estimator.equals(DensityEstimator.defaultKde());
        if (request.real() != realKey || !grid.equals(realGrid) || !estimator.equals(realEstimator)) {
            double[] real = finite(request.real(), d);
            realComponents = estimator.components();
            realDensity = estimate(real, d, grid, estimator, true);
            realReference = kdeIsReference ? realDensity : reference(real, d, grid);
            realKey = request.real();
            realGrid = grid;
            realEstimator = estimator;
            generatedMixture = null;
            generatedFits = 0;
        }
        if (request.generated() == null) {
            return new DensityOverlay(request.iteration(), grid, estimator, realDensity, null, Double.NaN, Double.NaN,
                    "no generated samples yet");
        }
        double[] generated = finite(request.generated(), d);
        if (generated.length < 2 * d) {
            return new DensityOverlay(request.iteration(), grid, estimator, realDensity, null, Double.NaN, Double.NaN,
                    "the generated samples are not finite numbers: press Reset");
        }
        double[] generatedDensity = estimate(generated, d, grid, estimator, false);
        double[] generatedReference = kdeIsReference ? generatedDensity : reference(generated, d, grid);
        double kl = Double.NaN;
        double js = Double.NaN;
        String problem = "";
        try {
            kl = Divergence.kl(realReference, generatedReference, grid);
            js = Divergence.js(realReference, generatedReference, grid);
        } catch (IllegalArgumentException e) {
            problem = "the generated samples lie outside the plot";
        }
        return new DensityOverlay(request.iteration(), grid, estimator, realDensity, generatedDensity, kl, js, problem);
    }

    private double[] estimate(double[] points, int d, Grid grid, DensityEstimator estimator, boolean real) {
        if (estimator.method() == DensityEstimator.Method.KDE) {
            return kernelDensity(points, d, grid, estimator);
        }
        double[] subset = Arrays.copyOf(points, Math.min(points.length, GMM_POINTS * d));
        GaussianMixture mixture;
        if (real) {
            mixture = realComponents == DensityEstimator.AUTO
                    ? GaussianMixture.auto(subset, d, settings)
                    : GaussianMixture.fit(Math.min(realComponents, subset.length / d), subset, d, settings);
            realComponents = mixture.k();
        } else {
            int k = Math.min(realComponents, subset.length / d);
            if (generatedMixture != null && generatedMixture.k() == k) {
                mixture = EmRun.resume(generatedMixture, subset, settings.withMaxIter(WARM_ITERATIONS)).run();
                if (generatedFits % FRESH_EVERY == 0) {
                    GaussianMixture fresh = GaussianMixture.fit(k, subset, d, settings);
                    if (fresh.avgLogLikelihood(subset) > mixture.avgLogLikelihood(subset)) {
                        mixture = fresh;
                    }
                }
            } else {
                mixture = GaussianMixture.fit(k, subset, d, settings);
            }
            generatedMixture = mixture;
            generatedFits++;
        }
        return mixture.density(grid);
    }

    /** The KDE the divergences compare: Gaussian kernel, Scott's rule. */
    private static double[] reference(double[] points, int d, Grid grid) {
        return kernelDensity(points, d, grid, DensityEstimator.defaultKde());
    }

    private static double[] kernelDensity(double[] points, int d, Grid grid, DensityEstimator estimator) {
        try {
            return estimator.kernelDensity(points, d, grid);
        } catch (IllegalArgumentException noSpread) {
            double width = COLLAPSED_WIDTH_CELLS * (d == 1 ? grid.dx() : Math.max(grid.dx(), grid.dy()));
            return KernelDensity.fit(points, d, estimator.kernel(), Bandwidth.width(width)).binned(grid);
        }
    }

    /** The points with every coordinate finite, as doubles. */
    static double[] finite(float[] points, int d) {
        double[] out = new double[points.length - points.length % d];
        int n = 0;
        for (int i = 0; i + d <= points.length; i += d) {
            boolean ok = true;
            for (int j = 0; j < d; j++) {
                ok &= Float.isFinite(points[i + j]);
            }
            if (ok) {
                for (int j = 0; j < d; j++) {
                    out[n++] = points[i + j];
                }
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
