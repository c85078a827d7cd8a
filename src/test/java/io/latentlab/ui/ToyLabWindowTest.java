package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real main window with a real training session on ring8, driven as a teacher would: the
 * toolbar, the keyboard, the learning-rate field. Headless (Monocle); writes screenshots and the
 * longest frame gap to {@code target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final long WAIT_S = 30;

    private TrainingSession session;
    private FxBackgroundTasks tasks;
    private MainWindow window;
    private ToyLabViewModel lab;
    private PulseMonitor pulses;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        session = new TrainingSession(ToyLabSetup.ring8(ToyLabSetup.DEFAULT_SEED));
        tasks = new FxBackgroundTasks();
        lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        window = new MainWindow(lab, tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        lab.attach(session, "test backend");
        pulses = new PulseMonitor();
        pulses.start();
    }

    @Stop
    void stop() {
        pulses.stop();
        lab.detach();
        session.close();
        tasks.close();
    }

    @Test
    void trainsStepsAndResetsFromToolbarAndKeyboard(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));

        robot.clickOn("#playButton");
        fx(() -> {
            pulses.reset();
            return null;
        });
        waitUntil(() -> iteration(robot) > 50);
        assertEquals("Training", text(robot, "#stateLabel"));
        // Let it train longer so the screenshot shows the ring forming; measure the frame gaps
        // from Play (JIT and first layouts included) and after that warm-up.
        waitUntil(() -> iteration(robot) > 500);
        double warmUpGap = fx(pulses::maxGapMillis);
        long warmUpFrames = fx(pulses::frames);
        fx(() -> {
            pulses.reset();
            return null;
        });
        waitUntil(() -> iteration(robot) > 1500);
        double steadyGap = fx(pulses::maxGapMillis);
        long steadyFrames = fx(pulses::frames);
        long trained = iteration(robot);
        screenshot(robot, "toylab.png");

        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        WaitForAsyncUtils.waitForFxEvents();
        long paused = iteration(robot);
        writePulseGap(String.format(Locale.ROOT,
                "longest gap between FX pulses while training (headless Monocle, software rendering):%n"
                        + "  first 500 iterations after Play: %.1f ms over %d frames%n"
                        + "  then up to iteration %d: %.1f ms over %d frames%n",
                warmUpGap, warmUpFrames, trained, steadyGap, steadyFrames));

        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) > paused);
        assertEquals(paused + 1, iteration(robot));
        assertEquals("Paused", text(robot, "#stateLabel"));

        robot.clickOn("#stepDButton");
        waitUntil(() -> iteration(robot) > paused + 1);
        assertEquals(paused + 2, iteration(robot));

        robot.clickOn("#stepGButton");
        waitUntil(() -> iteration(robot) > paused + 2);
        assertEquals(paused + 3, iteration(robot));
        assertEquals("Paused", text(robot, "#stateLabel"));

        LossChart chart = robot.lookup("#lossChart").queryAs(LossChart.class);
        waitUntil(() -> fx(chart::discriminatorPointCount) > 0 && fx(chart::generatorPointCount) > 0);
        assertTrue(fx(chart::discriminatorPointCount) <= 1000, "the chart draws the bounded history");
        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        assertEquals(TrainingSession.SAMPLE_COUNT, (int) fx(scatter::generatedCount));
        assertTrue(text(robot, "#coverageLabel").contains("modes"), text(robot, "#coverageLabel"));

        robot.type(KeyCode.SPACE);
        waitUntil(() -> "Training".equals(text(robot, "#stateLabel")));
        waitUntil(() -> iteration(robot) > paused + 10);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));

        robot.type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.R);
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        assertEquals("Iteration 0", text(robot, "#iterationLabel"));
    }

    @Test
    void invalidLearningRateTextIsReportedAndTheRateKept(FxRobot robot) throws Exception {
        TextField field = robot.lookup("#generatorLr").queryAs(TextField.class);
        double before = fx(() -> lab.generatorLrProperty().get());

        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("fast").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        String message = text(robot, "#messageLabel");
        assertTrue(message.contains("\"fast\" is not a valid generator learning rate"), message);
        assertTrue(fx(() -> robot.lookup("#messageLabel").query().getStyleClass().contains(Styles.ERROR)));
        assertEquals(before, fx(() -> lab.generatorLrProperty().get()));
        assertEquals(LearningRateText.format(before), fx(field::getText));

        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("2e-4").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2e-4, fx(() -> lab.generatorLrProperty().get()), 1e-12);
        assertEquals("0.0002", fx(field::getText));
        waitUntil(() -> session.hyperparameters().generatorLr() == 2e-4);

        // Enter hands the focus back to the window: Space plays again.
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "Training".equals(text(robot, "#stateLabel")));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));

        fx(() -> {
            window.largeTextProperty().set(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS); // let the sliders' tick labels settle
        screenshot(robot, "toylab-large-text.png");
    }

    // ----- helpers -----





    private void screenshot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }

    private static void writePulseGap(String text) throws Exception {
        Files.createDirectories(SHOTS);
        Files.writeString(SHOTS.resolve("pulse-gap.txt"), text);
        System.out.print(text);
    }
}
