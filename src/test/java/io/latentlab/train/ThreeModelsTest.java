package io.latentlab.train;

import io.latentlab.data.LabelledPoints;
import io.latentlab.data.LabelledToyData;
import io.latentlab.density.DensityKind;
import io.latentlab.density.Grid;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three models of one labelled data set: a classifier, p(x) and p(x | y), in numbers. */
class ThreeModelsTest {

    private static ThreeModels fit(LabelledToyData data, ClassifierKind classifier, DensityKind density) {
        return ThreeModels.fit(new ThreeModelsSettings(data, 300, classifier, density, 7));
    }

    @Test
    void onBlobsBothClassifiersAreRightOnHeldOutPointsAndAgreeOnMostOfThePlane() {
        ThreeModels blobs = fit(LabelledToyData.BLOBS, ClassifierKind.LOGISTIC, DensityKind.MIXTURE);
        assertTrue(blobs.classifierAccuracy() >= 0.95, "held-out accuracy " + blobs.classifierAccuracy());
        assertTrue(blobs.bayesAccuracy() >= 0.95, "Bayes' rule's held-out accuracy " + blobs.bayesAccuracy());
        assertTrue(blobs.agreement() >= 0.8, "the two classifiers agree on " + blobs.agreement() + " of the grid");
        assertTrue(blobs.agreementWhereDataLies() >= 0.97, "where the data lies: " + blobs.agreementWhereDataLies());
    }

    @Test
    void aNeuralNetSeparatesTheRingsAlternateModesWhereALineCannot() {
        ThreeModels net = fit(LabelledToyData.RING_HALVES, ClassifierKind.NEURAL_NET, DensityKind.MIXTURE);
        ThreeModels line = fit(LabelledToyData.RING_HALVES, ClassifierKind.LOGISTIC, DensityKind.MIXTURE);
        assertTrue(net.classifierAccuracy() >= 0.95, "the net's held-out accuracy " + net.classifierAccuracy());
        assertTrue(line.classifierAccuracy() < 0.75, "a line separated alternate modes: " + line.classifierAccuracy());
        assertTrue(net.bayesAccuracy() >= 0.95, "Bayes' rule's held-out accuracy " + net.bayesAccuracy());
    }

    @Test
    void eachClassDensityIntegratesToOneOverTheGridAndTheProbabilitiesSumToOne() {
        ThreeModels moons = fit(LabelledToyData.MOONS, ClassifierKind.LOGISTIC, DensityKind.KERNEL);
        Grid g = moons.grid();
        double cell = (g.x1() - g.x0()) / (g.nx() - 1) * (g.y1() - g.y0()) / (g.ny() - 1);
        for (double[] density : moons.classDensities()) {
            assertEquals(1, sum(density) * cell, 0.03);
        }
        assertEquals(1, sum(moons.jointDensity()) * cell, 0.03);
        for (int i = 0; i < g.size(); i += 97) {
            assertEquals(1, moons.classifierProbabilities()[0][i] + moons.classifierProbabilities()[1][i], 1e-9);
            assertEquals(1, moons.bayesProbabilities()[0][i] + moons.bayesProbabilities()[1][i], 1e-9);
        }
    }

    @Test
    void samplesOfClassYLandNearClassYsDataAndNewSamplesDiffer() {
        ThreeModels discs = fit(LabelledToyData.DISCS, ClassifierKind.LOGISTIC, DensityKind.MIXTURE);
        LabelledPoints drawn = discs.samples().conditional();
        LabelledPoints data = discs.data();
        assertEquals(3 * (Math.min(ThreeModels.SAMPLES, data.count() / 3) / 3), drawn.count());
        int near = 0;
        for (int i = 0; i < drawn.count(); i++) {
            near += data.label(nearest(data, drawn.x(i), drawn.y(i))) == drawn.label(i) ? 1 : 0;
        }
        assertTrue(near >= 0.95 * drawn.count(), near + " of " + drawn.count() + " samples lie nearest their own class");
        ThreeModels again = discs.withSamples(99);
        assertEquals(discs.data().count(), again.data().count());
        assertTrue(again.samples().joint()[0] != discs.samples().joint()[0], "new samples");
    }

    private static int nearest(LabelledPoints data, double x, double y) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.count(); i++) {
            double d = Math.hypot(data.x(i) - x, data.y(i) - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
