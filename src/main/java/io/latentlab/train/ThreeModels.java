package io.latentlab.train;

import io.latentlab.data.LabelledPoints;
import io.latentlab.density.ClassConditionalDensity;
import io.latentlab.density.FittedDensity;
import io.latentlab.density.Grid;

import java.util.Random;

/**
 * The lecture's opening contrast fitted to one labelled 2-D data set: a discriminative
 * classifier p(y | x) ({@link SoftmaxClassifier}), a generative model p(x) of the points with
 * their labels ignored ({@link FittedDensity}), and a conditional generative model p(x | y)
 * ({@link ClassConditionalDensity}), whose Bayes' rule gives a second, generative classifier.
 * Everything the three panels draw is here, on one shared grid: an immutable snapshot, made on
 * a worker thread. Held-out points (a fresh draw of the same size) measure both classifiers.
 */
public final class ThreeModels {

    /** Grid points along the longer axis of the plotted range. */
    public static final int GRID_SIDE = 160;
    /** At most this many samples from p(x), and as many from p(x | y) in all: enough to see, few enough to see through. */
    public static final int SAMPLES = 150;
    /** The plotted range's shorter side is at least this share of its longer one. */
    static final double MIN_ASPECT = 0.8;

    private final ThreeModelsSettings settings;
    private final LabelledPoints data;
    private final LabelledPoints heldOut;
    private final SoftmaxClassifier classifier;
    private final FittedDensity joint;
    private final ClassConditionalDensity conditional;
    private final Grid grid;
    private final double[][] classifierProbabilities;
    private final double[] jointDensity;
    private final double[][] classDensities;
    private final double[][] bayesProbabilities;
    private final Samples samples;

    /** Points drawn from p(x) and from each p(x | y), with the seed that drew them. */
    public record Samples(long seed, double[] joint, LabelledPoints conditional) {
    }

    private ThreeModels(ThreeModelsSettings settings, LabelledPoints data, LabelledPoints heldOut,
                        SoftmaxClassifier classifier, FittedDensity joint, ClassConditionalDensity conditional, Grid grid,
                        double[][] classifierProbabilities, double[] jointDensity, double[][] classDensities,
                        double[][] bayesProbabilities, Samples samples) {
        this.settings = settings;
        this.data = data;
        this.heldOut = heldOut;
        this.classifier = classifier;
        this.joint = joint;
        this.conditional = conditional;
        this.grid = grid;
        this.classifierProbabilities = classifierProbabilities;
        this.jointDensity = jointDensity;
        this.classDensities = classDensities;
        this.bayesProbabilities = bayesProbabilities;
        this.samples = samples;
    }

    /** Draws the data and fits all three models; slow (up to a second): call it off the FX thread. */
    public static ThreeModels fit(ThreeModelsSettings settings) {
        LabelledPoints data = settings.data().sample(settings.points(), settings.seed());
        LabelledPoints heldOut = settings.data().sample(settings.points(), settings.seed() + 1_000_003);
        SoftmaxClassifier classifier = SoftmaxClassifier.fit(settings.classifier(), data, settings.seed());
        FittedDensity joint = FittedDensity.fit(settings.density(), data.xy(), settings.seed());
        ClassConditionalDensity conditional = ClassConditionalDensity.fit(settings.density(), data, settings.seed());
        Grid grid = gridAround(data);
        return new ThreeModels(settings, data, heldOut, classifier, joint, conditional, grid,
                classifier.probabilities(grid), joint.density(grid), conditional.densities(grid),
                conditional.posterior(grid), draw(joint, conditional, data, settings.seed()));
    }

    /** The same fits with new samples drawn from the two generative models, seeded by {@code seed}. */
    public ThreeModels withSamples(long seed) {
        return new ThreeModels(settings, data, heldOut, classifier, joint, conditional, grid, classifierProbabilities,
                jointDensity, classDensities, bayesProbabilities, draw(joint, conditional, data, seed));
    }

    private static Samples draw(FittedDensity joint, ClassConditionalDensity conditional, LabelledPoints data, long seed) {
        Random rng = new Random(seed ^ 0x5DEECE66DL);
        int k = data.classCount();
        int total = Math.max(k, Math.min(SAMPLES, data.count() / 3));
        double[] fromJoint = joint.sample(total, rng);
        int perClass = Math.max(1, total / k);
        double[] xy = new double[2 * perClass * k];
        int[] labels = new int[perClass * k];
        for (int c = 0; c < k; c++) {
            System.arraycopy(conditional.sample(c, perClass, rng), 0, xy, 2 * c * perClass, 2 * perClass);
            java.util.Arrays.fill(labels, c * perClass, (c + 1) * perClass, c);
        }
        return new Samples(seed, fromJoint, new LabelledPoints(xy, labels, data.classNames()));
    }

