package io.latentlab.ui;

import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.FieldSnapshot;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Noise size picker in the real main window: 1-D noise on the ring draws the generator's
 * curve (and still the heatmap and arrows), a saved model brings its noise size back, and 2-D
 * noise on 1-D data makes the pushforward map say the second axis is held at 0. Writes
 * {@code target/screenshots/toylab-noise-1d.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabNoiseSizeTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    Path folder;

    private OpenToyLab open;
    private TrainingSession session;
    private MainWindow window;
    private ToyLabViewModel lab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 800);
        session = open.session();
        lab = open.lab();
        window = open.window();
    }

    @Stop
    void stop() {
        open.close();
    }

    @Test
    void oneDimensionalNoiseDrawsACurveAModelFileKeepsItAndOneDimensionalDataSaysWhatItHolds(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        ComboBox<?> picker = robot.lookup("#noiseSizePicker").queryAs(ComboBox.class);
        assertEquals(2, fx(picker::getValue));

        pick(robot, "#noiseSizePicker", "1-D");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        assertEquals("Rebuilt the GAN with 1-D noise: training starts again from iteration 0.", text(robot, "#messageLabel"));
        fx(() -> {
            lab.showManifoldProperty().set(true);
            lab.showArrowsProperty().set(true);
            return null;
        });
        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 400);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        waitUntil(() -> fx(() -> lab.fieldsProperty().get()) != null
                && fx(() -> lab.fieldsProperty().get().iteration()) > 300);
        FieldSnapshot fields = fx(() -> lab.fieldsProperty().get());
        assertEquals(0, fields.manifoldLines(), "1-D noise has no grid to warp");
        assertTrue(fields.curvePoints() > 100, "the image of the noise line");
        assertAllFinite(fields.curve());
        assertAllFinite(fields.discriminator());
        assertTrue(fields.arrowCount() > 0);
        assertAllFinite(fields.arrowVectors());
        assertEquals(1, (int) session.withTrainer(t -> t.gan().noiseSize()).get());
        screenshot("toylab-noise-1d.png");

        Path file = folder.resolve("ring8-1d-noise.lab.zip");
        ToyLabFiles files = new ToyLabFiles(lab, open.tasks());
        fx(() -> {
            files.saveModel(file, new WritableImage(16, 16));
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Saved"));
        assertEquals(1, ModelFile.load(file).card().latentSize());
        assertTrue(ModelFile.load(file).card().command().contains("--latent 1"), ModelFile.load(file).card().command());

        pick(robot, "#noiseSizePicker", "2-D");
        waitUntil(() -> iteration(robot) == 0 && session.withTrainer(t -> t.gan().noiseSize()).get() == 2);
        fx(() -> {
            files.openModel(file);
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Opened"));
        assertEquals(1, fx(picker::getValue), "the picker shows the file's noise size");
        waitUntil(() -> session.withTrainer(t -> t.gan().noiseSize()).get() == 1);

        // 2-D noise on 1-D data: the pushforward map runs along the first noise axis
        pick(robot, "#dataPicker", "Mixture of two Gaussians (1-D)");
        waitUntil(() -> iteration(robot) == 0 && "mix2".equals(fx(() -> lab.dataNameProperty().get())));
        assertEquals(1, fx(() -> lab.noiseSizeProperty().get()), "new data of another dimension starts with noise of its size");

        pick(robot, "#noiseSizePicker", "2-D");
        waitUntil(() -> session.withTrainer(t -> t.gan().noiseSize()).get() == 2);
        robot.clickOn("#stepButton");
        waitUntil(() -> fx(() -> lab.pushforwardProperty().get()) != null
                && fx(() -> lab.pushforwardProperty().get().noiseDimension()) == 2);
        WaitForAsyncUtils.waitForFxEvents();
        boolean says = fx(() -> robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Pushforward z ↦ G(z, 0)") && l.isVisible()).tryQuery().isPresent());
        assertTrue(says, "the pushforward map says the second noise axis is held at 0");
    }

    private static void assertAllFinite(float[] values) {
        for (float v : values) {
            assertTrue(Float.isFinite(v), "a value is not finite: " + v);
        }
    }

    /** Opens the picker and clicks the choice in its list, as a person would. */
    private void pick(FxRobot robot, String picker, String choice) {
        robot.clickOn(picker);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup((Node n) -> n instanceof ListCell<?> c && choice.equals(c.getText())
                && c.getScene() != null && c.getScene() != window.getScene()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
