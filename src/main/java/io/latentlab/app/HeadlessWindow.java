package io.latentlab.app;

import java.util.List;

/**
 * {@code --headless}: the window is built, laid out and drawn in memory, with nothing on a screen,
 * through JavaFX's Monocle platform (software rendering). For checks on machines without a display,
 * such as CI starting the packaged app; the app image ships the Monocle jar, a plain jar run has it
 * only where the tests' class path does. The properties must be set before JavaFX starts.
 */
final class HeadlessWindow {

    static final String FLAG = "--headless";
    /** Monocle's application class: present when the Monocle jar is on the class path. */
    static final String MONOCLE = "com.sun.glass.ui.monocle.MonocleApplication";
    /**
     * The screen drawn on: larger than the window (1360×860), which Monocle's default 1280×800
     * screen is not (its frame upload then overflows), and 32 bits a pixel.
     */
    static final String SCREEN = "1600x1000-32";

    private HeadlessWindow() {
    }

    /** Whether {@code args} ask for a headless window. */
    static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    /**
     * Sets JavaFX up to draw without a display when {@code args} ask for it; fails with one line
     * when Monocle is not there to do it.
     */
    static void configure(List<String> args) {
        if (!requested(args)) {
            return;
        }
        if (!monoclePresent()) {
            throw new IllegalStateException(FLAG + " needs JavaFX's Monocle platform (the openjfx-monocle jar), which is "
                    + "not on the class path; run the packaged app (target/dist/LatentLab), which ships it, or start "
                    + "Latent Lab without " + FLAG);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("headless.geometry", SCREEN);
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    static boolean monoclePresent() {
        try {
            Class.forName(MONOCLE, false, HeadlessWindow.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
