package io.latentlab.app;

import javafx.application.Application;

/**
 * The entry point of the packaged application. A plain class, not an {@link Application}, so the
 * jar starts from the class path without the JavaFX launcher's module checks.
 *
 * <p>Arguments: {@code --play} starts training as soon as the session is ready (for demos and
 * screenshots, and then the window opens on the toy lab); {@code --pulse-log} prints the longest gap
 * between frames every five seconds; {@code --startup-report} prints each step of the start
 * (window shown, ND4J ready, model loaded, first grid drawn) in seconds since the JVM started.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        EarlyStart.begin(args); // the pretrained model is read while JavaFX starts
        Application.launch(LatentLabApp.class, args);
    }
}
