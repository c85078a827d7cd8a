package io.latentlab.ui;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The application's {@link BackgroundTasks}: two daemon worker threads, results delivered with
 * {@link Platform#runLater}. Two, so a slow save never holds up an export.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    private final ExecutorService pool;

    public FxBackgroundTasks() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, work -> {
            Thread thread = new Thread(work, "latentlab-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (pool.isShutdown()) {
            return; // the window is closing: nobody will read the outcome
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closed between the check and the call: the same as above
        }
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, pool).whenComplete((result, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(unwrap(failure));
            }
        }));
    }

    @Override
    public void close() {
        pool.shutdown();
    }

    /** The exception that actually happened, without the wrappers of futures. */
    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
