package io.latentlab.density;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A kernel density estimate of 1-D or 2-D points: the average of one kernel per point, with the
 * kernel covariance {@code Σ} that a {@link Bandwidth} gives (full 2×2 for SciPy's rules,
 * {@code H²·I} for a width). The kernel is applied to {@code u = L⁻¹(x − xᵢ)} with
 * {@code Σ = L·Lᵀ}: for the Gaussian that is a normal density with covariance Σ, for the
 * Epanechnikov kernel and a width H it is {@code 0.75·(1−u²)/H} in 1-D and
 * {@code 2/(π·H²)·(1−|u|²)} in 2-D with {@code u = (x − xᵢ)/H} (see {@link Kernel}).
 *
 * <p>One class serves both dimensions: the sums differ only in the length of a point.
 * {@link #exact(Grid)} sums over all points (leaving out Gaussian terms below e^-35 of the
 * peak); {@link #binned(Grid)} bins the points linearly onto the grid and convolves with the
 * kernel by FFT, fast enough to redraw every frame.
 */
public final class KernelDensity {

    private final int d;
    private final int n;
    private final Kernel kernel;
    private final double[] covariance;
    private final Cholesky chol;
    private final double scale;
    /** Whitened points, sorted by their first coordinate. */
    private final double[] z1;
    private final double[] z2;
    private final double[] points;

    private KernelDensity(double[] points, int d, Kernel kernel, double[] covariance) {
        this.d = d;
        this.n = points.length / d;
        this.kernel = kernel;
        this.covariance = covariance;
        this.chol = Cholesky.of(covariance, d);
        this.scale = kernel.normalisation(d) * Math.exp(-chol.logDet) / n;
        this.points = points.clone();
        double[][] z = new double[n][];
        for (int i = 0; i < n; i++) {
            z[i] = whiten(points[i * d], d == 2 ? points[i * d + 1] : 0);
        }
        Arrays.sort(z, (a, b) -> Double.compare(a[0], b[0]));
        z1 = new double[n];
        z2 = new double[n];
        for (int i = 0; i < n; i++) {
            z1[i] = z[i][0];
            z2[i] = z[i][1];
        }
    }

    /**
     * Fits a density to {@code points} (row-major, {@code dimension} 1 or 2).
     *
     * @throws IllegalArgumentException for a bad dimension, too few points, non-finite values or
     *     points without spread (a rule bandwidth needs a positive-definite covariance)
     */
    public static KernelDensity fit(double[] points, int dimension, Kernel kernel, Bandwidth bandwidth) {
        if (dimension != 1 && dimension != 2) {
            throw new IllegalArgumentException("dimension must be 1 or 2, was " + dimension);
        }
        if (points.length % dimension != 0 || points.length / dimension < 2) {
            throw new IllegalArgumentException("a kernel density needs at least 2 points, got " + points.length / dimension);
        }
        for (double v : points) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the points must be finite numbers, found " + v);
            }
        }
        return new KernelDensity(points, dimension, kernel, bandwidth.kernelCovariance(points, dimension));
    }

    private double[] whiten(double x, double y) {
        double[] inv = chol.inverse;
        return d == 1 ? new double[] {inv[0] * x, 0} : new double[] {inv[0] * x, inv[2] * x + inv[3] * y};
    }

    public int dimension() {
        return d;
    }

    public int count() {
        return n;
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The kernel covariance Σ, d×d row-major. */
    public double[] covariance() {
        return covariance.clone();
    }

    /** The points, row-major, as given. */
    double[] points() {
        return points;
    }

    /** The density at x (1-D). */
    public double density(double x) {
        requireDimension(1);
        return sum(whiten(x, 0));
    }

    /** The density at (x, y) (2-D). */
    public double density(double x, double y) {
        requireDimension(2);
        return sum(whiten(x, y));
    }

    private void requireDimension(int dim) {
        if (d != dim) {
            throw new IllegalArgumentException("this density is " + d + "-D, asked for a " + dim + "-D point");
        }
    }

    private double sum(double[] z) {
        double reach = kernel.reach();
        int lo = lowerBound(z[0] - reach);
        double s = 0;
        for (int i = lo; i < n && z1[i] <= z[0] + reach; i++) {
            double a = z1[i] - z[0];
            double b = z2[i] - z[1];
            s += kernel.profile(a * a + b * b);
        }
        return s * scale;
    }

    private int lowerBound(double v) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (z1[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The exact density at every grid point (x fastest), computed on all cores; for the Gaussian
     * kernel by {@link GaussianGridSum}'s recurrence along grid rows.
     */
    public double[] exact(Grid grid) {
        requireDimension(grid.dimension());
        if (kernel == Kernel.GAUSSIAN) {
            return GaussianGridSum.evaluate(points, d, covariance, scale, grid);
        }
        double[] out = new double[grid.size()];
        if (d == 1) {
            IntStream.range(0, grid.nx()).parallel().forEach(i -> out[i] = density(grid.x(i)));
        } else {
            IntStream.range(0, grid.ny()).parallel().forEach(j -> {
                double y = grid.y(j);
                for (int i = 0; i < grid.nx(); i++) {
                    out[j * grid.nx() + i] = density(grid.x(i), y);
                }
            });
        }
        return out;
    }

    /**
     * The density on the grid from linearly binned points convolved with the kernel by FFT.
     * Points farther outside the grid than the kernel reaches are left out, as they add nothing.
     */
    public double[] binned(Grid grid) {
        requireDimension(grid.dimension());
        return BinnedDensity.evaluate(this, grid);
    }

    /** The kernel density (including 1/n) of one point at offset (dx, dy) from it. */
    double kernelAt(double dx, double dy) {
        double[] z = whiten(dx, dy);
        return kernel.profile(z[0] * z[0] + z[1] * z[1]) * scale;
    }
}
