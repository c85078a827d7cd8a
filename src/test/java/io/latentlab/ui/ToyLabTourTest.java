package io.latentlab.ui;

import io.latentlab.data.DrawnDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanLoss;
import io.latentlab.train.MetricHistory;
import io.latentlab.train.StepKind;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A teacher's tour of the toy lab in the real main window: every data set in the data picker
 * (2-D on the scatter, 1-D on the histogram; "Draw your own" has its own test), every loss, both
 * noise priors and both noise sizes, a few steps each, checking that real and generated points
 * show and are finite and the losses stay finite. Writes {@code target/screenshots/tour-<data>.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabTourTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final int STEPS = 3;
    private static final int LOSS_STEPS = 50;

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
    void everyDataSetLossNoisePriorAndNoiseSize(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));

        int shown = 0;
        for (String name : ToyLabViewModel.dataChoices()) {
            if (name.equals(DrawnDistribution.NAME)) {
                continue;
            }
            choose(robot, "#dataPicker", name);
            waitUntil(() -> name.equals(fx(() -> lab.dataNameProperty().get())) && iteration(robot) == 0);
            stepAndCheck(robot, name);
            screenshot("tour-" + name + ".png");
            shown++;
        }
        assertEquals(ToyDistributions.names().size(), shown, "every data set but the drawing");

        choose(robot, "#dataPicker", "ring8");
        for (GanLoss loss : GanLoss.values()) {
            choose(robot, "#lossPicker", loss);
            waitUntil(() -> session.hyperparameters().loss() == loss);
            if (loss == GanLoss.WASSERSTEIN_GP) {
                waitUntil(() -> fx(() -> robot.lookup("#discriminatorSteps").queryAs(Spinner.class).getValue()).equals(5));
            }
            long from = iteration(robot);
            fx(() -> {
                lab.play();
                return null;
            });
            waitUntil(() -> iteration(robot) >= from + LOSS_STEPS);
            fx(() -> {
                lab.pause();
                return null;
            });
            waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
            MetricHistory.Points history = session.history().snapshot();
            int last = history.size() - 1;
            assertTrue(last >= 0 && history.iteration()[last] >= from + LOSS_STEPS, loss + ": the history reaches the steps");
            assertTrue(Double.isFinite(history.discriminatorLoss()[last]) && Double.isFinite(history.generatorLoss()[last]),
                    loss + ": finite losses after " + LOSS_STEPS + " steps");
        }

        for (NoisePrior prior : NoisePrior.values()) {
            choose(robot, "#noisePicker", prior);
            for (int size : new int[] {1, 2}) {
                choose(robot, "#noiseSizePicker", size);
                waitUntil(() -> iteration(robot) == 0 && session.withTrainer(t -> t.gan().noiseSize() == size
                        && t.gan().noisePrior() == prior).get());
                stepAndCheck(robot, prior + " " + size + "-D noise");
            }
        }
    }

    /** A few single steps, then the real and generated points in the right kind of plot, all finite. */
    private void stepAndCheck(FxRobot robot, String what) throws Exception {
        fx(() -> {
            for (int i = 0; i < STEPS; i++) {
                lab.step(StepKind.BOTH); // what the Step button does
            }
            return null;
        });
        waitUntil(() -> iteration(robot) == STEPS);
        waitUntil(() -> session.samples() != null && session.samples().iteration() == STEPS
                && Arrays.equals(fx(() -> lab.generatedPointsProperty().get()), session.samples().points()));
        int dimension = fx(() -> lab.dataDimensionProperty().get());
        float[] real = fx(() -> lab.realPointsProperty().get());
        float[] generated = fx(() -> lab.generatedPointsProperty().get());
        assertNotNull(generated, what + ": generated points");
        assertEquals(ToyLabViewModel.REAL_POINTS * dimension, real.length, what + ": real points");
        assertEquals(TrainingSession.SAMPLE_COUNT * dimension, generated.length, what + ": generated points");
        assertFinite(real, what + ": real points");
        assertFinite(generated, what + ": generated points");
        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        HistogramPlot histogram = robot.lookup("#histogram").queryAs(HistogramPlot.class);
        if (dimension == 2) {
            assertTrue(fx(scatter::isVisible) && !fx(histogram::isVisible), what + ": a scatter for 2-D data");
            waitUntil(() -> fx(scatter::generatedCount) == TrainingSession.SAMPLE_COUNT);
        } else {
            assertTrue(fx(histogram::isVisible) && !fx(scatter::isVisible), what + ": a histogram for 1-D data");
            waitUntil(() -> fx(histogram::generatedCount) == TrainingSession.SAMPLE_COUNT);
        }
        assertFalse(fx(() -> lab.messageIsErrorProperty().get()), what + ": " + fx(() -> lab.messageProperty().get()));
    }

    private static void assertFinite(float[] values, String what) {
        for (float v : values) {
            assertTrue(Float.isFinite(v), what + " hold " + v);
        }
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
