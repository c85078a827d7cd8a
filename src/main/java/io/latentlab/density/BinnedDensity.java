package io.latentlab.density;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * The binned kernel density: each point is split linearly between its two (four in 2-D)
 * nearest grid nodes, and the node counts are convolved with the kernel sampled at grid offsets,
 * by FFT (JTransforms). Points up to the kernel's reach outside the grid still count, and the
 * FFT is long enough that the circular convolution never wraps onto the grid. A kernel wider than {@link #MAX_REACH_GRIDS} grids is
 * cut there.
 */
final class BinnedDensity {

    static final int MAX_REACH_GRIDS = 4;
    /**
     * The binned Gaussian is cut at r² = 40 (e^-20 of its peak): far below the binning error
     * (about 1e-3 of the peak on a 200×200 grid), and a smaller FFT than the exact sum's cut-off.
     */
    static final double GAUSSIAN_R2 = 40;

    static {
        // JTransforms splits large FFTs over all cores by default. For these sizes one thread is
        // faster on a 2-core laptop, and it leaves the other core to the training thread, as
        // Nd4jRuntime does for ND4J.
        ConcurrencyUtils.setNumberOfThreads(1);
    }

    private BinnedDensity() {
    }

    static double[] evaluate(KernelDensity kde, Grid grid) {
        return grid.dimension() == 1 ? evaluate1d(kde, grid) : evaluate2d(kde, grid);
    }

    private static double reach(KernelDensity kde, int axis) {
        double r = kde.kernel() == Kernel.GAUSSIAN ? Math.sqrt(GAUSSIAN_R2) : kde.kernel().reach();
        return r * Math.sqrt(kde.covariance()[axis * kde.dimension() + axis]);
    }

    private static int padding(double reach, double step, int n) {
        return (int) Math.min(Math.ceil(reach / step), (long) MAX_REACH_GRIDS * n);
    }

    /** The smallest length at least {@code n} whose only prime factors are 2, 3 and 5. */
    static int fftLength(int n) {
        for (int m = Math.max(n, 1); ; m++) {
            int r = m;
            for (int p : new int[] {2, 3, 5}) {
                while (r % p == 0) {
                    r /= p;
                }
            }
            if (r == 1) {
                return m;
            }
        }
    }

    private static double[] evaluate1d(KernelDensity kde, Grid grid) {
        int nx = grid.nx();
        double dx = grid.dx();
        int lx = padding(reach(kde, 0), dx, nx);
        int px = fftLength(nx + 2 * lx);
        double[] counts = new double[2 * px];
        double[] points = kde.points();
        for (double x : points) {
            double f = (x - grid.x0()) / dx + lx;
            if (f < -1 || f >= px) {
                continue;
            }
            int i = (int) Math.floor(f);
            double w = f - i;
            add(counts, i, 1 - w, px);
            add(counts, i + 1, w, px);
        }
        double[] k = new double[2 * px];
        for (int a = -lx; a <= lx; a++) {
            k[2 * Math.floorMod(a, px)] = kde.kernelAt(a * dx, 0);
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(px);
        fft.complexForward(counts);
        fft.complexForward(k);
        multiply(counts, k);
        fft.complexInverse(counts, true);
        double[] out = new double[nx];
        for (int i = 0; i < nx; i++) {
            out[i] = Math.max(0, counts[2 * (i + lx)]);
        }
        return out;
    }

    private static void add(double[] complex, int i, double w, int length) {
        if (i >= 0 && i < length) {
            complex[2 * i] += w;
        }
    }

    /**
     * The 2-D case with two FFTs instead of three: the counts and the kernel go in as the real
     * and imaginary parts of one complex array, whose transform gives both spectra. The FFT is
     * only as long as the output needs: circular convolution of length P equals the linear one
     * on the grid when P &gt; reach + the farthest distance between a grid node and a binned point.
     */
    private static double[] evaluate2d(KernelDensity kde, Grid grid) {
        int nx = grid.nx();
        int ny = grid.ny();
        double dx = grid.dx();
        double dy = grid.dy();
        int lx = padding(reach(kde, 0), dx, nx);
        int ly = padding(reach(kde, 1), dy, ny);
        double[] points = kde.points();
        int[] bins = new int[points.length];
        double[] weights = new double[points.length];
        int used = 0;
        int minX = 0;
        int maxX = nx - 1;
        int minY = 0;
        int maxY = ny - 1;
        for (int p = 0; p < points.length; p += 2) {
            double fx = (points[p] - grid.x0()) / dx;
            double fy = (points[p + 1] - grid.y0()) / dy;
            if (!(fx >= -lx - 1 && fx <= nx + lx && fy >= -ly - 1 && fy <= ny + ly)) {
                continue;
            }
            int i = (int) Math.floor(fx);
            int j = (int) Math.floor(fy);
            bins[used] = i;
            bins[used + 1] = j;
            weights[used] = fx - i;
            weights[used + 1] = fy - j;
            used += 2;
            minX = Math.min(minX, i);
            maxX = Math.max(maxX, i + 1);
            minY = Math.min(minY, j);
            maxY = Math.max(maxY, j + 1);
        }
        int px = fftLength(lx + Math.max(maxX, nx - 1 - minX) + 1);
        int py = fftLength(ly + Math.max(maxY, ny - 1 - minY) + 1);
        double[] z = new double[2 * px * py];
        for (int q = 0; q < used; q += 2) {
            int i = bins[q];
            int j = bins[q + 1];
            double wx = weights[q];
            double wy = weights[q + 1];
            int i0 = Math.floorMod(i, px);
            int i1 = Math.floorMod(i + 1, px);
            int j0 = Math.floorMod(j, py) * px;
            int j1 = Math.floorMod(j + 1, py) * px;
            z[2 * (j0 + i0)] += (1 - wx) * (1 - wy);
            z[2 * (j0 + i1)] += wx * (1 - wy);
            z[2 * (j1 + i0)] += (1 - wx) * wy;
            z[2 * (j1 + i1)] += wx * wy;
        }
        for (int b = -ly; b <= ly; b++) {
            int row = Math.floorMod(b, py) * px;
            for (int a = -lx; a <= lx; a++) {
                z[2 * (row + Math.floorMod(a, px)) + 1] += kde.kernelAt(a * dx, b * dy);
            }
        }
        DoubleFFT_2D fft = new DoubleFFT_2D(py, px);
        fft.complexForward(z);
        double[] w = new double[z.length];
        for (int v = 0; v < py; v++) {
            int nv = v == 0 ? 0 : py - v;
            for (int u = 0; u < px; u++) {
                int f = 2 * (v * px + u);
                int g = 2 * (nv * px + (u == 0 ? 0 : px - u));
                // counts C = (Z(f) + conj Z(-f)) / 2, kernel K = (Z(f) - conj Z(-f)) / 2i
                double cRe = 0.5 * (z[f] + z[g]);
                double cIm = 0.5 * (z[f + 1] - z[g + 1]);
                double kRe = 0.5 * (z[f + 1] + z[g + 1]);
                double kIm = 0.5 * (z[g] - z[f]);
                w[f] = cRe * kRe - cIm * kIm;
                w[f + 1] = cRe * kIm + cIm * kRe;
            }
        }
        fft.complexInverse(w, true);
        double[] out = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                out[j * nx + i] = Math.max(0, w[2 * (j * px + i)]);
            }
        }
        return out;
    }

    private static void multiply(double[] a, double[] b) {
        for (int i = 0; i < a.length; i += 2) {
            double re = a[i] * b[i] - a[i + 1] * b[i + 1];
            double im = a[i] * b[i + 1] + a[i + 1] * b[i];
            a[i] = re;
            a[i + 1] = im;
        }
    }
}
