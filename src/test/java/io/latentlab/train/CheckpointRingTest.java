package io.latentlab.train;

import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The ring keeps the newest few finite copies, one per interval, and puts back the newest finite one. */
class CheckpointRingTest {

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void keepsTheNewestCopiesEveryIntervalAndRestoresTheNewestFinite() {
        INDArray a = Nd4j.createFromArray(1f, 2f, 3f);
        INDArray b = Nd4j.createFromArray(4f, 5f);
        List<INDArray> arrays = List.of(a, b);
        CheckpointRing ring = new CheckpointRing(10, 2);
        for (long step = 0; step <= 35; step++) {
            a.putScalar(0, step);
            if (ring.due(step)) {
                ring.take(step, arrays);
            }
        }
        assertEquals(List.of(20L, 30L), ring.checkpoints().stream().map(CheckpointRing.Checkpoint::iteration).toList());

        a.putScalar(1, Float.NaN);
        assertFalse(ring.take(36, arrays), "a copy with NaN is not kept");
        b.putScalar(0, Float.POSITIVE_INFINITY);
        CheckpointRing.Checkpoint back = ring.restoreNewestFinite(arrays);
        assertEquals(30, back.iteration());
        assertArrayEquals(new float[] {30, 2, 3}, a.toFloatVector());
        assertArrayEquals(new float[] {4, 5}, b.toFloatVector());

        ring.clear();
        assertNull(ring.restoreNewestFinite(arrays));
    }

    @Test
    void faultMessagesSayWhatHappenedAndWhatToTry() {
        TrainingFault fault = new TrainingFault(1234, new StepHealth.Problem("the generator loss", Double.NaN, false), 1200, "0.05");
        assertEquals("Paused at iteration 1,234: the generator loss became NaN. Parameters restored from iteration 1,200;"
                + " lower the learning rate (now 0.05) and press Play, or Reset.", fault.message());
        StepHealth.Problem exploding = StepHealth.of().loss("the loss", 2.5).gradientNorm("the gradient norm", 3.1e7).problem();
        assertEquals("the gradient norm reached 3.10e+07 (exploding gradients)", exploding.describe());
        assertNull(StepHealth.of().loss("the loss", 2.5).gradientNorm("the gradient norm", 12).problem());
        assertEquals("10000", TrainingFault.rate(1e4));
        assertEquals("0.0002", TrainingFault.rate(2e-4));
    }
}
