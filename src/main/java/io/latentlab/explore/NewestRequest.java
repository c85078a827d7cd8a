package io.latentlab.explore;

import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work driven by a stream of requests where only the newest matters, such as decoding the latent
 * vector under a dragged slider: while one request is being worked on, later ones replace each
 * other and only the last is worked on next; none waits behind a stale one, and no delay is added.
 * The work and its hand-over run on the worker ({@code Executor}) given; tests pass the caller's
 * thread.
 *
 * @param <Q> a request
 * @param <R> its result
 */
public final class NewestRequest<Q, R> {

    private final Executor worker;
    private final Function<Q, R> work;
    private final BiConsumer<Q, R> done;
    private final Consumer<RuntimeException> failed;
    private final Object lock = new Object();
    private boolean running;
    private Q pending;
    private long dropped;

    /** {@code done} gets each result, {@code failed} each failure, both on the worker. */
    public NewestRequest(Executor worker, Function<Q, R> work, BiConsumer<Q, R> done, Consumer<RuntimeException> failed) {
        this.worker = worker;
        this.work = work;
        this.done = done;
        this.failed = failed;
    }

    /** Works on {@code request} now if idle, else after the current one, replacing any request still waiting. */
    public void submit(Q request) {
        synchronized (lock) {
            if (running) {
                if (pending != null) {
                    dropped++;
                }
                pending = request;
                return;
            }
            running = true;
        }
        try {
            worker.execute(() -> drain(request));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            synchronized (lock) {
                running = false; // the worker has shut down (the window is closing): nothing will look at the result
            }
        }
    }

    /** How many requests were replaced before they were worked on. */
    public long dropped() {
        synchronized (lock) {
            return dropped;
        }
    }

    private void drain(Q first) {
        Q request = first;
        while (request != null) {
            try {
                done.accept(request, work.apply(request));
            } catch (RuntimeException e) {
                failed.accept(e);
            }
            synchronized (lock) {
                request = pending;
                pending = null;
                running = request != null;
            }
        }
    }
}
