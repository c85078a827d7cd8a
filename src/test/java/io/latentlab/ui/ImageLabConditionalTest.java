package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.judge.DigitJudge;
import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.SampleGridDecoder;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
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

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private MainWindow window;
    private FxBackgroundTasks tasks;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        window = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        window.imageLabViewModel().close();
        tasks.close();
    }

    private ImageLabViewModel images() {
        return window.imageLabViewModel();
    }

    private ImageGridSnapshot live() {
        return fx(() -> images().liveGridProperty().get());
    }

    @SuppressWarnings("unchecked")
    private static <T> void pick(FxRobot robot, String query, T value) {
        robot.interact(() -> ((ComboBox<T>) robot.lookup(query).query()).setValue(value));
    }

    @Test
    void trainsACvaeWithARowPerDigitThenShowsThePretrainedOne(FxRobot robot) throws Exception {
        robot.interact(() -> ((TabPane) robot.lookup("#workspaces").query()).getSelectionModel().select(
                robot.lookup("#workspaces").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> "imagesTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> live() != null);
        pick(robot, "#imageLatentPicker", 8);
        pick(robot, "#imageKindPicker", ImageModelKind.CVAE);
        waitUntil(() -> live() != null && live().conditional());
        ImageGridSnapshot first = live();
        assertEquals(DIGITS, first.rowLabels());
        assertEquals(SampleGridDecoder.CONDITIONAL_COLUMNS, first.columns());
        assertEquals(10 * SampleGridDecoder.CONDITIONAL_COLUMNS, first.count());
        assertEquals(SampleGridDecoder.PAIRS, first.pairs());
        assertFalse(fx(() -> robot.lookup("#imageBetaSlider").query().isDisabled()), "a cVAE has β");

        robot.clickOn("#imagePlayButton");
        waitUntil(() -> fx(() -> images().iterationProperty().get()) >= 40);
        robot.clickOn("#imagePlayButton");
        waitUntil(() -> text(robot, "#imageStatusLabel").startsWith("Paused"));
        waitUntil(() -> fx(() -> images().shownGridProperty().get()) == live() && live().iteration() > 0);
        assertFalse(Arrays.equals(first.samples(), live().samples()), "the samples changed as it learned");
        assertTrue(text(robot, "#imageTermsLabel").startsWith("Reconstruction "), text(robot, "#imageTermsLabel"));
        ImageTiles tiles = (ImageTiles) robot.lookup("#sampleGrid").query();
        assertEquals(DIGITS, fx(tiles::rowLabels));
        ImageMetricChart chart = (ImageMetricChart) robot.lookup("#imageLossChart").query();
        assertEquals(List.of("Reconstruction", "KL", "−ELBO"), fx(chart::seriesNames));
        waitUntil(() -> fx(chart::pointCount) > 0);
        screenshot("images-cvae-training.png");

        robot.interact(() -> images().openModel(Path.of("pretrained", "mnist-cvae-4.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened"));
        waitUntil(() -> live() != null && live().iteration() == 4690 && live().conditional());
        ImageGridSnapshot pretrained = live();
        int[] said = DigitJudge.trained().classify(pretrained.samples(), pretrained.count());
        int right = 0;
        for (int i = 0; i < said.length; i++) {
            right += said[i] == i / pretrained.columns() ? 1 : 0;
        }
        assertTrue(right >= 0.6 * said.length, "rows judged their digit: " + right + " of " + said.length);
        screenshot("images-cvae-pretrained.png");

        pick(robot, "#imageDataPicker", ImageDataChoice.FASHION_MNIST);
        waitUntil(() -> fx(() -> images().messageIsErrorProperty().get()));
        String message = text(robot, "#imageMessage");
        assertTrue(message.contains("has the classes T-shirt/top") && message.contains("choose data of the model's classes"),
                message);
        assertFalse(message.contains("\n"), "one line");
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
