package io.latentlab.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file I/O, model copies, encoding) away from the FX thread and hands the result
 * or the failure back on the FX thread. View models take one, so the application runs work on
 * worker threads while a test may run it on the calling thread.
 */
public interface BackgroundTasks extends AutoCloseable {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Stops accepting work; work already started finishes. */
    @Override
    void close();
}
