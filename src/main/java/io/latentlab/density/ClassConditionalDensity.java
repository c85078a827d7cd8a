package io.latentlab.density;

import io.latentlab.data.LabelledPoints;

import java.util.Random;

/**
 * The conditional generative model of labelled 2-D points: one {@link FittedDensity} p(x | y)
 * per class, fitted to that class's points alone, and the class priors p(y) (the classes'
 * shares of the points). By Bayes' rule it is also a classifier, the generative one:
 * {@code p(y | x) = p(x | y)·p(y) / Σ_y' p(x | y')·p(y')}. Immutable.
 */
public final class ClassConditionalDensity {

    private final FittedDensity[] densities;
    private final double[] priors;

    private ClassConditionalDensity(FittedDensity[] densities, double[] priors) {
        this.densities = densities;
        this.priors = priors;
    }

    /**
     * Fits one density of {@code kind} per class of {@code data}.
     *
     * @throws IllegalArgumentException when a class has fewer than 2 points
     */
    public static ClassConditionalDensity fit(DensityKind kind, LabelledPoints data, long seed) {
        int k = data.classCount();
        FittedDensity[] densities = new FittedDensity[k];
        double[] priors = new double[k];
        for (int c = 0; c < k; c++) {
            int n = data.count(c);
            if (n < 2) {
                throw new IllegalArgumentException("class '" + data.classNames().get(c) + "' has " + n
                        + " point(s); each class needs at least 2: draw more points");
            }
            densities[c] = FittedDensity.fit(kind, data.ofClass(c), seed + c);
            priors[c] = (double) n / data.count();
        }
        return new ClassConditionalDensity(densities, priors);
    }

    public int classCount() {
        return densities.length;
    }

    /** p(x | y = {@code label}). */
    public FittedDensity density(int label) {
        return densities[label];
    }

    /** p(y), the classes' shares of the training points. */
    public double[] priors() {
        return priors.clone();
    }

    /** p(x | y = c) on the grid for every class c: [c][grid point]. */
    public double[][] densities(Grid grid) {
        double[][] out = new double[densities.length][];
        for (int c = 0; c < densities.length; c++) {
            out[c] = densities[c].density(grid);
        }
        return out;
    }

    /**
     * The generative classifier's p(y | x) at every grid point: [c][grid point], computed from
     * log densities so that it stays exact far from the data. Where every class density is 0
     * (a kernel density far from all points) it is the priors.
     */
    public double[][] posterior(Grid grid) {
        int k = densities.length;
        double[][] logJoint = new double[k][];
        for (int c = 0; c < k; c++) {
            logJoint[c] = densities[c].logDensity(grid);
        }
        int m = grid.size();
        double[][] out = new double[k][m];
        for (int i = 0; i < m; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                logJoint[c][i] += Math.log(priors[c]);
                max = Math.max(max, logJoint[c][i]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += max == Double.NEGATIVE_INFINITY ? 0 : Math.exp(logJoint[c][i] - max);
            }
            for (int c = 0; c < k; c++) {
                out[c][i] = sum > 0 ? Math.exp(logJoint[c][i] - max) / sum : priors[c];
            }
        }
        return out;
    }

    /** The class the generative classifier picks at (x, y): the largest p(x | y)·p(y). */
    public int predict(double x, double y) {
        int best = 0;
        double bestValue = -1;
        for (int c = 0; c < densities.length; c++) {
            double v = densities[c].density(x, y) * priors[c];
            if (v > bestValue) {
                best = c;
                bestValue = v;
            }
        }
        return best;
    }

    /** {@code perClass} points drawn from p(x | y = {@code label}), row-major. */
    public double[] sample(int label, int perClass, Random rng) {
        return densities[label].sample(perClass, rng);
    }
}
