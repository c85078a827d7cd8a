package io.latentlab.ui;

import io.latentlab.model.GanShape;
import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.Optimizer;
import io.latentlab.train.StepKind;
import io.latentlab.train.StepMetrics;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
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
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Networks section in the real main window with a real session: new hidden layers rebuild
 * the GAN and say so, the optimizer and D steps change live, the Wasserstein loss shows its five
 * D steps, and a saved custom architecture comes back when the file is opened. Headless (Monocle);
 * writes {@code target/screenshots/toylab-networks.png}.
 */
@ExtendWith(ApplicationExtension.class)
class NetworkControlsTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final GanShape CHOSEN = new GanShape(new MlpShape(2, 16, 1, 2, HiddenActivation.TANH),
            new MlpShape(2, 32, 2, 1, HiddenActivation.LEAKY_RELU));

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
    void networksRebuildLiveSettingsChangeAndFilesRestoreThem(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        robot.clickOn("#networksPane");
        waitUntil(() -> fx(() -> robot.lookup("#networksPane").queryAs(TitledPane.class).isExpanded()));
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the pane's opening animation

        fx(() -> {
            spinner(robot, "#generatorLayers").decrement();
            return null;
        });
        select(robot, "#generatorWidth", "16");
        pick(robot, "#generatorActivation", "tanh");
        assertEquals("Rebuilt the generator: 1 hidden layer of 16, tanh; training starts again from iteration 0.",
                text(robot, "#messageLabel"));
        select(robot, "#discriminatorWidth", "32");
        select(robot, "#discriminatorActivation", "Leaky ReLU (0.2)");
        assertEquals("Rebuilt the discriminator: 2 hidden layers of 32, Leaky ReLU (0.2); training starts again from iteration 0.",
                text(robot, "#messageLabel"));
        assertEquals(CHOSEN, onTrainer(t -> t.gan().shape()));

        fx(() -> {
            for (int i = 0; i < 30; i++) {
                lab.step(StepKind.BOTH);
            }
            return null;
        });
        waitUntil(() -> iteration(robot) == 30 && "Paused".equals(text(robot, "#stateLabel")));
        StepMetrics last = session.metrics().step();
        assertTrue(Double.isFinite(last.discriminatorLoss()) && Double.isFinite(last.generatorLoss()), last.toString());

        pick(robot, "#discriminatorOptimizer", "SGD");
        assertTrue(text(robot, "#messageLabel").startsWith("The discriminator now learns with SGD from the next step on"),
                text(robot, "#messageLabel"));
        fx(() -> {
            spinner(robot, "#discriminatorSteps").increment(2);
            return null;
        });
        assertEquals("The discriminator now takes 3 steps per generator step, from the next iteration on.",
                text(robot, "#messageLabel"));
        GanHyperparameters live = onTrainer(GanTrainer::hyperparameters);
        assertEquals(Optimizer.SGD, live.discriminatorOptimizer());
        assertEquals(Optimizer.ADAM, live.generatorOptimizer());
        assertEquals(3, live.discriminatorSteps());
        long dBefore = onTrainer(GanTrainer::discriminatorUpdates);
        long gBefore = onTrainer(GanTrainer::generatorUpdates);
        long before = iteration(robot);
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        waitUntil(() -> iteration(robot) == before + 2);
        assertEquals(6, onTrainer(GanTrainer::discriminatorUpdates) - dBefore, "3 D steps per G step");
        assertEquals(2, onTrainer(GanTrainer::generatorUpdates) - gBefore);
        assertEquals(CHOSEN, onTrainer(t -> t.gan().shape()), "live changes keep the networks");

        select(robot, "#lossPicker", "Wasserstein (gradient penalty)");
        waitUntil(() -> fx(() -> spinner(robot, "#discriminatorSteps").getValue()) == 5);
        screenshot("toylab-networks.png");

        ToyLabFiles files = new ToyLabFiles(lab, open.tasks());
        Path file = folder.resolve("custom.lab.zip");
        fx(() -> {
            files.saveModel(file, new WritableImage(16, 16));
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Saved"));
        fx(() -> {
            spinner(robot, "#generatorLayers").increment(2);
            return null;
        });
        select(robot, "#discriminatorOptimizer", "Adam");
        waitUntil(() -> onTrainer(t -> t.gan().shape().generator().depth()) == 3);

        fx(() -> {
            files.openModel(file);
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Opened"));
        waitUntil(() -> fx(() -> spinner(robot, "#generatorLayers").getValue()) == 1
                && "SGD".equals(comboText(robot, "#discriminatorOptimizer")));
        assertEquals("16", comboText(robot, "#generatorWidth"));
        assertEquals("tanh", comboText(robot, "#generatorActivation"));
        assertEquals("32", comboText(robot, "#discriminatorWidth"));
        assertEquals("Leaky ReLU (0.2)", comboText(robot, "#discriminatorActivation"));
        assertEquals(5, fx(() -> spinner(robot, "#discriminatorSteps").getValue()));
        assertEquals(CHOSEN, onTrainer(t -> t.gan().shape()));
    }

    private <T> T onTrainer(Function<GanTrainer, T> read) throws Exception {
        return session.withTrainer(read).get(FxReads.WAIT_S, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static Spinner<Integer> spinner(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Spinner.class);
    }

    private static String comboText(FxRobot robot, String id) {
        return fx(() -> {
            ComboBox<?> box = robot.lookup(id).queryAs(ComboBox.class);
            return box.getConverter().toString(cast(box.getValue()));
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /** Selects the item shown as {@code choice}, as a pick with the keyboard would: the picker's own listener acts on it. */
    private static void select(FxRobot robot, String picker, String choice) {
        fx(() -> {
            ComboBox<?> box = robot.lookup(picker).queryAs(ComboBox.class);
            for (int i = 0; i < box.getItems().size(); i++) {
                if (choice.equals(box.getConverter().toString(cast(box.getItems().get(i))))) {
                    box.getSelectionModel().select(i);
                    return null;
                }
            }
            throw new AssertionError(picker + " offers no " + choice);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks with the mouse, from the popup list. */
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
