package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanLoss;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Model panel in the real main window with a real session: choosing the data, the noise and
 * the loss with the mouse, as a teacher would, and the 1-D histogram view. Headless (Monocle);
 * writes screenshots to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabModelTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final long WAIT_S = 30;

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
    void choosingTwoMoonsRebuildsTheGanAndTrainsOnMoons(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 20);
        float[] ringPoints = fx(() -> lab.realPointsProperty().get());

        pick(robot, "#dataPicker", "Two moons (2-D)");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        assertEquals("Rebuilt the GAN for Two moons: training starts again from iteration 0.", text(robot, "#messageLabel"));
        assertEquals("moons", fx(() -> lab.dataNameProperty().get()));
        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        assertNotSame(ringPoints, fx(() -> scatter.realPointsProperty().get()), "the real points follow the data");
        assertTrue(fx(scatter::isVisible));

        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 800);
        assertEquals("Training", text(robot, "#stateLabel"));
        assertEquals("Coverage: no modes to count", text(robot, "#coverageLabel"));
        screenshot("toylab-moons.png");
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
    }

    @Test
    void oneDimensionalDataShowsAHistogram(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        pick(robot, "#dataPicker", "Mixture of two Gaussians (1-D)");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        HistogramPlot histogram = robot.lookup("#histogram").queryAs(HistogramPlot.class);
        waitUntil(() -> fx(histogram::isVisible) && fx(histogram::generatedCount) == TrainingSession.SAMPLE_COUNT);
        assertFalse(fx(() -> robot.lookup("#scatter").query().isVisible()));

        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == 1);
        assertEquals("Paused", text(robot, "#stateLabel"));

        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 1500);
        String coverage = text(robot, "#coverageLabel");
        assertTrue(coverage.matches("Coverage: [0-2]/2 modes.*"), coverage);
        screenshot("toylab-1d.png");
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        Node shown = fx(() -> window.toyLabView().plot());
        assertEquals(histogram, shown, "exports picture the histogram");
    }

    @Test
    void aLossChangeAppliesAtTheNextStepWithoutAReset(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == 2);

        pick(robot, "#lossPicker", "Least squares");
        waitUntil(() -> session.hyperparameters().loss() == GanLoss.LEAST_SQUARES);
        assertEquals(2, iteration(robot));
        assertTrue(text(robot, "#messageLabel").startsWith("The loss is now least squares"), text(robot, "#messageLabel"));

        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == 3);
        assertEquals("Paused", text(robot, "#stateLabel"));
    }

    @Test
    void aNoiseChangeRebuildsTheGan(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == 1);

        pick(robot, "#noisePicker", "Gaussian");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        assertEquals("Rebuilt the GAN with gaussian noise: training starts again from iteration 0.", text(robot, "#messageLabel"));
        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == 1);
    }

    // ----- helpers -----

    /** Opens the picker and clicks the choice in its list, as a person would. */
    private void pick(FxRobot robot, String picker, String choice) {
        robot.clickOn(picker);
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup((Node n) -> n instanceof ListCell<?> c && choice.equals(c.getText())
                && c.getScene() != null && c.getScene() != window.getScene()).query(); // in the popup, not the button
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }





    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
