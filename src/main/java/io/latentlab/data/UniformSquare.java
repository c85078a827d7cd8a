package io.latentlab.data;

import java.util.Random;

/** Uniform on the square [−h, h]² ({@code square}: h = 2, density 1/16 inside). */
public final class UniformSquare implements ToyDistribution, KnownDensity {

    private final double half;

    public UniformSquare(double half) {
        if (!(half > 0 && half <= 100)) {
            throw new IllegalArgumentException("half side must be in (0, 100], was " + half);
        }
        this.half = half;
    }

    public static UniformSquare square() {
        return new UniformSquare(2);
    }

    @Override
    public String name() {
        return "square";
    }

    @Override
    public int dimension() {
        return 2;
    }

    public double halfSide() {
        return half;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < 2 * n; i++) {
            out.put(i, (float) (half * (2 * rng.nextDouble() - 1)));
        }
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 2);
        boolean inside = Math.abs(point[0]) <= half && Math.abs(point[1]) <= half;
        return inside ? 1 / (4 * half * half) : 0;
    }
}
