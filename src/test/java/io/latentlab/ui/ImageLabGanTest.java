package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.judge.DigitJudge;
import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
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
 * The Images tab with the image GANs: a DCGAN chosen in the kind picker trains on the bundled
 * MNIST with its own chart lines (D and G loss, D(real), D(fake)), no β and no reconstructions;
 * the pretrained DCGAN's samples are digits of every class and the pretrained conditional GAN's
 * rows are the digits they are labelled with, as the digit judge reads them. Writes
 * {@code images-dcgan-training.png}, {@code images-dcgan-pretrained.png} and {@code images-cgan-pretrained.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabGanTest {

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
    void trainsADcganThenShowsThePretrainedGans(FxRobot robot) throws Exception {
        robot.interact(() -> ((TabPane) robot.lookup("#workspaces").query()).getSelectionModel().select(
                robot.lookup("#workspaces").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> "imagesTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> live() != null);
        pick(robot, "#imageKindPicker", ImageModelKind.DCGAN);
        waitUntil(() -> text(robot, "#imageMessage").startsWith("A new deep convolutional GAN with 64 latents"));
        assertEquals(2e-4, fx(() -> images().learningRateProperty().get()), 1e-12);
        waitUntil(() -> live() != null && live().pairs() == 0 && !live().conditional());
        ImageGridSnapshot first = live();
        assertTrue(fx(() -> robot.lookup("#imageBetaSlider").query().isDisabled()), "a GAN has no β");

        robot.clickOn("#imagePlayButton");
        waitUntil(() -> fx(() -> images().iterationProperty().get()) >= 6);
        robot.clickOn("#imagePlayButton");
        waitUntil(() -> text(robot, "#imageStatusLabel").startsWith("Paused"));
        waitUntil(() -> live().iteration() > 0);
        assertFalse(Arrays.equals(first.samples(), live().samples()), "the samples changed as it learned");
        assertTrue(text(robot, "#imageTermsLabel").startsWith("D loss "), text(robot, "#imageTermsLabel"));
        ImageMetricChart chart = (ImageMetricChart) robot.lookup("#imageLossChart").query();
        assertEquals(List.of("D loss", "G loss", "D(real)", "D(fake)"), fx(chart::seriesNames));
        waitUntil(() -> fx(chart::pointCount) > 0);
        screenshot("images-dcgan-training.png");

        robot.interact(() -> images().openModel(Path.of("pretrained", "mnist-dcgan.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened mnist-dcgan.lab.zip: a deep convolutional GAN with 64 latents"));
        waitUntil(() -> live() != null && live().iteration() > 1000 && !live().conditional());
        int[] counts = DigitJudge.histogram(DigitJudge.trained().classify(live().samples(), live().count()));
        int classes = 0;
        for (int c : counts) {
            classes += c > 0 ? 1 : 0;
        }
        assertTrue(classes >= 8, "digits among the 64 samples: " + Arrays.toString(counts));
        screenshot("images-dcgan-pretrained.png");

        robot.interact(() -> images().openModel(Path.of("pretrained", "mnist-cgan.lab.zip")));
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Opened mnist-cgan.lab.zip: a conditional GAN"));
        waitUntil(() -> live() != null && live().conditional() && live().iteration() > 1000);
        ImageGridSnapshot pretrained = live();
        assertEquals(DIGITS, pretrained.rowLabels());
        int[] said = DigitJudge.trained().classify(pretrained.samples(), pretrained.count());
        int right = 0;
        for (int i = 0; i < said.length; i++) {
            right += said[i] == i / pretrained.columns() ? 1 : 0;
        }
        assertTrue(right >= 0.8 * said.length, "rows judged their digit: " + right + " of " + said.length);
        screenshot("images-cgan-pretrained.png");
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
