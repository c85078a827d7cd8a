package io.latentlab.train;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.ClassNames;
import io.latentlab.data.ImageSet;
import io.latentlab.data.ShapesDataset;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conditional VAE learns on the lean path, and learns to use the label it is told. */
class ConditionalVaeTrainerTest {

    private static ImageSet shapes;
    private static ImageSet heldOut;
    private static ImageSet digits;

    @BeforeAll
    static void data() {
        Nd4jRuntime.init();
        shapes = ShapesDataset.generate(30, 3).images();
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        digits = first(mnist, 0, 2000, "digits");
        heldOut = first(mnist, 9000, 500, "held-out digits");
    }

    private static ImageSet first(ImageSet set, int from, int count, String name) {
        return new ImageSet(name, count, 28, 28,
                java.util.Arrays.copyOfRange(set.pixelsView(), from * 784, (from + count) * 784),
                java.util.Arrays.copyOfRange(set.labels(), from, from + count), set.classes());
    }

    @Test
    void aShortRunLowersTheBoundAndTheTrueLabelExplainsTheImagesBetterThanAWrongOne() {
        assertEquals(List.of("square", "ellipse", "heart"), ClassNames.of(shapes));
        List<String> names = ClassNames.of(digits);
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), names);
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 28, 28, 2, names, 5);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(cvae, new ImageTrainingSettings(1, 2e-3, 50, 6));
        double before = VaeEvaluation.of(cvae, heldOut, 1, 7).negativeElbo();
        double last = Double.NaN;
        for (int e = 0; e < 3; e++) {
            last = trainer.epoch(digits, null);
        }
        assertEquals(120, trainer.iteration());
        VaeEvaluation.ElboEstimate right = VaeEvaluation.of(cvae, heldOut, 1, 7);
        int[] wrong = heldOut.labels();
        for (int i = 0; i < wrong.length; i++) {
            wrong[i] = (wrong[i] + 1) % 10;
        }
        ImageSet mislabelled = new ImageSet("mislabelled", heldOut.count(), 28, 28, heldOut.pixelsView(), wrong, 10);
        VaeEvaluation.ElboEstimate swapped = VaeEvaluation.of(cvae, mislabelled, 1, 7);
        String figures = "before " + before + ", last epoch " + last + ", held out " + right.negativeElbo()
                + ", with wrong labels " + swapped.negativeElbo();
        System.out.println("cvae on 2000 digits, 3 epochs: " + figures);
        assertTrue(right.negativeElbo() < 0.6 * before, figures);
        assertTrue(swapped.negativeElbo() > right.negativeElbo() + 2, figures);
    }

    @Test
    void imagesWithoutLabelsAreRefusedWithOneLine() {
        ImageAutoencoder cvae = ImageAutoencoder.create(AutoencoderKind.CVAE, 28, 28, 4, List.of("a", "b", "c"), 5);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(cvae, ImageTrainingSettings.defaults(1));
        ImageSet unlabelled = new ImageSet("drawings", 10, 28, 28, new float[10 * 784], null, 0);
        BadInputException e = assertThrows(BadInputException.class, () -> trainer.epoch(unlabelled, null));
        assertEquals("drawings has no labels; a cvae trains on labelled images of its classes: choose MNIST or Fashion-MNIST, "
                + "or a folder with label files", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> trainer.step(new float[784], null, 1));
    }
}
