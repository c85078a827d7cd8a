package io.latentlab.explore;

import java.util.Arrays;

/**
 * A plane through a latent space: a base point and two orthonormal directions u and v. The point
 * at plane coordinates (a, b) is {@code base + a·u + b·v}; a latent vector's coordinates are its
 * projection onto the plane, {@code ((z − base)·u, (z − base)·v)}. The Map panel decodes a grid
 * over the plane (the manifold) and projects the encoded test set onto it (the scatter).
 *
 * <p>Three ways to choose the directions: two latent dimensions (for a 2-D latent the plane is
 * the whole space, and the grid is {@code LatentImages.planeGrid}'s), the first two principal
 * directions of a set of latent vectors, or two random orthogonal directions from a seed.
 */
public final class LatentPlane {

    private final double[] base;
    private final double[] u;
    private final double[] v;

    private LatentPlane(double[] base, double[] u, double[] v) {
        this.base = base;
        this.u = u;
        this.v = v;
    }

    /**
     * The plane through {@code base} along two directions, which are made orthonormal
     * (Gram–Schmidt: u is {@code first} scaled to unit length, v the part of {@code second}
     * orthogonal to it).
     */
    public static LatentPlane through(float[] base, double[] first, double[] second) {
        int d = base.length;
        if (first.length != d || second.length != d) {
            throw new IllegalArgumentException("directions of " + first.length + " and " + second.length
                    + " values for a base point of " + d);
        }
        double[] u = unit(first.clone(), "the first direction");
        double[] v = second.clone();
        double along = dot(v, u);
        for (int i = 0; i < d; i++) {
            v[i] -= along * u[i];
        }
        unit(v, "the second direction (apart from its part along the first)");
        return new LatentPlane(toDouble(base), u, v);
    }

    /** The plane of latent dimensions {@code x} and {@code y} (0-based) through {@code base}. */
    public static LatentPlane ofDimensions(float[] base, int x, int y) {
        int d = base.length;
        if (x < 0 || y < 0 || x >= d || y >= d || x == y) {
            throw new IllegalArgumentException("the plane needs two different dimensions in 0.." + (d - 1) + ", got " + x + " and " + y);
        }
        double[] u = new double[d];
        double[] v = new double[d];
        u[x] = 1;
        v[y] = 1;
        return new LatentPlane(toDouble(base), u, v);
    }

    /** The plane through {@code base} along the two directions of most variance of {@code encoded} (its principal directions). */
    public static LatentPlane ofPrincipalDirections(float[] base, EncodedImages encoded) {
        if (encoded.latentSize() != base.length) {
            throw new IllegalArgumentException("encoded vectors of " + encoded.latentSize() + " values for a base point of " + base.length);
        }
        if (base.length < 2) {
            throw new IllegalArgumentException("a plane needs a latent space of 2 or more dimensions, got " + base.length);
        }
        double[][] top = PrincipalDirections.ofPoints(encoded.z(), encoded.count(), encoded.latentSize()).directions();
        return through(base, top[0], top[1]);
    }

    /** The plane through {@code base} along two random orthogonal directions, the same for the same seed. */
    public static LatentPlane ofRandomDirections(float[] base, long seed) {
        int d = base.length;
        if (d < 2) {
            throw new IllegalArgumentException("a plane needs a latent space of 2 or more dimensions, got " + d);
        }
        float[] draws = io.latentlab.model.LatentImages.priorDraws(2, d, seed);
        double[] first = new double[d];
        double[] second = new double[d];
        for (int i = 0; i < d; i++) {
            first[i] = draws[i];
            second[i] = draws[d + i];
        }
        return through(base, first, second);
    }

    /** The latent dimension. */
    public int latentSize() {
        return base.length;
    }

    /** A copy of the base point. */
    public float[] base() {
        return toFloat(base);
    }

    /** A copy of the first direction (unit length). */
    public double[] u() {
        return u.clone();
    }

    /** A copy of the second direction (unit length, orthogonal to the first). */
    public double[] v() {
        return v.clone();
    }

    /** The latent vector at plane coordinates ({@code a}, {@code b}): {@code base + a·u + b·v}. */
    public float[] point(double a, double b) {
        float[] z = new float[base.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) (base[i] + a * u[i] + b * v[i]);
        }
        return z;
    }

    /** The plane coordinates (a, b) of latent vector {@code z}'s projection onto the plane. */
    public double[] coordinates(float[] z) {
        return project(z, 1);
    }

    /** The plane coordinates of {@code count} latent vectors (row-major): {@code a₀, b₀, a₁, b₁, …}. */
    public double[] project(float[] z, int count) {
        int d = base.length;
        if (z.length != count * d) {
            throw new IllegalArgumentException(z.length + " latent values are not " + count + " vectors of " + d);
        }
        double[] ab = new double[2 * count];
        for (int k = 0; k < count; k++) {
            double a = 0;
            double b = 0;
            for (int i = 0; i < d; i++) {
                double x = z[k * d + i] - base[i];
                a += x * u[i];
                b += x * v[i];
            }
            ab[2 * k] = a;
            ab[2 * k + 1] = b;
        }
        return ab;
    }

    /**
     * A {@code side × side} grid over [−extent, extent]² of plane coordinates, as latent vectors
     * (row-major), row by row from the top left: a grows to the right, b upwards, in the order of
     * {@code LatentImages.planeGrid}.
     */
    public float[] grid(int side, double extent) {
        float[] ab = io.latentlab.model.LatentImages.planeGrid(side, extent);
        int d = base.length;
        float[] z = new float[side * side * d];
        for (int k = 0; k < side * side; k++) {
            System.arraycopy(point(ab[2 * k], ab[2 * k + 1]), 0, z, k * d, d);
        }
        return z;
    }

    /** The plane coordinate of grid column or row {@code index} of {@code side}, as {@link #grid} lays them out. */
    public static double gridCoordinate(int index, int side, double extent) {
        return -extent + 2 * extent * index / (side - 1);
    }

    private static double[] unit(double[] x, String what) {
        double norm = Math.sqrt(dot(x, x));
        if (!(norm > 1e-9)) {
            throw new IllegalArgumentException(what + " has no length: it cannot span a plane");
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= norm;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] toDouble(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    @Override
    public String toString() {
        return "LatentPlane[base " + Arrays.toString(base()) + "]";
    }
}
