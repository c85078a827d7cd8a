package io.latentlab.train;

/**
 * What the GAN "thinks" over the plot at one iteration, for the toy lab's layers; immutable.
 * Three fields, as GAN Lab shows them: the discriminator's output on a regular grid over the
 * plot range (a heatmap from "fake" to "real"), the generator manifold (where G sends a regular
 * grid of the noise space, so a teacher sees how G warps it), and gradient arrows (for some
 * generated points, the direction the generator's loss pushes them: −∂L_G/∂x at x = G(z)).
 * Only for 2-D data. With 2-D noise the manifold is a warped grid; with 1-D noise it is a
 * curve, the image of the noise line: all a generator of 1-D noise can ever make.
 *
 * <p>Grid layout: {@code gridSize × gridSize} cell centres over [−range, range]², row-major,
 * row 0 at the top (largest y), column 0 at the left, as an image's pixels are laid out.
 *
 * @param iteration     when the fields were computed
 * @param range         the grid covers [−range, range] on both axes
 * @param gridSize      cells per side of the discriminator grid
 * @param discriminator D's output per cell: σ(D) when {@code probabilistic}, else the raw output
 * @param probabilistic whether {@code discriminator} holds probabilities in [0, 1]
 * @param manifoldLines noise-grid points per side of the manifold, 0 when there is none
 * @param manifold      G of the noise grid, x,y per point, row-major: point {@code (a, b)} at
 *                      index {@code b * manifoldLines + a}, a along the first noise coordinate;
 *                      empty when there is none
 * @param arrowOrigins  generated points x = G(z), x,y pairs
 * @param arrowVectors  −∂L_G/∂x at each origin (per point, not divided by the batch), x,y pairs
 * @param curve         for 1-D noise, G along the noise line from its low end to its high end,
 *                      x,y per point; empty for 2-D noise
 */
public record FieldSnapshot(long iteration, double range, int gridSize, float[] discriminator, boolean probabilistic,
                            int manifoldLines, float[] manifold, float[] arrowOrigins, float[] arrowVectors,
                            float[] curve) {

    /** Fields without a noise curve (2-D noise). */
    public FieldSnapshot(long iteration, double range, int gridSize, float[] discriminator, boolean probabilistic,
                         int manifoldLines, float[] manifold, float[] arrowOrigins, float[] arrowVectors) {
        this(iteration, range, gridSize, discriminator, probabilistic, manifoldLines, manifold, arrowOrigins, arrowVectors,
                new float[0]);
    }

    public FieldSnapshot {
        if (curve.length % 2 != 0) {
            throw new IllegalArgumentException("the noise curve has an odd number of coordinates, " + curve.length);
        }
        curve = curve.clone();
        if (discriminator.length != gridSize * gridSize) {
            throw new IllegalArgumentException(discriminator.length + " discriminator values for a " + gridSize + "² grid");
        }
        if (manifold.length != 2 * manifoldLines * manifoldLines) {
            throw new IllegalArgumentException(manifold.length + " manifold values for " + manifoldLines + "² points");
        }
        if (arrowOrigins.length != arrowVectors.length || arrowOrigins.length % 2 != 0) {
            throw new IllegalArgumentException("arrow origins and vectors differ in length");
        }
        discriminator = discriminator.clone();
        manifold = manifold.clone();
        arrowOrigins = arrowOrigins.clone();
        arrowVectors = arrowVectors.clone();
    }

    /** The x of column {@code column}'s cell centres. */
    public static double cellX(double range, int gridSize, int column) {
        return -range + (column + 0.5) * 2 * range / gridSize;
    }

    /** The y of row {@code row}'s cell centres (row 0 at the top). */
    public static double cellY(double range, int gridSize, int row) {
        return range - (row + 0.5) * 2 * range / gridSize;
    }

    /** D's output in cell ({@code row}, {@code column}), without copying. */
    public float discriminatorAt(int row, int column) {
        return discriminator[row * gridSize + column];
    }

    /** Coordinate {@code j} (0 = x, 1 = y) of manifold point ({@code a}, {@code b}), without copying. */
    public float manifoldAt(int a, int b, int j) {
        return manifold[2 * (b * manifoldLines + a) + j];
    }

    /** Points on the noise curve, 0 for 2-D noise. */
    public int curvePoints() {
        return curve.length / 2;
    }

    /** Coordinate {@code j} of noise-curve point {@code i}, without copying. */
    public float curveAt(int i, int j) {
        return curve[2 * i + j];
    }

    public int arrowCount() {
        return arrowOrigins.length / 2;
    }

    /** Coordinate {@code j} of arrow {@code i}'s origin, without copying. */
    public float arrowOrigin(int i, int j) {
        return arrowOrigins[2 * i + j];
    }

    /** Coordinate {@code j} of arrow {@code i}'s vector, without copying. */
    public float arrowVector(int i, int j) {
        return arrowVectors[2 * i + j];
    }

    @Override
    public float[] discriminator() {
        return discriminator.clone();
    }

    @Override
    public float[] manifold() {
        return manifold.clone();
    }

    @Override
    public float[] arrowOrigins() {
        return arrowOrigins.clone();
    }

    @Override
    public float[] curve() {
        return curve.clone();
    }

    @Override
    public float[] arrowVectors() {
        return arrowVectors.clone();
    }
}
