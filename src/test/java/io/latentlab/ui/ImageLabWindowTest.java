package io.latentlab.ui;

import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.SampleTimeline;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Images tab of the real main window with a real session: shapes with an 8-D VAE trained
 * past the first kept grid, the sample grid drawn and changing, scrubbed back to iteration 0,
 * switched to a plain autoencoder, saved to a temporary file and opened again. Writes
 * {@code images-vae-shapes.png}, {@code images-scrubbed.png} and {@code images-ae-reopened.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabWindowTest {

    private OpenImagesTab tab;

    @TempDir
    Path temp;

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
    void trainsScrubsSwitchesKindSavesAndReopens(FxRobot robot) throws Exception {
        tab.select(robot);
        assertTrue(text(robot, "#imageDataNote").contains("10,000 test images"), text(robot, "#imageDataNote"));
        assertTrue(text(robot, "#imageMessage").contains("Play"), text(robot, "#imageMessage"));

        OpenImagesTab.pick(robot, "#imageDataPicker", ImageDataChoice.SHAPES);
        OpenImagesTab.pick(robot, "#imageLatentPicker", 8);
        waitUntil(() -> tab.live() != null && tab.live().iteration() == 0 && fx(() -> tab.images().frameCountProperty().get()) == 1);
        ImageGridSnapshot first = tab.live();
        assertFalse(first.manifold());
        assertEquals(64 * 784, first.samples().length);

        robot.clickOn("#imagePlayButton");
        waitUntil(() -> fx(() -> tab.images().frameCountProperty().get()) >= 2);
        robot.clickOn("#imagePlayButton");
        waitUntil(() -> text(robot, "#imageStatusLabel").startsWith("Paused"));
        WaitForAsyncUtils.waitForFxEvents();
        ImageGridSnapshot later = tab.live();
        assertTrue(later.iteration() >= SampleTimeline.FIRST_SPACING, "trained " + later.iteration());
        assertFalse(Arrays.equals(first.samples(), later.samples()), "the samples changed as it learned");
        waitUntil(() -> fx(() -> tab.images().shownGridProperty().get()) == tab.live());
        double spread = greySpread(fx(() -> tab.window().lookup("#sampleGrid") instanceof ImageTiles t ? t.image() : null));
        assertTrue(spread > 0.3, "the drawn grid has light and dark pixels: spread " + spread);
        assertTrue(fx(() -> tab.window().lookup("#imageLossChart") instanceof ImageMetricChart c ? c.pointCount() : 0) > 0);
        tab.screenshot("images-vae-shapes.png");

        robot.interact(() -> robot.lookup("#timeScrubber").queryAs(Slider.class).setValue(0));
        assertEquals(0, fx(() -> tab.images().shownGridProperty().get().iteration()));
        assertTrue(text(robot, "#scrubLabel").startsWith("iteration 0 (kept grid 1 of"), text(robot, "#scrubLabel"));
        tab.screenshot("images-scrubbed.png");
        robot.interact(() -> {
            Slider s = robot.lookup("#timeScrubber").queryAs(Slider.class);
            s.setValue(s.getMax());
        });
        assertTrue(fx(() -> tab.images().followingProperty().get()));

        OpenImagesTab.pick(robot, "#imageKindPicker", ImageModelKind.AE);
        assertTrue(fx(() -> robot.lookup("#imageBetaSlider").query().isDisabled()), "β is the VAE's only");
        robot.clickOn("#imageStepButton");
        robot.clickOn("#imageStepButton");
        waitUntil(() -> fx(() -> tab.images().iterationProperty().get()) == 2);
        Path file = temp.resolve("shapes-ae-8.lab.zip");
        robot.interact(() -> tab.images().saveModel(file));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Saved"));
        var saved = AutoencoderFile.load(file);
        assertEquals("ae", saved.card().kind());
        assertEquals(8, saved.model().latentSize());
        assertEquals(2, saved.card().trainingSteps());

        OpenImagesTab.pick(robot, "#imageKindPicker", ImageModelKind.VAE);
        OpenImagesTab.pick(robot, "#imageLatentPicker", 16);
        robot.interact(() -> tab.images().openModel(file));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened"));
        assertEquals(ImageModelKind.AE, fx(() -> tab.images().kindProperty().get()));
        assertEquals(8, fx(() -> tab.images().latentSizeProperty().get()));
        waitUntil(() -> tab.live() != null && tab.live().iteration() == 2); // counts on from the steps it was saved after
        robot.clickOn("#imageStepButton");
        waitUntil(() -> fx(() -> tab.images().iterationProperty().get()) == 3);
        robot.type(javafx.scene.input.KeyCode.S); // the tab's own keys, as Help lists them
        waitUntil(() -> fx(() -> tab.images().iterationProperty().get()) == 4);
        tab.screenshot("images-ae-reopened.png");

        Path notAModel = temp.resolve("toy.lab.zip");
        Files.writeString(notAModel, "not a zip");
        robot.interact(() -> tab.images().openModel(notAModel));
        waitUntil(() -> fx(() -> tab.images().messageIsErrorProperty().get()));
        assertFalse(text(robot, "#imageMessage").contains("\n"), "one line");
    }

    /** The spread between the 5th and 95th percentile of the image's grey levels, 0..1. */
    private static double greySpread(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        double[] grey = new double[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                grey[y * w + x] = pixels.getColor(x, y).getBrightness();
            }
        }
        Arrays.sort(grey);
        return grey[(int) (0.95 * (grey.length - 1))] - grey[(int) (0.05 * (grey.length - 1))];
    }

}
