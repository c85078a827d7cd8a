package io.latentlab.explore;

import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soft class weights on the pretrained conditional models: a one-hot gives exactly the labelled
 * decode, a half-and-half mix a picture between the two classes'; interpolation strips on the VAE
 * start and end at the endpoints' decodes, and the lerp path's norm sags below slerp's.
 */
class MixedClassDecodeTest {

    private static final Path PRETRAINED = Path.of("pretrained");

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void oneHotWeightsDecodeAsTheLabelAndAnEvenMixLiesBetween() {
        for (String file : new String[] {"mnist-cvae-4.lab.zip", "mnist-cgan.lab.zip"}) {
            LatentModel model = LatentModels.open(PRETRAINED.resolve(file));
            int d = model.latentSize();
            float[] z = LatentImages.repeatedRows(LatentImages.priorDraws(1, d, 3), 1, d, 3);
            float[] weights = new float[3 * 10];
            weights[1] = 1;               // class 1
            weights[10 + 7] = 1;          // class 7
            weights[20 + 1] = 0.5f;       // half 1, half 7
            weights[20 + 7] = 0.5f;
            float[] mixed = model.decodeMixed(z, weights, 3);
            float[] hard = model.decode(Arrays.copyOf(z, 2 * d), new int[] {1, 7}, 2);
            // the same batch of two, one-hot weights against labels: bit for bit
            assertArrayEquals(hard, model.decodeMixed(Arrays.copyOf(z, 2 * d), Arrays.copyOf(weights, 20), 2), 0f, file);
            // a batch with a soft row takes DL4J's layers for the GAN, the lean path for a labelled decode: within 1e-4
            assertArrayEquals(hard, Arrays.copyOf(mixed, 2 * 784), 2e-4f, file);
            float[] one = Arrays.copyOfRange(mixed, 0, 784);
            float[] seven = Arrays.copyOfRange(mixed, 784, 2 * 784);
            float[] middle = Arrays.copyOfRange(mixed, 2 * 784, 3 * 784);
            double toOne = distance(middle, one);
            double toSeven = distance(middle, seven);
            double apart = distance(one, seven);
            assertTrue(toOne < apart && toSeven < apart && toOne > 0.05 * apart && toSeven > 0.05 * apart,
                    file + ": the mix is " + toOne + " from the 1 and " + toSeven + " from the 7, which are " + apart + " apart");
        }
        LatentModel vae = LatentModels.open(PRETRAINED.resolve("mnist-vae-2.lab.zip"));
        assertThrows(UnsupportedOperationException.class, () -> vae.decodeMixed(new float[2], new float[10], 1));
    }

    @Test
    void stripsOnTheVaeStartAndEndAtTheEndpointsAndLerpSagsInside() {
        LatentModel vae = LatentModels.open(PRETRAINED.resolve("mnist-vae-20.lab.zip"));
        float[] draws = LatentImages.priorDraws(2, 20, 1);
        float[] a = Arrays.copyOf(draws, 20);
        float[] b = Arrays.copyOfRange(draws, 20, 40);
        InterpolationStrip lerp = InterpolationStrip.of(vae, a, b, 0, 0, 9, Interpolation.Method.LINEAR);
        InterpolationStrip slerp = InterpolationStrip.of(vae, a, b, 0, 0, 9, Interpolation.Method.SPHERICAL);
        float[] ends = vae.decode(draws, null, 2);
        for (InterpolationStrip strip : new InterpolationStrip[] {lerp, slerp}) {
            assertEquals(9 * 784, strip.pixels().length);
            assertArrayEquals(Arrays.copyOf(ends, 784), Arrays.copyOf(strip.pixels(), 784), 1e-5f);
            assertArrayEquals(Arrays.copyOfRange(ends, 784, 1568), Arrays.copyOfRange(strip.pixels(), 8 * 784, 9 * 784), 1e-5f);
            assertEquals(null, strip.nearestLabels());
        }
        assertTrue(lerp.norms()[4] < slerp.norms()[4] - 0.5, "lerp " + lerp.norms()[4] + ", slerp " + slerp.norms()[4]);
        assertTrue(lerp.norms()[4] < vae.priorRadius(), "the lerp middle " + lerp.norms()[4] + " lies inside √20");
    }

    private static double distance(float[] x, float[] y) {
        double sq = 0;
        for (int i = 0; i < x.length; i++) {
            sq += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(sq);
    }
}
