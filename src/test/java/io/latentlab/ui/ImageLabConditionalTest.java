package io.latentlab.ui;

import io.latentlab.judge.DigitJudge;
import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.SampleGridDecoder;
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
 * The Images tab with a conditional VAE: chosen in the kind picker it trains on the bundled MNIST
 * with the batches' labels, its grid has a row per digit labelled 0..9 and its chart the
 * trainer's own lines; the pretrained MNIST cVAE opened there draws rows the digit judge reads as
 * their labels; Fashion-MNIST under a digit model is one clear line. Writes
 * {@code images-cvae-training.png} and {@code images-cvae-pretrained.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabConditionalTest {

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
    void trainsACvaeWithARowPerDigitThenShowsThePretrainedOne(FxRobot robot) throws Exception {
        tab.select(robot);
        OpenImagesTab.pick(robot, "#imageLatentPicker", 8);
        OpenImagesTab.pick(robot, "#imageKindPicker", ImageModelKind.CVAE);
        waitUntil(() -> tab.live() != null && tab.live().conditional());
        ImageGridSnapshot first = tab.live();
        assertEquals(DIGITS, first.rowLabels());
        assertEquals(SampleGridDecoder.CONDITIONAL_COLUMNS, first.columns());
        assertEquals(10 * SampleGridDecoder.CONDITIONAL_COLUMNS, first.count());
        assertEquals(SampleGridDecoder.PAIRS, first.pairs());
        assertFalse(fx(() -> robot.lookup("#imageBetaSlider").query().isDisabled()), "a cVAE has β");

        robot.clickOn("#imagePlayButton");
        waitUntil(() -> fx(() -> tab.images().iterationProperty().get()) >= 40);
        robot.clickOn("#imagePlayButton");
        waitUntil(() -> text(robot, "#imageStatusLabel").startsWith("Paused"));
        waitUntil(() -> fx(() -> tab.images().shownGridProperty().get()) == tab.live() && tab.live().iteration() > 0);
        assertFalse(Arrays.equals(first.samples(), tab.live().samples()), "the samples changed as it learned");
        assertTrue(text(robot, "#imageTermsLabel").startsWith("Reconstruction "), text(robot, "#imageTermsLabel"));
        ImageTiles tiles = (ImageTiles) robot.lookup("#sampleGrid").query();
        assertEquals(DIGITS, fx(tiles::rowLabels));
        ImageMetricChart chart = (ImageMetricChart) robot.lookup("#imageLossChart").query();
        assertEquals(List.of("Reconstruction", "KL", "−ELBO"), fx(chart::seriesNames));
        waitUntil(() -> fx(chart::pointCount) > 0);
        tab.screenshot("images-cvae-training.png");

        robot.interact(() -> tab.images().openModel(Path.of("pretrained", "mnist-cvae-4.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened"));
        waitUntil(() -> tab.live() != null && tab.live().iteration() == 4690 && tab.live().conditional());
        ImageGridSnapshot pretrained = tab.live();
        int[] said = DigitJudge.trained().classify(pretrained.samples(), pretrained.count());
        int right = 0;
        for (int i = 0; i < said.length; i++) {
            right += said[i] == i / pretrained.columns() ? 1 : 0;
        }
        assertTrue(right >= 0.6 * said.length, "rows judged their digit: " + right + " of " + said.length);
        tab.screenshot("images-cvae-pretrained.png");

        OpenImagesTab.pick(robot, "#imageDataPicker", ImageDataChoice.FASHION_MNIST);
        waitUntil(() -> fx(() -> tab.images().messageIsErrorProperty().get()));
        String message = text(robot, "#imageMessage");
        assertTrue(message.contains("has the classes T-shirt/top") && message.contains("choose data of the model's classes"),
                message);
        assertFalse(message.contains("\n"), "one line");
    }

}
