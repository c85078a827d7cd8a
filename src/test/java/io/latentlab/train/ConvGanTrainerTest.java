package io.latentlab.train;

import io.latentlab.data.BlobImages;
import io.latentlab.data.ImageSet;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanKind;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short runs of the convolutional GAN trainer: the discriminator learns, the conditional parts move and sample consistently. */
class ConvGanTrainerTest {

    private static final int BATCH = 8;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    private static ConvGanSettings settings(GanLoss loss, boolean spectral) {
        return new ConvGanSettings(loss, 2e-4, BATCH, 5, spectral, 1);
    }

    @Test
    void discriminatorLearnsToTellBlobsFromTheUntrainedGenerator() {
        ImageSet blobs = BlobImages.of(BATCH * 25, 28, 3);
        ConvGanTrainer trainer = new ConvGanTrainer(ConvGan.create(ConvGanKind.DCGAN, 64, List.of(), 11), settings(GanLoss.NON_SATURATING, false));
        float[] x = new float[BATCH * 784];
        int[] labels = new int[BATCH];
        ConvGanStepMetrics first = null;
        ConvGanStepMetrics last = null;
        for (int s = 0; s < 25; s++) {
            System.arraycopy(blobs.pixelsView(), s * BATCH * 784, x, 0, x.length);
            last = trainer.step(x, labels, BATCH);
            if (first == null) {
                first = last;
            }
        }
        assertEquals(25, trainer.iteration());
        assertTrue(first.dLoss() > 1.0, "an untrained D is near log 4: " + first);
        assertTrue(last.dLoss() < 0.7 * first.dLoss(), "D's loss fell: " + first + " → " + last);
        assertTrue(last.dReal() > last.dFake() + 0.3, "D tells real from fake: " + last);
    }

    @Test
    void twoThreadsTakeTheSameStepsAsOne() {
        // StepThreads splits im2col, col2im and the activations by image (exact: StepThreadsTest);
        // OpenBLAS's threaded products may differ in the last bits, which Adam's first steps (about
        // lr per parameter whatever the gradient's size) can turn into differences of up to lr
        float[] x = BlobImages.of(BATCH, 28, 6).pixels();
        int[] labels = new int[BATCH];
        ConvGanStepMetrics[] last = new ConvGanStepMetrics[2];
        for (int threads = 1; threads <= 2; threads++) {
            ConvGan gan = ConvGan.create(ConvGanKind.DCGAN, 64, List.of(), 13);
            ConvGanTrainer trainer = new ConvGanTrainer(gan, new ConvGanSettings(GanLoss.NON_SATURATING, 2e-4, BATCH, 5, false, threads));
            for (int s = 0; s < 3; s++) {
                last[threads - 1] = trainer.step(x, labels, BATCH);
            }
        }
        assertEquals(last[0].dLoss(), last[1].dLoss(), 1e-4 * Math.abs(last[0].dLoss()) + 1e-6);
        assertEquals(last[0].gLoss(), last[1].gLoss(), 1e-4 * Math.abs(last[0].gLoss()) + 1e-6);
        assertEquals(last[0].dReal(), last[1].dReal(), 1e-4);
        assertEquals(last[0].dFake(), last[1].dFake(), 1e-4);
    }

    @Test
    void everyLossButWganGpTrainsAndWganGpIsRefusedWithWhatToUse() {
        float[] x = BlobImages.of(BATCH, 28, 4).pixels();
        for (GanLoss loss : List.of(GanLoss.MINIMAX, GanLoss.LEAST_SQUARES, GanLoss.HINGE)) {
            ConvGanTrainer trainer = new ConvGanTrainer(ConvGan.create(ConvGanKind.DCGAN, 64, List.of(), 1), settings(loss, true));
            ConvGanStepMetrics m = trainer.step(x, null, BATCH);
            assertTrue(Double.isFinite(m.dLoss()) && Double.isFinite(m.gLoss()), loss + ": " + m);
        }
        var e = assertThrows(io.latentlab.data.BadInputException.class, () -> settings(GanLoss.WASSERSTEIN_GP, false));
        assertTrue(e.getMessage().contains("use --loss hinge or least-squares"), e.getMessage());
    }

    @Test
    void conditionalGanMovesItsPerClassNormalisationAndSamplesAsTheLeanPathDoes() {
        List<String> names = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        ConvGan gan = ConvGan.create(ConvGanKind.CGAN, 64, names, 21);
        assertEquals(539_969 + 10 * 6272 + 2 * 10 * 64, gan.generatorParameters()); // one-hot inputs to the Linear, per-class γ and β
        float[] before = gan.conditionalNorm().params().toFloatVector();
        ConvGanTrainer trainer = new ConvGanTrainer(gan, settings(GanLoss.NON_SATURATING, false));
        float[] x = BlobImages.of(BATCH, 28, 5).pixels();
        int[] labels = {0, 1, 2, 3, 4, 5, 6, 7};
        for (int s = 0; s < 3; s++) {
            trainer.step(x, labels, BATCH);
        }
        float[] after = gan.conditionalNorm().params().toFloatVector();
        int moved = 0;
        for (int i = 0; i < before.length; i++) {
            moved += before[i] != after[i] ? 1 : 0;
        }
        // classes 8 and 9 were never seen: their γ and β stay; the eight seen classes' all move
        assertEquals(2 * 8 * 64, moved);

        Random rng = new Random(2);
        int n = 6;
        float[] z = new float[n * 64];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        int[] classes = {9, 0, 3, 3, 7, 1};
        float[] viaModel = gan.pixels(z, classes, n);
        ConvStack g = new ConvStack(gan.generator(), new int[] {1, 1, 74}, -1, gan.conditionalNorm(),
                Nd4j.create(DataType.FLOAT, gan.conditionalNorm().params().length()));
        ConvStack.Pass pass = g.pass(n);
        float[] input = new float[n * 74];
        for (int i = 0; i < n; i++) {
            System.arraycopy(z, i * 64, input, i * 74, 64);
            input[i * 74 + 64 + classes[i]] = 1;
        }
        pass.input().set(input);
        float[] lean = g.forward(pass, false, classes).toArray();
        for (int k = 0; k < lean.length; k++) {
            lean[k] = Math.min(1f, Math.max(0f, (lean[k] + 1) / 2));
        }
        ConvStackTest.assertClose(lean, viaModel, 1e-4, "conditional samples, DL4J with per-class γ/β against the lean path");
        assertFalse(java.util.Arrays.equals(gan.pixels(z, new int[] {0, 0, 0, 0, 0, 0}, n), viaModel), "the class changes the image");
    }
}
