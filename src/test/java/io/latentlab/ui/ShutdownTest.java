package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.Vae;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageTrainingRun;
import io.latentlab.train.ImageTrainingSession;
import io.latentlab.train.ImageTrainingSettings;
import io.latentlab.train.StepKind;
import io.latentlab.train.TrainableAutoencoder;
import io.latentlab.train.VaeHyperparameters;
import io.latentlab.train.VaeSession;
import io.latentlab.train.VaeTrainer;
import io.latentlab.train.TrainingSession;
import io.latentlab.train.TrainingState;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closing the window at any moment ends every worker cleanly: the toy lab, the VAE tab and the
 * Images tab training at once, then the window closed (as the application's {@code stop()} does,
 * {@link WindowClosing}) in the middle of steps, right after a reset, and while saves run, with
 * commands arriving after the close. Afterwards no training worker is alive, no non-daemon
 * Latent Lab thread is left to hold the JVM, and nothing was printed on the console's error stream.
 */
@ExtendWith(ApplicationExtension.class)
class ShutdownTest {

    /** The sessions' workers, which close joins. */
    private static final Set<String> WORKERS = Set.of("latentlab-training", "latentlab-vae", "latentlab-images", "latentlab-em");

    @TempDir
    Path folder;

    private Stage stage;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private enum Moment { DURING_STEPS, AFTER_RESET, DURING_SAVES }

    @Test
    void closingAtRandomMomentsLeavesNoWorkerAndPrintsNothing() throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Random random = new Random(6);
            for (Moment moment : List.of(Moment.DURING_STEPS, Moment.AFTER_RESET)) {
                closeSessionsAt(moment, random.nextInt(100));
            }
            closeWindowAt(Moment.DURING_SAVES, random.nextInt(100));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!alive(true).isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(List.of(), alive(true), "training workers still alive after the window closed");
            assertEquals(List.of(), alive(false), "non-daemon Latent Lab threads would keep the JVM running");
            Thread.sleep(300); // late hand-backs to the FX thread
        } finally {
            System.setErr(console);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8), "nothing on the error stream");
    }

    /** The three kinds of training session on their own, closed while playing or right after a reset. */
    private static void closeSessionsAt(Moment moment, int extraMillis) throws Exception {
        float[] pixels = new float[200 * 64];
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = (k * 37 % 101) / 100f;
        }
        ImageSet images = new ImageSet("stripes", 200, 8, 8, pixels, null, 0);
        TrainingSession gan = new TrainingSession(ToyLabSetup.ring8(ToyLabSetup.DEFAULT_SEED));
        VaeSession vae = new VaeSession(() -> new VaeTrainer(Vae.toy(2, 2, 1), GaussianRing.ring8(), VaeHyperparameters.defaults(1)));
        ImageTrainingSession image = new ImageTrainingSession(() -> new ImageTrainingRun(new TrainableAutoencoder(
                new ImageAutoencoderTrainer(ImageAutoencoder.create(AutoencoderKind.VAE, 8, 8, 4, 1),
                        new ImageTrainingSettings(1, 1e-3, 32, 1))), images, "stripes"));
        gan.play();
        vae.play();
        image.play();
        waitUntil(() -> gan.metrics().iteration() > 0 && vae.status().iteration() > 0 && image.status().iteration() > 0);
        Thread.sleep(extraMillis);
        if (moment == Moment.AFTER_RESET) {
            gan.reset();
            vae.reset();
            image.reset();
        }
        gan.close();
        vae.close();
        image.close();
        // commands after the close are dropped quietly
        gan.play();
        gan.step(StepKind.BOTH);
        vae.step();
        image.reset();
        image.setLearningRate(1e-2);
        assertTrue(gan.copyModel().isCompletedExceptionally(), "a copy asked after the close is refused");
        assertTrue(image.withRun(run -> run).isCompletedExceptionally());
        assertEquals(TrainingState.STOPPED, gan.metrics().state());
        assertEquals(TrainingState.STOPPED, vae.status().state());
        assertEquals(TrainingState.STOPPED, image.status().state());
    }

    /** The whole window, its three training tabs playing, closed as the application closes it. */
    private void closeWindowAt(Moment moment, int extraMillis) throws Exception {
        TrainingSession session = new TrainingSession(ToyLabSetup.ring8(ToyLabSetup.DEFAULT_SEED));
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        ToyLabViewModel lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        ToyLabFiles files = new ToyLabFiles(lab, tasks);
        MainWindow window = fx(() -> {
            MainWindow w = new MainWindow(lab, tasks, () -> { });
            stage.setScene(new Scene(w, 1000, 700));
            lab.attach(session, "test backend");
            w.vaeViewModel().open();
            w.imageLabViewModel().open();
            return w;
        });
        fx(() -> {
            lab.play();
            window.vaeViewModel().play();
            window.imageLabViewModel().play();
            return null;
        });
        waitUntil(() -> fx(() -> lab.iterationProperty().get() > 0 && window.vaeViewModel().iterationProperty().get() > 0
                && window.imageLabViewModel().iterationProperty().get() > 0));
        Thread.sleep(extraMillis);
        fx(() -> {
            switch (moment) {
                case DURING_STEPS -> { }
                case AFTER_RESET -> {
                    lab.reset();
                    window.vaeViewModel().reset();
                    window.imageLabViewModel().reset();
                }
                case DURING_SAVES -> {
                    files.saveModel(folder.resolve(moment + "-ring8.lab.zip"), new WritableImage(8, 8));
                    window.imageLabViewModel().saveModel(folder.resolve(moment + "-mnist.lab.zip"));
                }
            }
            WindowClosing.close(lab, window, session, tasks);
            // commands after the close are dropped quietly
            session.play();
            session.step(StepKind.BOTH);
            session.reset();
            window.vaeViewModel().play();
            window.imageLabViewModel().step();
            files.saveModel(folder.resolve("late.lab.zip"), new WritableImage(8, 8));
            return null;
        });
        assertTrue(session.copyModel().isCompletedExceptionally(), "a copy asked after the close is refused");
        assertEquals(TrainingState.STOPPED, session.metrics().state());
    }

    /** Latent Lab's threads still alive: the training workers, or (false) any that is not a daemon. */
    private static List<String> alive(boolean workers) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> workers ? WORKERS.contains(t.getName())
                        : !t.isDaemon() && (t.getName().startsWith("latentlab") || t.getName().equals("explorer")))
                .map(Thread::getName).sorted().toList();
    }
}
