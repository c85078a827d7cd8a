package io.latentlab.density;

import java.util.Random;

/**
 * A density over the plane fitted to 2-D points, which can be evaluated and drawn from: the
 * generative model p(x) of those points. A Gaussian mixture draws a component by its weight,
 * then a point from it; a kernel density draws one of its points, then adds the kernel's
 * Gaussian noise. Immutable.
 */
public final class FittedDensity {

    private final DensityKind kind;
    private final GaussianMixture mixture;
    private final KernelDensity kernel;
    private final double[] points;
    /** The lower-triangular factors (a, b, c: L = [[a, 0], [b, c]]) of the components' or the kernel's covariance. */
    private final double[][] factors;

    private FittedDensity(DensityKind kind, GaussianMixture mixture, KernelDensity kernel, double[] points) {
        this.kind = kind;
        this.mixture = mixture;
        this.kernel = kernel;
        this.points = points;
        if (mixture != null) {
            factors = new double[mixture.k()][];
            for (int c = 0; c < mixture.k(); c++) {
                factors[c] = factor(mixture.covariance(c));
            }
        } else {
            factors = new double[][] {factor(kernel.covariance())};
        }
    }

    /**
     * Fits a density of {@code kind} to {@code points} (row-major 2-D); {@code seed} seeds EM's
     * starts.
     *
     * @throws IllegalArgumentException for fewer than 2 points, odd lengths, non-finite values or
     *     points without spread
     */
    public static FittedDensity fit(DensityKind kind, double[] points, long seed) {
        if (points.length % 2 != 0 || points.length < 4) {
            throw new IllegalArgumentException("a density needs at least 2 points of 2 coordinates, got "
                    + points.length + " numbers");
        }
        return switch (kind) {
            case MIXTURE -> new FittedDensity(kind,
                    GaussianMixture.auto(points, 2, EmSettings.defaults().withSeed(seed)), null, null);
            case KERNEL -> new FittedDensity(kind, null,
                    KernelDensity.fit(points, 2, Kernel.GAUSSIAN, Bandwidth.scott()), points.clone());
        };
    }

    public DensityKind kind() {
        return kind;
    }

    /** For a mixture its k, for a kernel density its number of points. */
    public int components() {
        return mixture != null ? mixture.k() : kernel.count();
    }

    /** The density at (x, y). */
    public double density(double x, double y) {
        return mixture != null ? Math.exp(mixture.logDensity(x, y)) : kernel.density(x, y);
    }

    /** The density at every point of a 2-D grid, x fastest. */
    public double[] density(Grid grid) {
        return mixture != null ? mixture.density(grid) : kernel.exact(grid);
    }

    /**
     * The log density at every point of a 2-D grid, x fastest: for a mixture exact far into its
     * tails, where the density itself is 0 in double precision; −∞ where a kernel density is 0.
     */
    public double[] logDensity(Grid grid) {
        if (mixture == null) {
            double[] out = kernel.exact(grid);
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.log(out[i]);
            }
            return out;
        }
        double[] xy = new double[2 * grid.size()];
        for (int i = 0; i < grid.size(); i++) {
            xy[2 * i] = grid.x(i % grid.nx());
            xy[2 * i + 1] = grid.y(i / grid.nx());
        }
        return mixture.logDensities(xy);
    }

    /** {@code n} points drawn from the density, row-major, from {@code rng}. */
    public double[] sample(int n, Random rng) {
        double[] out = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double mx;
            double my;
            double[] l;
            if (mixture != null) {
                int c = pick(mixture.weights(), rng.nextDouble());
                double[] mean = mixture.mean(c);
                mx = mean[0];
                my = mean[1];
                l = factors[c];
            } else {
                int j = rng.nextInt(points.length / 2);
                mx = points[2 * j];
                my = points[2 * j + 1];
                l = factors[0];
            }
            double e1 = rng.nextGaussian();
            double e2 = rng.nextGaussian();
            out[2 * i] = mx + l[0] * e1;
            out[2 * i + 1] = my + l[1] * e1 + l[2] * e2;
        }
        return out;
    }

    private static int pick(double[] weights, double u) {
        double sum = 0;
        for (int c = 0; c < weights.length; c++) {
            sum += weights[c];
            if (u < sum) {
                return c;
            }
        }
        return weights.length - 1;
    }

    /** The Cholesky factor of a 2×2 covariance {sxx, sxy, syx, syy}. */
    private static double[] factor(double[] s) {
        double a = Math.sqrt(s[0]);
        double b = s[2] / a;
        double c = Math.sqrt(Math.max(0, s[3] - b * b));
        return new double[] {a, b, c};
    }

    @Override
    public String toString() {
        return mixture != null ? "Gaussian mixture, k = " + mixture.k() : "kernel density of " + kernel.count() + " points";
    }
}
