package io.latentlab.density;

/**
 * Kullback–Leibler and Jensen–Shannon divergences between two densities evaluated on the same
 * {@link Grid}, in nats: the toy lab's measure of how far the generated distribution is from
 * the real one.
 *
 * <p>How: both densities are renormalised to integrate to one over the grid (a midpoint
 * Riemann sum over its cells), so mass outside the grid is ignored. KL(p‖q) floors q at
 * {@value #FLOOR} of its largest value where p has mass and q has none, so a dropped mode gives a
 * large but finite KL; JS needs no floor and lies in [0, ln 2].
 */
public final class Divergence {

    /** The smallest value of q, relative to its maximum, that KL uses. */
    public static final double FLOOR = 1e-10;

    private Divergence() {
    }

    /** KL(p‖q) = ∫ p log(p/q). */
    public static double kl(double[] p, double[] q, Grid grid) {
        check(p, q, grid);
        double cell = cellSize(grid);
        double[] pn = normalised(p, cell);
        double[] qn = normalised(q, cell);
        double max = 0;
        for (double v : qn) {
            max = Math.max(max, v);
        }
        double floor = FLOOR * max;
        double sum = 0;
        for (int i = 0; i < pn.length; i++) {
            if (pn[i] > 0) {
                sum += pn[i] * Math.log(pn[i] / Math.max(qn[i], floor));
            }
        }
        return Math.max(0, sum * cell);
    }

    /** JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m) with m = (p + q)/2. */
    public static double js(double[] p, double[] q, Grid grid) {
        check(p, q, grid);
        double cell = cellSize(grid);
        double[] pn = normalised(p, cell);
        double[] qn = normalised(q, cell);
        double sum = 0;
        for (int i = 0; i < pn.length; i++) {
            double m = (pn[i] + qn[i]) / 2;
            if (pn[i] > 0) {
                sum += 0.5 * pn[i] * Math.log(pn[i] / m);
            }
            if (qn[i] > 0) {
                sum += 0.5 * qn[i] * Math.log(qn[i] / m);
            }
        }
        return Math.min(Math.log(2), Math.max(0, sum * cell));
    }

    private static double cellSize(Grid grid) {
        return grid.dimension() == 1 ? grid.dx() : grid.dx() * grid.dy();
    }

    private static double[] normalised(double[] density, double cell) {
        double total = 0;
        for (double v : density) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("a density must be finite and non-negative, got " + v);
            }
            total += v;
        }
        if (total * cell <= 0) {
            throw new IllegalArgumentException("a density with no mass on the grid cannot be compared");
        }
        double[] out = new double[density.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = density[i] / (total * cell);
        }
        return out;
    }

    private static void check(double[] p, double[] q, Grid grid) {
        if (p.length != grid.size() || q.length != grid.size()) {
            throw new IllegalArgumentException("both densities need " + grid.size() + " grid values, got "
                    + p.length + " and " + q.length);
        }
    }
}
