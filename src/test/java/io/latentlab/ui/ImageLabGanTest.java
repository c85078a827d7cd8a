package io.latentlab.ui;

import io.latentlab.judge.DigitJudge;
import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Images tab with the image GANs: a DCGAN chosen in the kind picker trains on the bundled
 * MNIST with its own chart lines (D and G loss, D(real), D(fake)), no β and no reconstructions;
 * the pretrained DCGAN's samples are digits of every class and the pretrained conditional GAN's
 * rows are the digits they are labelled with, as the digit judge reads them. Writes
 * {@code images-dcgan-training.png}, {@code images-dcgan-pretrained.png} and {@code images-cgan-pretrained.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabGanTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private OpenImagesTab tab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tab = OpenImagesTab.show(stage);
    }

    @Stop
    void stop() {
        tab.close();
    }

    @Test
    void trainsADcganThenShowsThePretrainedGans(FxRobot robot) throws Exception {
        tab.select(robot);
        OpenImagesTab.pick(robot, "#imageKindPicker", ImageModelKind.DCGAN);
        waitUntil(() -> text(robot, "#imageMessage").startsWith("A new deep convolutional GAN with 64 latents"));
        assertEquals(2e-4, fx(() -> tab.images().learningRateProperty().get()), 1e-12);
        waitUntil(() -> tab.live() != null && tab.live().pairs() == 0 && !tab.live().conditional());
        ImageGridSnapshot first = tab.live();
        assertTrue(fx(() -> robot.lookup("#imageBetaSlider").query().isDisabled()), "a GAN has no β");

        robot.clickOn("#imagePlayButton");
        waitUntil(() -> fx(() -> tab.images().iterationProperty().get()) >= 6);
        robot.clickOn("#imagePlayButton");
        waitUntil(() -> text(robot, "#imageStatusLabel").startsWith("Paused"));
        waitUntil(() -> tab.live().iteration() > 0);
        assertFalse(Arrays.equals(first.samples(), tab.live().samples()), "the samples changed as it learned");
        assertTrue(text(robot, "#imageTermsLabel").startsWith("D loss "), text(robot, "#imageTermsLabel"));
        ImageMetricChart chart = (ImageMetricChart) robot.lookup("#imageLossChart").query();
        assertEquals(List.of("D loss", "G loss", "D(real)", "D(fake)"), fx(chart::seriesNames));
        waitUntil(() -> fx(chart::pointCount) > 0);
        tab.screenshot("images-dcgan-training.png");

        robot.interact(() -> tab.images().openModel(Path.of("pretrained", "mnist-dcgan.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened mnist-dcgan.lab.zip: a deep convolutional GAN with 64 latents"));
        waitUntil(() -> tab.live() != null && tab.live().iteration() > 1000 && !tab.live().conditional());
        int[] counts = DigitJudge.histogram(DigitJudge.trained().classify(tab.live().samples(), tab.live().count()));
        int classes = 0;
        for (int c : counts) {
            classes += c > 0 ? 1 : 0;
        }
        assertTrue(classes >= 8, "digits among the 64 samples: " + Arrays.toString(counts));
        tab.screenshot("images-dcgan-pretrained.png");

        robot.interact(() -> tab.images().openModel(Path.of("pretrained", "mnist-cgan.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened mnist-cgan.lab.zip: a conditional GAN"));
        waitUntil(() -> tab.live() != null && tab.live().conditional() && tab.live().iteration() > 1000);
        ImageGridSnapshot pretrained = tab.live();
        assertEquals(DIGITS, pretrained.rowLabels());
        int[] said = DigitJudge.trained().classify(pretrained.samples(), pretrained.count());
        int right = 0;
        for (int i = 0; i < said.length; i++) {
            right += said[i] == i / pretrained.columns() ? 1 : 0;
        }
        assertTrue(right >= 0.8 * said.length, "rows judged their digit: " + right + " of " + said.length);
        tab.screenshot("images-cgan-pretrained.png");
    }

}
