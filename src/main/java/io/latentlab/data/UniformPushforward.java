package io.latentlab.data;

import org.apache.commons.math3.special.Erf;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/**
 * The lecture's pushforward examples: x ~ Uniform[0, 1] and the point g(x). What a generator
 * does with its noise, in one dimension, with densities that follow from the change of
 * variables p(y) = 1/|g′(g⁻¹(y))|. {@code uniform} is Uniform[0, 1] itself.
 */
public final class UniformPushforward implements ToyDistribution, KnownDensity {

    /** The maps g. */
    public enum Transform {
        /** g(x) = x: Uniform[0, 1], density 1 on [0, 1]. */
        IDENTITY(x -> x),
        /** g(x) = x²: density 1/(2√y) on (0, 1], mean 1/3, variance 4/45. */
        SQUARE(x -> x * x),
        /** g = Φ⁻¹, the standard normal's quantile function (inverse transform sampling): N(0, 1). */
        NORMAL_QUANTILE(UniformPushforward::normalQuantile);

        private final DoubleUnaryOperator g;

        Transform(DoubleUnaryOperator g) {
            this.g = g;
        }

        public double apply(double x) {
            return g.applyAsDouble(x);
        }
    }

    private final String name;
    private final Transform map;

    public UniformPushforward(String name, Transform map) {
        this.name = name;
        this.map = map;
    }

    public Transform map() {
        return map;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int dimension() {
        return 1;
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double x = rng.nextDouble();
            while (map == Transform.NORMAL_QUANTILE && x == 0) { // Φ⁻¹(0) = −∞
                x = rng.nextDouble();
            }
            out.put(i, (float) map.apply(x));
        }
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 1);
        double y = point[0];
        return switch (map) {
            case IDENTITY -> y >= 0 && y <= 1 ? 1 : 0;
            case SQUARE -> y > 0 && y <= 1 ? 1 / (2 * Math.sqrt(y)) : 0;
            case NORMAL_QUANTILE -> KnownDensity.standardNormal(y);
        };
    }

    /** Φ⁻¹(p) = √2·erf⁻¹(2p − 1), with Commons Math's inverse error function; ±∞ at 0 and 1. */
    public static double normalQuantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be in [0, 1], was " + p);
        }
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    /** Φ(y) = ½(1 + erf(y/√2)). */
    public static double normalCdf(double y) {
        return 0.5 * (1 + Erf.erf(y / Math.sqrt(2)));
    }
}
