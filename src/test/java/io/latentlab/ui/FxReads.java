package io.latentlab.ui;

import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What the UI tests share: reading the scene on the FX thread, and waiting for a condition. */
final class FxReads {

    static final long WAIT_S = 30;

    private FxReads() {
    }

    /** Runs {@code read} on the FX thread and returns its result. */
    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading from the FX thread failed", e);
        }
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, condition);
    }

    /** Looks the label up and reads it on the FX thread: the scene graph changes while training. */
    static String text(FxRobot robot, String query) {
        return fx(() -> robot.lookup(query).queryAs(Label.class).getText());
    }

    /** The iteration the status bar shows, or −1 before it shows one. */
    static long iteration(FxRobot robot) {
        String digits = text(robot, "#iterationLabel").replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }
}
