package io.latentlab.explore;

/**
 * White's (2016) J-diagram: an n × n grid of latent vectors spanned by three corners, A at the top
 * left, B at the top right and C at the bottom left, so each row walks A → B and each column
 * A → C; the bottom-right corner is the analogy B + C − A ("A is to B as C is to ?"). Cells are
 * the bilinear mix a + u·(b − a) + v·(c − a) with u across and v down, both from 0 to 1. With two
 * corners, C is the prior's centre ({@link #centre}).
 */
public final class AnalogyGrid {

    /** The most cells a side. */
    public static final int MAX_SIDE = 16;

    private AnalogyGrid() {
    }

    /** {@code side × side} vectors, row by row from the top left. */
    public static float[] of(float[] a, float[] b, float[] c, int side) {
        if (side < 2 || side > MAX_SIDE) {
            throw new IllegalArgumentException("an analogy grid needs 2.." + MAX_SIDE + " cells a side, got " + side);
        }
        if (a.length != b.length || a.length != c.length) {
            throw new IllegalArgumentException("A, B and C have " + a.length + ", " + b.length + " and " + c.length + " values: they must be the same size");
        }
        int d = a.length;
        float[] out = new float[side * side * d];
        for (int r = 0; r < side; r++) {
            double v = (double) r / (side - 1);
            for (int col = 0; col < side; col++) {
                double u = (double) col / (side - 1);
                int at = (r * side + col) * d;
                for (int i = 0; i < d; i++) {
                    out[at + i] = (float) (a[i] + u * (b[i] - a[i]) + v * (c[i] - a[i]));
                }
            }
        }
        return out;
    }

    /**
     * The third corner when only two are given: z = 0, the centre of the prior N(0, I), whose
     * picture is the model's "average" one. A grid from A, B and the centre shows across the walk
     * from A to B and down how each fades into the average.
     */
    public static float[] centre(int latentSize) {
        return new float[latentSize];
    }

    /** The fourth corner, B + C − A. */
    public static float[] fourthCorner(float[] a, float[] b, float[] c) {
        return LatentArithmetic.analogy(b, a, c);
    }
}
