package io.latentlab.train;

import io.latentlab.data.LabelledToyData;
import io.latentlab.density.DensityKind;

/**
 * What {@link ThreeModels} fits: the labelled data and how many points of it, the classifier's
 * kind, how the two generative models estimate a density, and the seed of the data, the fits
 * and the samples.
 */
public record ThreeModelsSettings(LabelledToyData data, int points, ClassifierKind classifier, DensityKind density,
                                  long seed) {

    /** The fewest points to fit to. */
    public static final int MIN_POINTS = 20;
    /** The most points to fit to. */
    public static final int MAX_POINTS = 5000;

    public ThreeModelsSettings {
        if (data == null || classifier == null || density == null) {
            throw new IllegalArgumentException("data, classifier and density must be given");
        }
        if (points < MIN_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("the number of points must be in " + MIN_POINTS + ".." + MAX_POINTS
                    + ", was " + points);
        }
    }

    /** Two moons, 400 points, a neural net, Gaussian mixtures, seed 1. */
    public static ThreeModelsSettings defaults() {
        return new ThreeModelsSettings(LabelledToyData.MOONS, 400, ClassifierKind.NEURAL_NET, DensityKind.MIXTURE, 1);
    }

    public ThreeModelsSettings withData(LabelledToyData d) {
        return new ThreeModelsSettings(d, points, classifier, density, seed);
    }

    public ThreeModelsSettings withPoints(int n) {
        return new ThreeModelsSettings(data, n, classifier, density, seed);
    }

    public ThreeModelsSettings withClassifier(ClassifierKind c) {
        return new ThreeModelsSettings(data, points, c, density, seed);
    }

    public ThreeModelsSettings withDensity(DensityKind d) {
        return new ThreeModelsSettings(data, points, classifier, d, seed);
    }

    public ThreeModelsSettings withSeed(long s) {
        return new ThreeModelsSettings(data, points, classifier, density, s);
    }
}
