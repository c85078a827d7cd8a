package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.data.GaussianRing;
import io.latentlab.model.LoadedModel;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanLoss;
import io.latentlab.train.StepKind;
import io.latentlab.train.TrainingSession;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save, open and export from the toy lab, with a real session; outcomes read from the message line. */
@ExtendWith(ApplicationExtension.class)
class ToyLabFilesTest {

    private static final long WAIT_S = 30;

    @TempDir
    Path folder;

    private TrainingSession session;
    private FxBackgroundTasks tasks;
    private ToyLabViewModel lab;
    private ToyLabFiles files;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        session = new TrainingSession(ToyLabSetup.ring8(ToyLabSetup.DEFAULT_SEED));
        tasks = new FxBackgroundTasks();
        lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        lab.attach(session, "test backend");
        files = new ToyLabFiles(lab, tasks);
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    @Stop
    void stop() {
        lab.detach();
        session.close();
        tasks.close();
    }

    @Test
    void savesAModelAndOpensItAgain() throws Exception {
        for (int i = 0; i < 5; i++) {
            session.step(StepKind.BOTH);
        }
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == 5);
        Path file = folder.resolve(fx(files::defaultModelFileName));
        assertEquals("ring8-gan.lab.zip", file.getFileName().toString());

        fx(() -> {
            files.saveModel(file, new WritableImage(16, 16));
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Saved"));
        assertFalse(fx(() -> lab.messageIsErrorProperty().get()));
        LoadedModel saved = ModelFile.load(file);
        assertEquals("ring8", saved.card().dataset());
        assertEquals(5, saved.card().trainingSteps());
        assertTrue(saved.previewPng().length > 0);

        fx(() -> {
            files.openModel(file);
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Opened"));
        // the count goes on from the 5 iterations the file records
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == 5 && "Ready".equals(fx(() -> lab.stateTextProperty().get())));
    }

    @Test
    void aBrokenModelFileIsReportedInWords() throws Exception {
        Path bad = folder.resolve("broken.lab.zip");
        Files.writeString(bad, "this is not a zip");
        String expected = assertThrows(BadInputException.class, () -> ModelFile.load(bad)).getMessage();

        fx(() -> {
            files.openModel(bad);
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageIsErrorProperty().get()));
        assertEquals(expected, fx(() -> lab.messageProperty().get()));
        assertEquals("Ready", fx(() -> lab.stateTextProperty().get()));
    }

    @Test
    void exportsSamplesAndLossHistoryAsCsv() throws Exception {
        session.step(StepKind.BOTH);
        session.step(StepKind.DISCRIMINATOR);
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == 2 && fx(() -> lab.generatedPointsProperty().get()) != null);
        Path samples = folder.resolve("samples.csv");
        Path losses = folder.resolve("losses.csv");
        fx(() -> {
            files.exportSamples(samples);
            files.exportLossHistory(losses);
            return null;
        });
        waitUntil(() -> Files.exists(samples) && Files.exists(losses));

        List<String> rows = Files.readAllLines(samples);
        assertEquals("x,y", rows.get(0));
        assertEquals(TrainingSession.SAMPLE_COUNT + 1, rows.size());
        assertEquals(2, rows.get(1).split(",").length);
        Double.parseDouble(rows.get(1).split(",")[0]);

        List<String> history = Files.readAllLines(losses);
        assertEquals("iteration,discriminator_loss,generator_loss", history.get(0));
        assertEquals(3, history.size());
        assertTrue(history.get(2).startsWith("2,") && history.get(2).endsWith(",nan"), history.get(2));
    }

    @Test
    void oneDimensionalDataExportsOneColumnAndReopensAsOneDimensional() throws Exception {
        fx(() -> {
            lab.chooseData("mix2");
            lab.chooseLoss(GanLoss.HINGE);
            return null;
        });
        session.step(StepKind.BOTH);
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == 1 && fx(() -> lab.generatedPointsProperty().get()) != null);
        Path samples = folder.resolve("samples-1d.csv");
        Path model = folder.resolve(fx(files::defaultModelFileName));
        assertEquals("mix2-gan.lab.zip", model.getFileName().toString());
        fx(() -> {
            files.exportSamples(samples);
            files.saveModel(model, new WritableImage(16, 16));
            return null;
        });
        waitUntil(() -> Files.exists(samples) && Files.exists(model));
        List<String> rows = Files.readAllLines(samples);
        assertEquals("x", rows.get(0));
        assertEquals(TrainingSession.SAMPLE_COUNT + 1, rows.size());
        Double.parseDouble(rows.get(1));

        fx(() -> {
            lab.chooseData("moons");
            lab.chooseLoss(GanLoss.NON_SATURATING);
            return null;
        });
        assertEquals(2, fx(() -> lab.dataDimensionProperty().get()));
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == 0);
        fx(() -> {
            files.openModel(model);
            return null;
        });
        waitUntil(() -> fx(() -> lab.messageProperty().get()).startsWith("Opened"));
        assertEquals(1, fx(() -> lab.dataDimensionProperty().get()));
        assertEquals("mix2", fx(() -> lab.dataNameProperty().get()));
        assertEquals(GanLoss.HINGE, fx(() -> lab.lossProperty().get()));
        waitUntil(() -> session.hyperparameters() != null && session.hyperparameters().loss() == GanLoss.HINGE
                && fx(() -> lab.iterationProperty().get()) == 1);
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("running on the FX thread failed", e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, condition);
    }
}
