package io.latentlab.data;

import java.util.List;
import java.util.Random;

/**
 * Seeded 2-D toy data with class labels, for contrasting a classifier p(y | x) with the
 * generative models p(x) and p(x | y) on the same points. Each kind draws a class first (equally
 * likely), then a point of that class.
 */
public enum LabelledToyData {

    /** Two Gaussian blobs, centres (∓1.2, ∓0.6), standard deviations 0.5 and 0.7: nearly separable by a line. */
    BLOBS("blobs", "Two blobs", List.of("blob A", "blob B")),
    /** {@link TwoMoons} (noise 0.15), the upper moon class 0: separable, but not by a line. */
    MOONS("moons", "Two moons", List.of("upper moon", "lower moon")),
    /** Eight Gaussians (σ 0.2) on a circle of radius 2, alternate modes in alternate classes: no line comes close. */
    RING_HALVES("ring-halves", "Ring, alternate modes", List.of("even modes", "odd modes")),
    /** {@link ThreeDiscs}, one class per disc. */
    DISCS("regions3", "Three discs", List.of("top disc", "lower left", "lower right"));

    private static final double MOON_NOISE = 0.15;
    private static final double MOON_SCALE = 1.5;
    private static final int RING_MODES = 8;
    private static final double RING_RADIUS = 2;
    private static final double RING_STD = 0.2;

    private final String id;
    private final String title;
    private final List<String> classNames;

    LabelledToyData(String id, String title, List<String> classNames) {
        this.id = id;
        this.title = title;
        this.classNames = classNames;
    }

    /** The short name, e.g. {@code moons}. */
    public String id() {
        return id;
    }

    /** The name a teacher reads, e.g. "Two moons". */
    public String title() {
        return title;
    }

    public List<String> classNames() {
        return classNames;
    }

    public int classCount() {
        return classNames.size();
    }

    /** @throws BadInputException naming the known kinds when {@code id} is not one of them */
    public static LabelledToyData byId(String id) {
        for (LabelledToyData d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        StringBuilder known = new StringBuilder();
        for (LabelledToyData d : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(d.id);
        }
        throw new BadInputException("unknown labelled data '" + id + "': choose one of " + known);
    }

    /**
     * Draws {@code n} labelled points with a generator seeded by {@code seed}.
     *
     * @throws IllegalArgumentException for n below 2
     */
    public LabelledPoints sample(int n, long seed) {
        if (n < 2) {
            throw new IllegalArgumentException("need at least 2 points, was " + n);
        }
        Random rng = new Random(seed);
        double[] xy = new double[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int label = rng.nextInt(classCount());
            labels[i] = label;
            draw(label, rng, xy, 2 * i);
        }
        return new LabelledPoints(xy, labels, classNames);
    }

    private void draw(int label, Random rng, double[] out, int at) {
        switch (this) {
            case BLOBS -> {
                double sign = label == 0 ? -1 : 1;
                double std = label == 0 ? 0.5 : 0.7;
                out[at] = sign * 1.2 + std * rng.nextGaussian();
                out[at + 1] = sign * 0.6 + std * rng.nextGaussian();
            }
            case MOONS -> { // as TwoMoons, with the moon kept as the label
                double t = Math.PI * rng.nextDouble();
                boolean upper = label == 0;
                double x = (upper ? Math.cos(t) : 1 - Math.cos(t)) + MOON_NOISE * rng.nextGaussian();
                double y = (upper ? Math.sin(t) : 0.5 - Math.sin(t)) + MOON_NOISE * rng.nextGaussian();
                out[at] = MOON_SCALE * (x - 0.5);
                out[at + 1] = MOON_SCALE * (y - 0.25);
            }
            case RING_HALVES -> {
                int mode = 2 * rng.nextInt(RING_MODES / 2) + label;
                double angle = 2 * Math.PI * mode / RING_MODES;
                out[at] = RING_RADIUS * Math.cos(angle) + RING_STD * rng.nextGaussian();
                out[at + 1] = RING_RADIUS * Math.sin(angle) + RING_STD * rng.nextGaussian();
            }
            case DISCS -> {
                double angle = Math.PI / 2 + 2 * Math.PI * label / 3;
                double r = ThreeDiscs.DISC_RADIUS * Math.sqrt(rng.nextDouble());
                double theta = 2 * Math.PI * rng.nextDouble();
                out[at] = ThreeDiscs.CENTRE_DISTANCE * Math.cos(angle) + r * Math.cos(theta);
                out[at + 1] = ThreeDiscs.CENTRE_DISTANCE * Math.sin(angle) + r * Math.sin(theta);
            }
            default -> throw new IllegalStateException(name());
        }
    }

    @Override
    public String toString() {
        return title;
    }
}
