package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.data.SyntheticImages;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image VAE and autoencoder learn on the lean path: a short seeded run on synthetic 14×14
 * images (the 512-wide hidden layers of the peer, a quarter of MNIST's pixels, so the run is short).
 */
class ImageAutoencoderTrainerTest {

    private static final int SIDE = 14;
    private static ImageSet train;
    private static ImageSet heldOut;

    @BeforeAll
    static void data() {
        Nd4jRuntime.init();
        train = SyntheticImages.of(2000, SIDE, SIDE, 21);
        ImageSet more = SyntheticImages.of(2500, SIDE, SIDE, 21); // the same W: the last 500 are images the run never sees
        heldOut = new ImageSet("held-out", 500, SIDE, SIDE, java.util.Arrays.copyOfRange(more.pixelsView(), 2000 * SIDE * SIDE, 2500 * SIDE * SIDE), null, 0);
    }

    /**
     * The least cross-entropy any model can reach on these grey (not black-and-white) images:
     * Σ H(x) over the pixels, per image. The tests measure the excess over it.
     */
    private static double entropyFloor(ImageSet images) {
        double total = 0;
        for (float x : images.pixelsView()) {
            total += BernoulliLikelihood.bce(Math.log(x / (1.0 - x)), x);
        }
        return total / images.count();
    }

    @Test
    void vaeNegativeElboExcessOverTheEntropyFloorFallsByFortyPercentInFourEpochs() {
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, SIDE, SIDE, 8, 5);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(vae, ImageTrainingSettings.defaults(5));
        VaeEvaluation.ElboEstimate before = VaeEvaluation.of(vae, heldOut, 1, 1);
        List<ImageStepMetrics> steps = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            trainer.epoch(train, steps::add);
        }
        VaeEvaluation.ElboEstimate after = VaeEvaluation.of(vae, heldOut, 1, 1);
        assertEquals(4 * 16, steps.size()); // ⌈2000 / 128⌉ = 16 steps an epoch
        assertEquals(64, trainer.iteration());
        double floor = entropyFloor(heldOut);
        assertTrue(after.negativeElbo() - floor < 0.6 * (before.negativeElbo() - floor), () -> floor + ": " + before + " → " + after);
        assertTrue(after.kl() > 0, after::toString);
        assertEquals(1, after.draws());
        double firstLoss = steps.get(0).negativeElbo();
        double lastLoss = steps.get(steps.size() - 1).negativeElbo();
        assertTrue(lastLoss < 0.85 * firstLoss, () -> firstLoss + " → " + lastLoss);
    }

    @Test
    void autoencoderHasNoKlTermAndItsExcessFallsBySixtyPercentInTwoEpochs() {
        ImageAutoencoder ae = ImageAutoencoder.create(AutoencoderKind.AE, SIDE, SIDE, 8, 5);
        assertEquals(8, ae.encoder().getLayer(1).getParam("W").size(1)); // μ only: no log σ²
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(ae, ImageTrainingSettings.defaults(5));
        VaeEvaluation.ElboEstimate before = VaeEvaluation.of(ae, heldOut, 3, 1);
        List<ImageStepMetrics> steps = new ArrayList<>();
        trainer.epoch(train, steps::add);
        trainer.epoch(train, steps::add);
        assertTrue(steps.stream().allMatch(m -> m.kl() == 0 && m.beta() == 0), "an autoencoder step has no KL term");
        VaeEvaluation.ElboEstimate after = VaeEvaluation.of(ae, heldOut, 3, 1);
        assertEquals(0, after.kl());
        assertEquals(0, after.draws());
        assertTrue(after.method().contains("no KL"), after.method());
        double floor = entropyFloor(heldOut);
        assertTrue(after.reconstruction() - floor < 0.4 * (before.reconstruction() - floor), () -> floor + ": " + before + " → " + after);
    }

    @Test
    void sameSeedSameRunAndAShortLastBatch() {
        ImageSet odd = SyntheticImages.of(129, SIDE, SIDE, 2); // one full batch and a batch of one
        double[] first = run(odd);
        double[] second = run(odd);
        assertArrayEquals(first, second);
        assertEquals(2, first.length);
        assertTrue(Double.isFinite(first[1]));
    }

    private static double[] run(ImageSet images) {
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, SIDE, SIDE, 2, 8);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(vae, ImageTrainingSettings.defaults(8));
        List<ImageStepMetrics> steps = new ArrayList<>();
        trainer.epoch(images, steps::add);
        return steps.stream().mapToDouble(ImageStepMetrics::loss).toArray();
    }

    @Test
    void severalDrawsEstimateTheSameBoundWithTheSameKl() {
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, SIDE, SIDE, 4, 3);
        VaeEvaluation.ElboEstimate one = VaeEvaluation.of(vae, heldOut, 1, 4);
        VaeEvaluation.ElboEstimate many = VaeEvaluation.of(vae, heldOut, 8, 4);
        assertEquals(one.kl(), many.kl(), 1e-9);
        assertEquals(one.reconstruction(), many.reconstruction(), 0.02 * one.reconstruction());
        assertEquals("8-sample estimate", many.method());
        assertEquals(500, many.images());
    }
}
