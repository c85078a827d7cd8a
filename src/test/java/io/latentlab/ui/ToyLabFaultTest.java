package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.Optimizer;
import io.latentlab.train.TrainingFault;
import javafx.embed.swing.SwingFXUtils;
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
 * The toy lab at the largest learning rate with plain SGD: the GAN's gradients explode, the
 * session pauses itself and the message line says so and what to try; Play at a sane rate
 * trains on from the restored parameters.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabFaultTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private OpenToyLab open;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        open.close();
    }

    @Test
    void aHugeLearningRatePausesWithAMessageAndPlayResumes(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        fx(() -> {
            open.lab().networks().chooseGeneratorOptimizer(Optimizer.SGD);
            open.lab().networks().chooseDiscriminatorOptimizer(Optimizer.SGD);
            return null;
        });
        typeRate(robot, "#generatorLr", "1");
        typeRate(robot, "#discriminatorLr", "1");
        waitUntil(() -> open.session().hyperparameters().generatorLr() == 1.0
                && open.session().hyperparameters().discriminatorLr() == 1.0
                && open.session().hyperparameters().generatorOptimizer() == Optimizer.SGD);

        robot.clickOn("#playButton");
        waitUntil(() -> open.session().fault() != null);
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")) && text(robot, "#messageLabel").startsWith("Paused at"));
        TrainingFault fault = open.session().fault();
        String message = text(robot, "#messageLabel");
        assertEquals(fault.message(), message);
        assertTrue(message.contains("lower the learning rate (now 1)"), message);
        assertTrue(fx(() -> robot.lookup("#messageLabel").query().getStyleClass().contains(Styles.ERROR)));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("fault-toylab.png");

        typeRate(robot, "#generatorLr", "0.001");
        typeRate(robot, "#discriminatorLr", "0.001");
        waitUntil(() -> open.session().hyperparameters().generatorLr() == 1e-3
                && open.session().hyperparameters().discriminatorLr() == 1e-3);
        long paused = iteration(robot);
        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > paused + 300);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        assertEquals(1, open.session().faultCount(), "one fault, reported once");
    }

    private static void typeRate(FxRobot robot, String id, String rate) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(rate).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> open.window().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
