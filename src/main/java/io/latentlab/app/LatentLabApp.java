package io.latentlab.app;

import io.latentlab.data.GaussianRing;
import io.latentlab.model.AppVersion;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.TrainingSession;
import io.latentlab.ui.FxBackgroundTasks;
import io.latentlab.ui.MainWindow;
import io.latentlab.ui.PretrainedStart;
import io.latentlab.ui.PulseMonitor;
import io.latentlab.ui.ToyLabSetup;
import io.latentlab.ui.ToyLabViewModel;
import io.latentlab.ui.WindowClosing;
import io.latentlab.ui.WindowSettings;
import io.latentlab.settings.SettingsLocation;
import io.latentlab.settings.SettingsStore;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.util.Locale;

/**
 * The JavaFX application: shows the main window at once ("Starting…"), opens the Images tab
 * with a pretrained model read in the background ({@link PretrainedStart}), sets ND4J up and
 * builds the toy lab's training session on a background thread, attaches it when ready, and
 * closes them on exit. {@link StartupClock} times the start.
 */
public final class LatentLabApp extends Application {

    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private volatile TrainingSession session;
    private volatile boolean stopping;
    private ToyLabViewModel lab;
    private MainWindow window;
    private boolean toyLabStarted;
    private WindowSettings windowSettings;
    /** The toy lab's session is built by then even if the Images tab has drawn nothing. */
    private static final double TOY_LAB_AT_THE_LATEST_S = 8;

    @Override
    public void start(Stage stage) {
        EarlyStart early = EarlyStart.take(getParameters().getRaw());
        StartupClock clock = early.clock();
        clock.mark("JavaFX started");
        lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        window = new MainWindow(lab, tasks, Platform::exit);
        clock.mark("window built");
        stage.setTitle("Latent Lab " + AppVersion.VERSION);
        try (var icon = LatentLabApp.class.getResourceAsStream("latentlab.png")) {
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        } catch (java.io.IOException e) {
            // no icon is no reason not to start
        }
        stage.setScene(new Scene(window, 1360, 860));
        stage.setMinWidth(900);
        stage.setMinHeight(600);

        boolean playAtStart = getParameters().getRaw().contains("--play");
        if (!playAtStart) {
            // what a teacher opens first: a pretrained image model, read since main() began (EarlyStart);
            // the toy lab's session is built once its first grid is on screen, so the two do not share the CPU
            PretrainedStart.begin(window, early.model(), milestone -> {
                clock.mark(milestone);
                if (PretrainedStart.FIRST_GRID.equals(milestone)) {
                    startToyLab(false);
                }
            });
            early.model().whenComplete((read, failure) -> {
                if (failure != null) {
                    Platform.runLater(() -> startToyLab(false));
                }
            });
            PauseTransition latest = new PauseTransition(Duration.seconds(TOY_LAB_AT_THE_LATEST_S));
            latest.setOnFinished(e -> startToyLab(false));
            latest.play();
        }
        // the last run's layout, look and recent models (settings.json; a damaged one is said in the window)
        windowSettings = WindowSettings.install(stage, window, SettingsStore.open(SettingsLocation.current()));
        stage.show();
        clock.mark("window shown");
        if (getParameters().getRaw().contains("--pulse-log")) {
            logPulses();
        }
        if (playAtStart) {
            startToyLab(true);
        }
    }

    /** Builds the toy lab's session in the background, once; FX thread. */
    private void startToyLab(boolean playAtStart) {
        if (toyLabStarted) {
            return;
        }
        toyLabStarted = true;
        Thread starter = new Thread(() -> buildSession(playAtStart), "latentlab-start");
        starter.setDaemon(true);
        starter.start();
    }

    /** Off the FX thread: ND4J's native libraries take a moment to load. */
    private void buildSession(boolean playAtStart) {
        try {
            Nd4jRuntime.init();
            String backend = Nd4jRuntime.describe();
            TrainingSession built = new TrainingSession(ToyLabSetup.ring8(ToyLabSetup.DEFAULT_SEED));
            Platform.runLater(() -> {
                if (stopping) {
                    built.close();
                    return;
                }
                session = built;
                lab.attach(built, backend);
                if (playAtStart) {
                    lab.play();
                }
            });
        } catch (RuntimeException | LinkageError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            Platform.runLater(() -> lab.showError("The numerical backend could not start (" + why
                    + "). Training is unavailable; check that this computer supports AVX2, then restart Latent Lab."));
        }
    }

    /** Prints the longest gap between two frames of every five seconds: how smooth the window stays. */
    private static void logPulses() {
        PulseMonitor monitor = new PulseMonitor();
        monitor.start();
        Timeline report = new Timeline(new KeyFrame(Duration.seconds(5), e -> {
            System.out.printf(Locale.ROOT, "longest frame gap in the last 5 s: %.1f ms over %d frames%n",
                    monitor.maxGapMillis(), monitor.frames());
            monitor.reset();
        }));
        report.setCycleCount(Timeline.INDEFINITE);
        report.play();
    }

    @Override
    public void stop() {
        stopping = true;
        if (windowSettings != null) {
            windowSettings.save(); // File ▸ Quit ends without hiding the window first
        }
        WindowClosing.close(lab, window, session, tasks);
    }
}
