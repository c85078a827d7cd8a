package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.FieldSnapshot;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.MetricHistory;
import io.latentlab.train.Optimizer;
import io.latentlab.train.StepKind;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
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
import java.util.Locale;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The minimax stall as docs/losses.md tells a teacher to show it in the window: Loss Minimax,
 * both optimizers SGD, 5 D steps, generator rate 0.01, discriminator rate 0.1, Reset, then
 * train. The generator's gradient all but vanishes, its loss is flat and the arrows shrink to
 * nothing, while the non-saturating loss under the same settings keeps pushing. Writes
 * {@code target/screenshots/minimax-stall.png} and the figures to {@code minimax-stall.txt}.
 */
@ExtendWith(ApplicationExtension.class)
class MinimaxStallWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    /** Iterations after Reset; by then D is perfect on the minimax run (docs/losses.md). */
    private static final int STEPS = 150;

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
    void minimaxWithSgdStallsWhereNonSaturatingKeepsLearning(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        choose(robot, "#lossPicker", GanLoss.MINIMAX);
        choose(robot, "#generatorOptimizer", Optimizer.SGD);
        choose(robot, "#discriminatorOptimizer", Optimizer.SGD);
        fx(() -> {
            robot.lookup("#discriminatorSteps").queryAs(Spinner.class).getValueFactory().setValue(5);
            return null;
        });
        typeRate(robot, "#generatorLr", "0.01");
        typeRate(robot, "#discriminatorLr", "0.1");
        fx(() -> {
            lab.showArrowsProperty().set(true);
            return null;
        });
        // as a person clicks: each choice is in force before the next click (Reset)
        waitUntil(() -> {
            GanHyperparameters h = session.hyperparameters();
            return h.loss() == GanLoss.MINIMAX && h.generatorOptimizer() == Optimizer.SGD
                    && h.discriminatorOptimizer() == Optimizer.SGD && h.discriminatorSteps() == 5
                    && h.generatorLr() == 0.01 && h.discriminatorLr() == 0.1
                    && fx(() -> lab.networks().generatorOptimizerProperty().get() == Optimizer.SGD
                    && lab.networks().discriminatorOptimizerProperty().get() == Optimizer.SGD
                    && lab.networks().discriminatorStepsProperty().get() == 5);
        });

        Run minimax = resetAndTrain(robot);
        GanHyperparameters used = session.hyperparameters();
        assertEquals(GanLoss.MINIMAX, used.loss());
        assertEquals(Optimizer.SGD, used.generatorOptimizer());
        assertEquals(Optimizer.SGD, used.discriminatorOptimizer());
        assertEquals(5, used.discriminatorSteps());
        assertEquals(0.01, used.generatorLr(), 1e-12);
        assertEquals(0.1, used.discriminatorLr(), 1e-12);
        screenshot("minimax-stall.png");

        choose(robot, "#lossPicker", GanLoss.NON_SATURATING);
        Run nonSaturating = resetAndTrain(robot);
        assertEquals(GanLoss.NON_SATURATING, session.hyperparameters().loss());

        String figures = String.format(Locale.ROOT, "after %d iterations (SGD, G rate 0.01, D rate 0.1, 5 D steps, seed %d):%n"
                        + "  minimax:        |grad G| %.3g, G loss range over the last 50 %.3g, mean arrow %.3g%n"
                        + "  non-saturating: |grad G| %.3g, G loss range over the last 50 %.3g, mean arrow %.3g%n",
                STEPS, ToyLabSetup.DEFAULT_SEED, minimax.gradientNorm, minimax.lossRange, minimax.meanArrow,
                nonSaturating.gradientNorm, nonSaturating.lossRange, nonSaturating.meanArrow);
        Files.createDirectories(SHOTS);
        Files.writeString(SHOTS.resolve("minimax-stall.txt"), figures);
        System.out.print(figures);

        assertTrue(minimax.gradientNorm < nonSaturating.gradientNorm / 20, figures);
        assertTrue(minimax.meanArrow < nonSaturating.meanArrow / 20, figures);
        assertTrue(minimax.lossRange < 0.05, "the minimax G loss is flat: " + figures);
    }

    private record Run(double gradientNorm, double lossRange, double meanArrow) {
    }

    /** Presses Reset, then Step {@link #STEPS} times; the generator's gradient size, how flat its loss is, and the arrows' mean length. */
    private Run resetAndTrain(FxRobot robot) throws Exception {
        robot.clickOn("#resetButton");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        fx(() -> {
            for (int i = 0; i < STEPS; i++) {
                lab.step(StepKind.BOTH);
            }
            return null;
        });
        waitUntil(() -> iteration(robot) == STEPS);
        waitUntil(() -> session.fields() != null && session.fields().iteration() == STEPS);
        double norm = session.withTrainer(GanTrainer::generatorGradientNorm).get();
        MetricHistory.Points history = session.history().snapshot();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < history.size(); i++) {
            if (history.iteration()[i] > STEPS - 50) {
                lo = Math.min(lo, history.generatorLoss()[i]);
                hi = Math.max(hi, history.generatorLoss()[i]);
            }
        }
        FieldSnapshot fields = session.fields();
        double arrows = 0;
        for (int i = 0; i < fields.arrowCount(); i++) {
            arrows += Math.hypot(fields.arrowVector(i, 0), fields.arrowVector(i, 1));
        }
        WaitForAsyncUtils.waitForFxEvents();
        return new Run(norm, hi - lo, arrows / fields.arrowCount());
    }

    private static void typeRate(FxRobot robot, String field, String rate) {
        robot.clickOn(robot.lookup(field).queryAs(TextField.class));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(rate).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Sets the picker's value as a pick does: the picker hands it to the view model. */
    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String picker, T value) {
        fx(() -> {
            ((ComboBox<T>) robot.lookup(picker).queryAs(ComboBox.class)).setValue(value);
            return null;
        });
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