    /**
     * The data's bounding box widened by a sixth of its longer side, its shorter side then to at
     * least {@link #MIN_ASPECT} of the longer (three panels side by side leave room to spare
     * in height, not in width), sampled in about square cells.
     */
    private static Grid gridAround(LabelledPoints data) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < data.count(); i++) {
            x0 = Math.min(x0, data.x(i));
            x1 = Math.max(x1, data.x(i));
            y0 = Math.min(y0, data.y(i));
            y1 = Math.max(y1, data.y(i));
        }
        double margin = Math.max(x1 - x0, y1 - y0) / 6 + 1e-6;
        x0 -= margin;
        x1 += margin;
        y0 -= margin;
        y1 += margin;
        double wider = Math.max(x1 - x0, y1 - y0);
        double padX = Math.max(0, MIN_ASPECT * wider - (x1 - x0)) / 2;
        double padY = Math.max(0, MIN_ASPECT * wider - (y1 - y0)) / 2;
        x0 -= padX;
        x1 += padX;
        y0 -= padY;
        y1 += padY;
        double step = Math.max(x1 - x0, y1 - y0) / (GRID_SIDE - 1);
        int nx = Math.max(2, (int) Math.round((x1 - x0) / step) + 1);
        int ny = Math.max(2, (int) Math.round((y1 - y0) / step) + 1);
        return Grid.of(x0, x0 + step * (nx - 1), nx, y0, y0 + step * (ny - 1), ny);
    }

    public ThreeModelsSettings settings() {
        return settings;
    }

    /** The points all three models are fitted to. */
    public LabelledPoints data() {
        return data;
    }

    public SoftmaxClassifier classifier() {
        return classifier;
    }

    /** p(x), fitted to the points with their labels ignored. */
    public FittedDensity joint() {
        return joint;
    }

    /** p(x | y) and p(y). */
    public ClassConditionalDensity conditional() {
        return conditional;
    }

    /** The grid every field below is on (x fastest), covering the data with a margin. */
    public Grid grid() {
        return grid;
    }

    /** The classifier's p(y | x): [class][grid point]. Do not modify. */
    public double[][] classifierProbabilities() {
        return classifierProbabilities;
    }

    /** p(x) on the grid. Do not modify. */
    public double[] jointDensity() {
        return jointDensity;
    }

    /** p(x | y) on the grid: [class][grid point]. Do not modify. */
    public double[][] classDensities() {
        return classDensities;
    }

    /** Bayes' rule p(y | x) ∝ p(x | y)·p(y) on the grid: [class][grid point]. Do not modify. */
    public double[][] bayesProbabilities() {
        return bayesProbabilities;
    }

    public Samples samples() {
        return samples;
    }

    /** The classifier's accuracy on held-out points. */
    public double classifierAccuracy() {
        return classifier.accuracy(heldOut);
    }

    /** The generative classifier's (Bayes' rule on p(x | y)) accuracy on held-out points. */
    public double bayesAccuracy() {
        int right = 0;
        for (int i = 0; i < heldOut.count(); i++) {
            right += conditional.predict(heldOut.x(i), heldOut.y(i)) == heldOut.label(i) ? 1 : 0;
        }
        return (double) right / heldOut.count();
    }

    /** The share of the grid where the two classifiers pick the same class. */
    public double agreement() {
        int same = 0;
        for (int i = 0; i < grid.size(); i++) {
            same += argmax(classifierProbabilities, i) == argmax(bayesProbabilities, i) ? 1 : 0;
        }
        return (double) same / grid.size();
    }

    /**
     * The share of the data where the two classifiers pick the same class: their agreement on
     * the grid weighted by p(x). Where they differ, there is usually no data to tell them apart.
     */
    public double agreementWhereDataLies() {
        double same = 0;
        double all = 0;
        for (int i = 0; i < grid.size(); i++) {
            all += jointDensity[i];
            same += argmax(classifierProbabilities, i) == argmax(bayesProbabilities, i) ? jointDensity[i] : 0;
        }
        return all > 0 ? same / all : 1;
    }

    /** The class with the largest value at grid point {@code i}. */
    public static int argmax(double[][] perClass, int i) {
        int best = 0;
        for (int c = 1; c < perClass.length; c++) {
            if (perClass[c][i] > perClass[best][i]) {
                best = c;
            }
        }
        return best;
    }
}
