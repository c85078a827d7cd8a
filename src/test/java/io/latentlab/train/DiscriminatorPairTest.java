package io.latentlab.train;

import io.latentlab.data.BlobImages;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanKind;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** D's real and fake passes side by side on two threads take exactly the steps one thread takes. */
class DiscriminatorPairTest {

    private static final int BATCH = 6;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void twoThreadsGiveOneThreadsWeightsRunningStatisticsAndLosses() {
        for (ConvGanKind kind : List.of(ConvGanKind.DCGAN, ConvGanKind.CGAN)) {
            List<String> classes = kind.conditional() ? List.of("a", "b", "c") : List.of();
            float[] x = BlobImages.of(BATCH, 28, 31).pixels();
            int[] labels = {0, 1, 2, 2, 1, 0};
            ConvGan[] gans = new ConvGan[2];
            ConvGanStepMetrics[] last = new ConvGanStepMetrics[2];
            for (int threads = 1; threads <= 2; threads++) {
                gans[threads - 1] = ConvGan.create(kind, 16, classes, 41);
                ConvGanTrainer trainer = new ConvGanTrainer(gans[threads - 1],
                        new ConvGanSettings(GanLoss.NON_SATURATING, 2e-4, BATCH, 5, false, threads));
                for (int s = 0; s < 2; s++) {
                    last[threads - 1] = trainer.step(x, labels, s == 1 ? BATCH - 2 : BATCH); // a short last batch too
                }
            }
            // D's parameters include its batch normalisation's running mean and variance
            assertArrayEquals(gans[0].discriminator().params().data().asFloat(), gans[1].discriminator().params().data().asFloat(),
                    kind + " discriminator");
            assertArrayEquals(gans[0].generator().params().data().asFloat(), gans[1].generator().params().data().asFloat(),
                    kind + " generator");
            assertEquals(last[0], last[1], kind + " metrics");
        }
    }
}
