package io.latentlab.data;

import org.apache.commons.math3.special.Erf;

import java.util.Random;

/**
 * Points uniform along a straight segment, blurred by isotropic Gaussian noise: the simplest
 * 2-D shape a generator has to fold its noise onto ({@code line}).
 */
public final class NoisySegment implements ToyDistribution, KnownDensity {

    private final String name;
    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final double noise;
    private final double length;

    public NoisySegment(String name, double x0, double y0, double x1, double y1, double noise) {
        this.length = Math.hypot(x1 - x0, y1 - y0);
        if (!(length > 0) || !(noise > 0)) {
            throw new IllegalArgumentException("the segment must have a length > 0 and noise > 0, were "
                    + length + " and " + noise);
        }
        this.name = name;
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.noise = noise;
    }

    /** From (−2, −1) to (2, 1), noise standard deviation 0.05. */
    public static NoisySegment line() {
        return new NoisySegment("line", -2, -1, 2, 1, 0.05);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double t = rng.nextDouble();
            out.put(2 * i, (float) (x0 + t * (x1 - x0) + noise * rng.nextGaussian()));
            out.put(2 * i + 1, (float) (y0 + t * (y1 - y0) + noise * rng.nextGaussian()));
        }
    }

    /**
     * Uniform along the segment convolved with the Gaussian: along the segment
     * (Φ((L−s)/σ) − Φ(−s/σ))/L for a distance s from the start, times φ across it.
     */
    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 2);
        double ux = (x1 - x0) / length;
        double uy = (y1 - y0) / length;
        double dx = point[0] - x0;
        double dy = point[1] - y0;
        double along = dx * ux + dy * uy;
        double across = -dx * uy + dy * ux;
        double root2 = Math.sqrt(2) * noise;
        double alongMass = 0.5 * (Erf.erf((length - along) / root2) - Erf.erf(-along / root2));
        return alongMass / length * KnownDensity.standardNormal(across / noise) / noise;
    }
}
