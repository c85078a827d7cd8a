package io.latentlab.data;

import java.util.Random;

/**
 * Uniform over three disjoint discs of radius 0.8 whose centres lie 1.6 from the origin at
 * 90°, 210° and 330° ({@code regions3}): a distribution with gaps, which a generator with a
 * connected noise space can only approach by stretching thin bridges between the regions.
 * The discs are equally likely; the density is 1/(3πr²) inside them.
 */
public final class ThreeDiscs implements ToyDistribution, KnownDensity {

    static final double CENTRE_DISTANCE = 1.6;
    static final double DISC_RADIUS = 0.8;
    private final double[][] centres = new double[3][];

    public ThreeDiscs() {
        for (int k = 0; k < 3; k++) {
            double angle = Math.PI / 2 + 2 * Math.PI * k / 3;
            centres[k] = new double[] {CENTRE_DISTANCE * Math.cos(angle), CENTRE_DISTANCE * Math.sin(angle)};
        }
    }

    @Override
    public String name() {
        return "regions3";
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** The discs' centres (not modes: the density is flat inside each disc). */
    public double[][] discCentres() {
        return new double[][] {centres[0].clone(), centres[1].clone(), centres[2].clone()};
    }

    @Override
    public void sample(Random rng, int n, PointSink out) {
        for (int i = 0; i < n; i++) {
            double[] c = centres[rng.nextInt(3)];
            double r = DISC_RADIUS * Math.sqrt(rng.nextDouble());
            double angle = 2 * Math.PI * rng.nextDouble();
            out.put(2 * i, (float) (c[0] + r * Math.cos(angle)));
            out.put(2 * i + 1, (float) (c[1] + r * Math.sin(angle)));
        }
    }

    @Override
    public double density(double[] point) {
        KnownDensity.checkDimension(point, 2);
        for (double[] c : centres) {
            if (Math.hypot(point[0] - c[0], point[1] - c[1]) <= DISC_RADIUS) {
                return 1 / (3 * Math.PI * DISC_RADIUS * DISC_RADIUS);
            }
        }
        return 0;
    }
}
