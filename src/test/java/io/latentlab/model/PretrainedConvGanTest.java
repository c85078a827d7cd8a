package io.latentlab.model;

import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped image GANs open, are the peer's networks, and draw images with ink on a dark ground. */
class PretrainedConvGanTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void dcganAndCganOpenAndDrawDigitLikeImages() {
        LoadedConvGan dcgan = ConvGanFile.load(Path.of("pretrained", "mnist-dcgan.lab.zip"));
        assertEquals(ConvGanKind.DCGAN, dcgan.model().kind());
        assertEquals(539_969, dcgan.model().generatorParameters());
        assertEquals(138_817, dcgan.model().discriminatorParameters());
        assertTrue(dcgan.card().trainingSteps() >= 2814, "at least 3 epochs of MNIST");
        checkInk(dcgan.model().pixels(LatentImages.priorDraws(16, 64, 1), new int[16], 16));

        LoadedConvGan cgan = ConvGanFile.load(Path.of("pretrained", "mnist-cgan.lab.zip"));
        assertEquals(ConvGanKind.CGAN, cgan.model().kind());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), cgan.model().classNames());
        int[] labels = new int[16];
        for (int i = 0; i < 16; i++) {
            labels[i] = i % 10;
        }
        checkInk(cgan.model().pixels(LatentImages.priorDraws(16, 64, 2), labels, 16));
    }

    /** MNIST digits are mostly background: a dark mean, with some bright strokes in every image. */
    private static void checkInk(float[] pixels) {
        int n = pixels.length / 784;
        for (int i = 0; i < n; i++) {
            double mean = 0;
            int bright = 0;
            for (int p = 0; p < 784; p++) {
                float v = pixels[i * 784 + p];
                assertTrue(v >= 0 && v <= 1);
                mean += v / 784;
                bright += v > 0.7 ? 1 : 0;
            }
            assertTrue(mean < 0.35 && bright > 20, "image " + i + ": mean " + mean + ", " + bright + " bright pixels");
        }
    }
}
