package io.latentlab.data;

/**
 * The true factors behind one image of the shapes dataset, to hold a latent slider against.
 *
 * @param kind     which shape (the image's label is its ordinal)
 * @param scale    the shape's radius as a fraction of {@link ShapesDataset#MAX_RADIUS}, in
 *                 [{@link ShapesDataset#MIN_SCALE}, 1]
 * @param rotation counter-clockwise on screen, in radians, in [0, {@link ShapeKind#period()})
 * @param x        the centroid's column in pixels from the left edge (pixel c spans [c, c+1])
 * @param y        the centroid's row in pixels from the top edge
 */
public record ShapeFactors(ShapeKind kind, double scale, double rotation, double x, double y) {

    public ShapeFactors {
        if (kind == null) {
            throw new IllegalArgumentException("a shape needs a kind");
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale " + scale + " is outside (0, 1]");
        }
        if (!Double.isFinite(rotation) || !Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("rotation and position must be finite: " + rotation + ", " + x + ", " + y);
        }
    }

    /** The shape's radius in pixels: its farthest point from the centroid. */
    public double radius() {
        return scale * ShapesDataset.MAX_RADIUS;
    }
}
