package io.latentlab.density;

import org.jtransforms.fft.DoubleFFT_1D;
import org.jtransforms.fft.DoubleFFT_2D;

/**
 * The binned kernel density: each point is split linearly between its two (four in 2-D)
 * nearest grid nodes, and the node counts are convolved with the kernel sampled at grid offsets,
 * by FFT (JTransforms). The grid is padded by the kernel's reach on every side, so points just
 * outside it still count, and the FFT length is at least the padded size, so the circular
 * convolution never wraps onto the grid. A kernel wider than {@link #MAX_REACH_GRIDS} grids is
 * cut there.
 */
final class BinnedDensity {

    static final int MAX_REACH_GRIDS = 4;
    /**
     * The binned Gaussian is cut at r² = 40 (e^-20 of its peak): far below the binning error
     * (about 1e-3 of the peak on a 200×200 grid), and a smaller FFT than the exact sum's cut-off.
     */
    static final double GAUSSIAN_R2 = 40;

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

    private static double[] evaluate2d(KernelDensity kde, Grid grid) {
        int nx = grid.nx();
        int ny = grid.ny();
        double dx = grid.dx();
        double dy = grid.dy();
        int lx = padding(reach(kde, 0), dx, nx);
        int ly = padding(reach(kde, 1), dy, ny);
        int px = fftLength(nx + 2 * lx);
        int py = fftLength(ny + 2 * ly);
        double[] counts = new double[2 * px * py];
        double[] points = kde.points();
        for (int p = 0; p < points.length; p += 2) {
            double fx = (points[p] - grid.x0()) / dx + lx;
            double fy = (points[p + 1] - grid.y0()) / dy + ly;
            if (fx < -1 || fx >= px || fy < -1 || fy >= py) {
                continue;
            }
            int i = (int) Math.floor(fx);
            int j = (int) Math.floor(fy);
            double wx = fx - i;
            double wy = fy - j;
            add(counts, i, j, (1 - wx) * (1 - wy), px, py);
            add(counts, i + 1, j, wx * (1 - wy), px, py);
            add(counts, i, j + 1, (1 - wx) * wy, px, py);
            add(counts, i + 1, j + 1, wx * wy, px, py);
        }
        double[] k = new double[2 * px * py];
        for (int b = -ly; b <= ly; b++) {
            int row = Math.floorMod(b, py) * px;
            for (int a = -lx; a <= lx; a++) {
                k[2 * (row + Math.floorMod(a, px))] = kde.kernelAt(a * dx, b * dy);
            }
        }
        DoubleFFT_2D fft = new DoubleFFT_2D(py, px);
        fft.complexForward(counts);
        fft.complexForward(k);
        multiply(counts, k);
        fft.complexInverse(counts, true);
        double[] out = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                out[j * nx + i] = Math.max(0, counts[2 * ((j + ly) * px + i + lx)]);
            }
        }
        return out;
    }

    private static void add(double[] complex, int i, int j, double w, int px, int py) {
        if (i >= 0 && i < px && j >= 0 && j < py) {
            complex[2 * (j * px + i)] += w;
        }
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
