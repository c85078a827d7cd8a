package io.latentlab.train;

import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lean generator makes DL4J's pictures (inference mode) for the pretrained DCGAN and conditional GAN. */
class LeanGeneratorTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void matchesDl4jOnThePretrainedGans() {
        for (String file : new String[] {"mnist-dcgan.lab.zip", "mnist-cgan.lab.zip"}) {
            ConvGan gan = ConvGanFile.load(Path.of("pretrained", file)).model();
            LeanGenerator lean = new LeanGenerator(gan.copy());
            int n = 3;
            float[] z = LatentImages.priorDraws(n, gan.latentSize(), 4);
            int[] labels = gan.classes() > 0 ? new int[] {0, 7, 9} : null;
            float[] expected = gan.pixels(z, labels, n);
            float[] actual = lean.pixels(z, labels, n);
            assertEquals(expected.length, actual.length);
            double worst = 0;
            for (int i = 0; i < expected.length; i++) {
                worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
            }
            assertEquals(0, worst, 1e-4, file + ": largest pixel difference");
            assertArrayEquals(actual, lean.pixels(z, labels, n), 0f, "the same pixels again");
            float[] one = lean.pixels(java.util.Arrays.copyOf(z, gan.latentSize()), labels == null ? null : new int[] {0}, 1);
            assertArrayEquals(java.util.Arrays.copyOf(actual, 784), one, 1e-5f, file + ": one picture as in a batch");
        }
    }
}
