package io.latentlab.density;

import java.util.Locale;

/**
 * A regular grid of evaluation points, endpoints included as NumPy's {@code linspace} places
 * them: {@code nx} points over {@code [x0, x1]} and, in 2-D, {@code ny} over {@code [y0, y1]}.
 * Points are ordered with x varying fastest: point {@code p = iy*nx + ix}.
 */
public record Grid(double x0, double x1, int nx, double y0, double y1, int ny) {

    /** At most this many points per axis. */
    public static final int MAX_PER_AXIS = 10_000;
    /** At most this many points in all. */
    public static final int MAX_POINTS = 4_000_000;

    public Grid {
        check(x0, x1, nx, "x");
        if (ny != 0) {
            check(y0, y1, ny, "y");
            if ((long) nx * ny > MAX_POINTS) {
                throw new IllegalArgumentException("a grid of " + nx + "x" + ny + " points is too big; at most "
                        + MAX_POINTS + " points in all");
            }
        }
    }

    private static void check(double lo, double hi, int n, String axis) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
            throw new IllegalArgumentException("the " + axis + " range must be finite with " + axis + "0 < " + axis
                    + "1, was " + lo + ":" + hi);
        }
        if (n < 2 || n > MAX_PER_AXIS) {
            throw new IllegalArgumentException("the number of " + axis + " points must be in 2.." + MAX_PER_AXIS
                    + ", was " + n);
        }
    }

    /** A 1-D grid. */
    public static Grid of(double x0, double x1, int nx) {
        return new Grid(x0, x1, nx, 0, 0, 0);
    }

    /** A 2-D grid. */
    public static Grid of(double x0, double x1, int nx, double y0, double y1, int ny) {
        return new Grid(x0, x1, nx, y0, y1, ny);
    }

    /**
     * Reads {@code x0:x1:nx} or {@code x0:x1:nx,y0:y1:ny}.
     *
     * @throws IllegalArgumentException saying what is wrong with {@code spec}
     */
    public static Grid parse(String spec) {
        String[] axes = spec.trim().split(",", -1);
        if (axes.length > 2) {
            throw new IllegalArgumentException("'" + spec + "' has " + axes.length
                    + " axes; a grid is x0:x1:nx or x0:x1:nx,y0:y1:ny");
        }
        double[] x = axis(spec, axes[0]);
        if (axes.length == 1) {
            return of(x[0], x[1], (int) x[2]);
        }
        double[] y = axis(spec, axes[1]);
        return of(x[0], x[1], (int) x[2], y[0], y[1], (int) y[2]);
    }

    private static double[] axis(String spec, String axis) {
        String[] parts = axis.trim().split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("'" + spec + "' is not a grid; write x0:x1:nx or x0:x1:nx,y0:y1:ny,"
                    + " e.g. -3:3:200,-3:3:200");
        }
        double lo;
        double hi;
        try {
            lo = Double.parseDouble(parts[0].trim());
            hi = Double.parseDouble(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + axis + "' in grid '" + spec + "': the range ends must be numbers");
        }
        int n;
        try {
            n = Integer.parseInt(parts[2].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + axis + "' in grid '" + spec
                    + "': the number of points must be a whole number in 2.." + MAX_PER_AXIS);
        }
        return new double[] {lo, hi, n};
    }

    public int dimension() {
        return ny == 0 ? 1 : 2;
    }

    /** The number of points. */
    public int size() {
        return ny == 0 ? nx : nx * ny;
    }

    public double dx() {
        return (x1 - x0) / (nx - 1);
    }

    public double dy() {
        return (y1 - y0) / (ny - 1);
    }

    /** The i-th x value, as {@code linspace} computes it (the last is exactly {@code x1}). */
    public double x(int i) {
        return i == nx - 1 ? x1 : x0 + i * dx();
    }

    /** The j-th y value. */
    public double y(int j) {
        return j == ny - 1 ? y1 : y0 + j * dy();
    }

    @Override
    public String toString() {
        String x = String.format(Locale.ROOT, "%s:%s:%d", x0, x1, nx);
        return ny == 0 ? x : x + String.format(Locale.ROOT, ",%s:%s:%d", y0, y1, ny);
    }
}
