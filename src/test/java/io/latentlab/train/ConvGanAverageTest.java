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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The convolutional GAN's moving average of the generator's weights: the average it should be, kept apart from training. */
class ConvGanAverageTest {

    private static final int BATCH = 4;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Test
    void averagedGeneratorIsTheRampedMovingAverageOfTheTrainedWeights() {
        double decay = 0.9;
        for (ConvGanKind kind : List.of(ConvGanKind.DCGAN, ConvGanKind.CGAN)) {
            List<String> classes = kind.conditional() ? List.of("a", "b", "c") : List.of();
            ConvGan gan = ConvGan.create(kind, 16, classes, 21);
            ConvGanTrainer trainer = new ConvGanTrainer(gan, new ConvGanSettings(GanLoss.NON_SATURATING, 2e-4, BATCH, 5, false, 1))
                    .keepingGeneratorAverage(decay);
            float[] expected = gan.generator().params().dup().data().asFloat();
            float[] expectedNorm = kind.conditional() ? gan.conditionalNorm().params().dup().data().asFloat() : null;
            float[] x = BlobImages.of(BATCH, 28, 8).pixels();
            int[] labels = {0, 1, 2, 1};
            for (int t = 1; t <= 3; t++) {
                trainer.step(x, labels, BATCH);
                float b = (float) Math.min(decay, (1.0 + t) / (10.0 + t));
                update(expected, gan.generator().params().data().asFloat(), b);
                if (expectedNorm != null) {
                    update(expectedNorm, gan.conditionalNorm().params().data().asFloat(), b);
                }
            }
            float[] live = gan.generator().params().dup().data().asFloat();
            ConvGan averaged = trainer.averaged();
            assertArrayEquals(expected, averaged.generator().params().data().asFloat(), 1e-7f, kind + " generator");
            assertNotEquals(live[0], expected[0], kind + ": the average lags the weights");
            assertArrayEquals(live, gan.generator().params().data().asFloat(), kind + ": training keeps its own weights");
            assertArrayEquals(gan.discriminator().params().data().asFloat(), averaged.discriminator().params().data().asFloat(),
                    kind + ": the discriminator is not averaged");
            if (expectedNorm != null) {
                assertArrayEquals(expectedNorm, averaged.conditionalNorm().params().data().asFloat(), 1e-7f, kind + " conditional norm");
            }
        }
    }

    @Test
    void withoutAnAverageTheModelIsItselfAndAnAverageStartsOnlyBeforeTheFirstStep() {
        ConvGan gan = ConvGan.create(ConvGanKind.DCGAN, 16, List.of(), 22);
        ConvGanTrainer trainer = new ConvGanTrainer(gan, new ConvGanSettings(GanLoss.NON_SATURATING, 2e-4, BATCH, 5, false, 1));
        assertSame(gan, trainer.averaged());
        trainer.step(BlobImages.of(BATCH, 28, 9).pixels(), new int[BATCH], BATCH);
        assertThrows(IllegalStateException.class, () -> trainer.keepingGeneratorAverage(0.999));
        assertThrows(IllegalArgumentException.class, () -> new ConvGanTrainer(ConvGan.create(ConvGanKind.DCGAN, 16, List.of(), 23),
                new ConvGanSettings(GanLoss.NON_SATURATING, 2e-4, BATCH, 5, false, 1)).keepingGeneratorAverage(1.0));
        assertEquals(1, trainer.iteration());
    }

    private static void update(float[] average, float[] params, float b) {
        for (int k = 0; k < average.length; k++) {
            average[k] = b * average[k] + (1 - b) * params[k];
        }
    }
}
