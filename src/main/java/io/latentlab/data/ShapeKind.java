package io.latentlab.data;

/**
 * The shapes of the procedural shapes dataset, each described in its own unit frame (y up) with
 * its centroid at the origin and its farthest point at distance 1, so that a shape's position is
 * its centre of mass and its scale its radius. The label of a shape image is its kind's ordinal.
 */
public enum ShapeKind {

    /** A square; looks the same after a quarter turn. */
    SQUARE(Math.PI / 2),
    /** An ellipse with axes 1 and {@value #ELLIPSE_ASPECT}; looks the same after a half turn. */
    ELLIPSE(Math.PI),
    /** A heart, point down when not rotated; needs a full turn. */
    HEART(2 * Math.PI);

    /** The ellipse's minor axis over its major axis. */
    public static final double ELLIPSE_ASPECT = 0.55;
    private static final double HALF_SIDE = Math.sqrt(0.5);
    private static final HeartFrame HEART_FRAME = HeartFrame.measure();

    private final double period;

    ShapeKind(double period) {
        this.period = period;
    }

    /** The smallest rotation, in radians, that maps the shape onto itself. */
    public double period() {
        return period;
    }

    /** The label of this kind in the dataset, lower-case: "square", "ellipse", "heart". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the point (u, v) of the shape's unit frame is inside it. */
    public boolean contains(double u, double v) {
        return switch (this) {
            case SQUARE -> Math.abs(u) <= HALF_SIDE && Math.abs(v) <= HALF_SIDE;
            case ELLIPSE -> u * u + v * v / (ELLIPSE_ASPECT * ELLIPSE_ASPECT) <= 1;
            case HEART -> HEART_FRAME.contains(u, v);
        };
    }

    /**
     * The heart curve (x² + y² − 1)³ ≤ x²y³, moved so its centroid is at the origin and scaled so
     * its farthest point is at 1; centroid and radius are measured once on a fine grid.
     */
    private record HeartFrame(double cx, double cy, double radius) {

        private static final int GRID = 600;
        private static final double EXTENT = 1.5;

        static boolean raw(double x, double y) {
            double r = x * x + y * y - 1;
            return r * r * r <= x * x * y * y * y;
        }

        static HeartFrame measure() {
            double step = 2 * EXTENT / GRID;
            double sx = 0;
            double sy = 0;
            long n = 0;
            for (int i = 0; i < GRID; i++) {
                for (int j = 0; j < GRID; j++) {
                    double x = -EXTENT + (i + 0.5) * step;
                    double y = -EXTENT + (j + 0.5) * step;
                    if (raw(x, y)) {
                        sx += x;
                        sy += y;
                        n++;
                    }
                }
            }
            double cx = sx / n;
            double cy = sy / n;
            double far = 0;
            for (int i = 0; i < GRID; i++) {
                for (int j = 0; j < GRID; j++) {
                    double x = -EXTENT + (i + 0.5) * step;
                    double y = -EXTENT + (j + 0.5) * step;
                    if (raw(x, y)) {
                        far = Math.max(far, Math.hypot(x - cx, y - cy));
                    }
                }
            }
            return new HeartFrame(cx, cy, far + step);
        }

        boolean contains(double u, double v) {
            // the curve's lobes are at the top in its own frame; the dataset's heart points down at rotation 0
            return raw(u * radius + cx, v * radius + cy);
        }
    }
}
