package io.latentlab.judge;

import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ImageSet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The judge other tests lean on: right on held-out digits, and a tool that tells digits apart, not noise. */
class DigitJudgeTest {

    @Test
    void labelsHeldOutTestDigitsRightAtLeastNinetyFivePercentOfTheTime() {
        DigitJudge judge = DigitJudge.trained();
        assertTrue(judge.heldOutAccuracy() >= 0.95, () -> "held-out accuracy " + judge.heldOutAccuracy());
        System.out.printf("digit judge: held-out accuracy %.4f on %d images%n", judge.heldOutAccuracy(), DigitJudge.HELD_OUT);
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        int from = DigitJudge.TRAIN_IMAGES;
        float[] some = Arrays.copyOfRange(mnist.pixelsView(), from * DigitJudge.PIXELS, (from + 20) * DigitJudge.PIXELS);
        int[] said = judge.classify(some, 20);
        int right = 0;
        for (int i = 0; i < 20; i++) {
            right += said[i] == mnist.label(from + i) ? 1 : 0;
        }
        assertTrue(right >= 18, "right on " + right + " of 20");
        assertEquals(20, Arrays.stream(DigitJudge.histogram(said)).sum());
        assertArrayEquals(said, judge.classify(some, 20));
        assertTrue(DigitJudge.trained() == judge, "trained once per JVM");
        assertThrows(IllegalArgumentException.class, () -> judge.classify(new float[10], 1));
    }
}
