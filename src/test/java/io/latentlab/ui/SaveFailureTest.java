package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.FullDisk;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model save into a folder that is a file (ENOTDIR; we run as root, so permissions cannot make
 * one unwritable) or onto a full disk (ENOSPC, injected halfway through the write), from the toy
 * lab and from the Images tab: one line naming the file, the reason and what to do; the previous
 * file intact; no temporary file left; the model still open, training on and saved later.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFailureTest {

    private static final String FULL = "the disk is full: free some space or save elsewhere; the model is still open.";

    @TempDir
    Path folder;

    private TrainingSession session;
    private FxBackgroundTasks tasks;
    private ToyLabViewModel lab;
    private ToyLabFiles files;
    private ImageLabViewModel images;

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
        images = new ImageLabViewModel(tasks, 7);
        stage.setScene(new Scene(new StackPane(), 200, 200));
        stage.show();
    }

    @Stop
    void stop() {
        lab.detach();
        session.close();
        images.close();
        tasks.close();
    }

    @Test
    void toyLabSaveOnAFullDiskOrIntoAFileKeepsTheModelAndTheOldFile() throws Exception {
        WritableImage preview = fx(() -> new WritableImage(8, 8));
        Path file = folder.resolve("ring8-gan.lab.zip");
        stepToyLab(5);
        fx(() -> { files.saveModel(file, preview); return null; });
        waitUntil(() -> message(lab.messageProperty().get()).startsWith("Saved ring8-gan.lab.zip"));
        byte[] before = Files.readAllBytes(file);

        stepToyLab(5);
        try (FullDisk disk = FullDisk.after(before.length / 2)) {
            fx(() -> { files.saveModel(file, preview); return null; });
            waitUntil(() -> lab.messageProperty().get().startsWith("Could not"));
        }
        assertEquals("Could not save ring8-gan.lab.zip: " + FULL, fx(() -> lab.messageProperty().get()));
        assertTrue(fx(() -> lab.messageIsErrorProperty().get()));
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is intact");
        assertEquals(List.of(file), listing(), "no temporary file is left");

        Path blocker = Files.writeString(folder.resolve("blocker"), "a file where a folder should be");
        fx(() -> { files.saveModel(blocker.resolve("ring8-gan.lab.zip"), preview); return null; });
        String notAFolder = fx(() -> lab.messageProperty().get());
        assertEquals("Could not save ring8-gan.lab.zip: " + blocker + " is a file, not a folder. Choose another folder;"
                + " the model is still open.", notAFolder);

        stepToyLab(5); // still training
        fx(() -> { files.saveModel(file, preview); return null; });
        waitUntil(() -> lab.messageProperty().get().startsWith("Saved ring8-gan.lab.zip (15 iterations)"));
        assertEquals(15, ModelFile.load(file).card().trainingSteps());
    }

    @Test
    void imagesTabSaveOnAFullDiskOrIntoAFileKeepsTheModelAndTheOldFile() throws Exception {
        fx(() -> {
            images.chooseData(ImageDataChoice.SHAPES);
            images.open();
            return null;
        });
        stepImages(1);
        Path file = folder.resolve("shapes-vae.lab.zip");
        fx(() -> { images.saveModel(file); return null; });
        waitUntil(() -> images.messageProperty().get().startsWith("Saved shapes-vae.lab.zip (1 steps)"));
        byte[] before = Files.readAllBytes(file);

        stepImages(2);
        try (FullDisk disk = FullDisk.after(before.length / 2)) {
            fx(() -> { images.saveModel(file); return null; });
            waitUntil(() -> images.messageProperty().get().startsWith("Could not"));
        }
        assertEquals("Could not save shapes-vae.lab.zip: " + FULL, fx(() -> images.messageProperty().get()));
        assertArrayEquals(before, Files.readAllBytes(file), "the previous file is intact");
        assertEquals(List.of(file), listing(), "no temporary file is left");

        Path blocker = Files.writeString(folder.resolve("blocker"), "a file where a folder should be");
        fx(() -> { images.saveModel(blocker.resolve("shapes-vae.lab.zip")); return null; });
        waitUntil(() -> images.messageProperty().get().contains("blocker"));
        assertEquals("Could not save shapes-vae.lab.zip: " + blocker + " is a file, not a folder: choose another folder;"
                + " the model is still open.", fx(() -> images.messageProperty().get()));

        stepImages(3); // still training
        fx(() -> { images.saveModel(file); return null; });
        waitUntil(() -> images.messageProperty().get().startsWith("Saved shapes-vae.lab.zip (3 steps)"));
    }

    private void stepToyLab(int steps) throws Exception {
        long from = fx(() -> lab.iterationProperty().get());
        for (int i = 0; i < steps; i++) {
            session.step(StepKind.BOTH);
        }
        waitUntil(() -> fx(() -> lab.iterationProperty().get()) == from + steps);
    }

    private void stepImages(long to) throws Exception {
        while (fx(() -> images.iterationProperty().get()) < to) {
            long from = fx(() -> images.iterationProperty().get());
            fx(() -> { images.step(); return null; });
            waitUntil(() -> fx(() -> images.iterationProperty().get()) > from);
        }
    }

    private static String message(String text) {
        return text == null ? "" : text;
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals("blocker")).sorted().toList();
        }
    }
}
