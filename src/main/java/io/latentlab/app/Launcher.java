package io.latentlab.app;

import javafx.application.Application;

import java.util.List;

/**
 * The entry point of the packaged application. A plain class, not an {@link Application}, so the
 * jar starts from the class path without the JavaFX launcher's module checks.
 *
 * <p>Arguments: {@code --play} starts training as soon as the session is ready (for demos and
 * screenshots, and then the window opens on the toy lab); {@code --pulse-log} prints the longest gap
 * between frames every five seconds; {@code --pulse-report SECONDS} trains the Images tab's model with
 * the explorer's sliders moving, prints how smooth the window stayed over SECONDS (longest and p99
 * gap between frames) and quits ({@link io.latentlab.ui.PulseReport}); {@code --startup-report} prints each step of the start
 * (window shown, ND4J ready, model loaded, first grid drawn) in seconds since the JVM started;
 * {@code --exit-after-start} says which pretrained model the window opened and exits once its first
 * grid is drawn ({@link StartCheck}); {@code --headless} draws the window in memory, for checks on
 * machines without a display ({@link HeadlessWindow}).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        try {
            HeadlessWindow.configure(arguments);
            LatentLabApp.pulseReportSeconds(arguments);
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
        if (StartCheck.requested(arguments)) {
            StartCheck.armTimeLimit();
        }
        EarlyStart.begin(args); // the pretrained model is read while JavaFX starts
        Application.launch(LatentLabApp.class, args);
        if (StartCheck.requested(arguments)) {
            System.exit(StartCheck.status());
        }
        if (LatentLabApp.exitStatus() != 0) {
            System.exit(LatentLabApp.exitStatus());
        }
    }
}
