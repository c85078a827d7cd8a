package io.latentlab.density;

import java.util.Locale;

/**
 * How wide a kernel is. {@link #scott()} and {@link #silverman()} are SciPy's
 * {@code gaussian_kde} rules: a factor ({@code n^(-1/(d+4))}, {@code (n·(d+2)/4)^(-1/(d+4))})
 * times the data covariance (ddof = 1; the full 2×2 matrix in 2-D), so the kernel covariance is
 * {@code cov·factor²}. {@link #width(double)} is a kernel width H in data units, isotropic in
 * 2-D, as scikit-learn's {@code KernelDensity} takes it: kernel covariance {@code H²·I}.
 */
public final class Bandwidth {

    private enum Rule { SCOTT, SILVERMAN, WIDTH }

    private final Rule rule;
    private final double width;

    private Bandwidth(Rule rule, double width) {
        this.rule = rule;
        this.width = width;
    }

    public static Bandwidth scott() {
        return new Bandwidth(Rule.SCOTT, Double.NaN);
    }

    public static Bandwidth silverman() {
        return new Bandwidth(Rule.SILVERMAN, Double.NaN);
    }

    /** A fixed kernel width in data units. */
    public static Bandwidth width(double h) {
        if (!(h > 0) || !Double.isFinite(h)) {
            throw new IllegalArgumentException("a bandwidth must be a positive finite number, was " + h);
        }
        return new Bandwidth(Rule.WIDTH, h);
    }

    /** {@code scott}, {@code silverman} or a positive number H. */
    public static Bandwidth parse(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        if (t.equals("scott")) {
            return scott();
        }
        if (t.equals("silverman")) {
            return silverman();
        }
        double h;
        try {
            h = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unknown bandwidth '" + s + "'; use scott, silverman or a positive number");
        }
        return width(h);
    }

    /** The factor for {@code n} points in {@code d} dimensions; NaN for a fixed width. */
    public double factor(int n, int d) {
        return switch (rule) {
            case SCOTT -> Math.pow(n, -1.0 / (d + 4));
            case SILVERMAN -> Math.pow(n * (d + 2) / 4.0, -1.0 / (d + 4));
            case WIDTH -> Double.NaN;
        };
    }

    /** The kernel covariance (d×d, row-major) for these points. */
    public double[] kernelCovariance(double[] points, int d) {
        int n = points.length / d;
        if (rule == Rule.WIDTH) {
            double[] c = new double[d * d];
            for (int j = 0; j < d; j++) {
                c[j * d + j] = width * width;
            }
            return c;
        }
        if (n < 2) {
            throw new IllegalArgumentException("the " + this + " rule needs at least 2 points, got " + n);
        }
        double f = factor(n, d);
        double[] c = covariance(points, d);
        requireSpread(c, d);
        for (int i = 0; i < c.length; i++) {
            c[i] *= f * f;
        }
        return c;
    }

    /**
     * A rule scales the data covariance, so it needs one that is not singular: points that are
     * all equal, or (2-D) all on one line, have none. A correlation within 1e-12 of ±1 counts as
     * a line, as float rounding leaves a little spread off it.
     */
    private void requireSpread(double[] c, int d) {
        String fix = "; use a numeric bandwidth (a kernel width in data units, e.g. 0.2) or more varied points";
        if (d == 1) {
            if (!(c[0] > 0)) {
                throw new IllegalArgumentException("the " + this + " rule needs points with spread, but they are all equal"
                        + " (variance " + c[0] + ", needs > 0)" + fix);
            }
            return;
        }
        double det = c[0] * c[3] - c[1] * c[2];
        if (!(c[0] > 0 && c[3] > 0 && det > 1e-12 * c[0] * c[3])) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the %s rule needs points with spread in"
                    + " every direction, but they are all equal or on one line (covariance [%.3g, %.3g; %.3g, %.3g],"
                    + " determinant %.3g, needs > 0)%s", this, c[0], c[1], c[2], c[3], det, fix));
        }
    }

    /** The sample covariance with ddof = 1 (d×d, row-major). */
    public static double[] covariance(double[] points, int d) {
        int n = points.length / d;
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += points[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] c = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < d; a++) {
                double da = points[i * d + a] - mean[a];
                for (int b = 0; b < d; b++) {
                    c[a * d + b] += da * (points[i * d + b] - mean[b]);
                }
            }
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= n - 1;
        }
        return c;
    }

    @Override
    public String toString() {
        return rule == Rule.WIDTH ? Double.toString(width) : rule.name().toLowerCase(Locale.ROOT);
    }
}
