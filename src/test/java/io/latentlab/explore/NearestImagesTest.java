package io.latentlab.explore;

import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exact nearest images: the same as a brute-force loop, and a real image's nearest is itself. */
class NearestImagesTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void findsWhatABruteForceLoopFinds() {
        SplittableRandom random = new SplittableRandom(11);
        int count = 3000;
        int pixels = 784;
        float[] images = new float[count * pixels];
        for (int i = 0; i < images.length; i++) {
            images[i] = random.nextDouble() < 0.8 ? 0f : (float) random.nextDouble();
        }
        int[] labels = IntStream.range(0, count).map(i -> i % 10).toArray();
        NearestImages index = new NearestImages("random", images, labels, count, pixels);
        int queries = 70; // more than one block of queries
        float[] q = new float[queries * pixels];
        for (int i = 0; i < q.length; i++) {
            q[i] = random.nextDouble() < 0.8 ? 0f : (float) random.nextDouble();
        }
        List<List<Neighbour>> found = index.nearest(q, queries, 8);
        for (int j = 0; j < queries; j++) {
            double[] exact = new double[count];
            for (int n = 0; n < count; n++) {
                double s = 0;
                for (int i = 0; i < pixels; i++) {
                    double d = q[j * pixels + i] - images[n * pixels + i];
                    s += d * d;
                }
                exact[n] = Math.sqrt(s);
            }
            Integer[] order = IntStream.range(0, count).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble(n -> exact[n]));
            for (int r = 0; r < 8; r++) {
                Neighbour got = found.get(j).get(r);
                assertEquals(order[r], got.index(), "query " + j + " rank " + r);
                assertEquals(exact[order[r]], got.distance(), 1e-4);
                assertEquals(order[r] % 10, got.label());
            }
        }
    }

    @Test
    void aTestImagesNearestIsItselfAtDistanceZero() {
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        NearestImages index = new NearestImages(mnist.name(), mnist.pixelsView(), mnist.labels(), mnist.count(), mnist.size());
        List<Neighbour> near = index.nearest(index.image(1234), 8);
        assertEquals(1234, near.get(0).index());
        assertEquals(0, near.get(0).distance(), 1e-9);
        assertEquals(mnist.label(1234), near.get(0).label());
        for (int r = 1; r < 8; r++) {
            assertTrue(near.get(r).distance() >= near.get(r - 1).distance());
        }
        double typical = index.typicalNearestDistance(100, 1);
        // MNIST test digits: the nearest other digit is a few pixels' worth away, neither 0 nor as far as a random pair
        assertTrue(typical > 2 && typical < 10, "typical nearest distance " + typical);
    }
}
