package io.latentlab.ui;

import io.latentlab.train.TrainingSession;

/**
 * What closing the window ends, in order: the toy lab stops following its session, every tab's
 * workers stop (a step in flight finishes first; commands queued after it are dropped quietly),
 * the toy lab's session closes and the background tasks take no more work. The application's
 * {@code stop()} runs it, and so do the tests that close the window at random moments. FX thread.
 */
public final class WindowClosing {

    private WindowClosing() {
    }

    /** Any argument may be null (the window or the session was never made). */
    public static void close(ToyLabViewModel lab, MainWindow window, TrainingSession session, BackgroundTasks tasks) {
        if (lab != null) {
            lab.detach();
        }
        if (window != null) {
            window.vaeViewModel().close();
            window.imageLabViewModel().close();
            window.exploreViewModel().close();
            window.emPlayerViewModel().close();
        }
        if (session != null) {
            session.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
