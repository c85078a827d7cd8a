package io.latentlab.train;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The worker thread of a training session: it runs the commands given to {@link #submit} in
 * order and, while the session is playing, one training step whenever no command waits.
 * Commands and steps never overlap, so the trainer they share needs no locks; whatever a command
 * or a step throws goes to the session's failure handler and the loop goes on. The GAN, toy VAE
 * and image autoencoder sessions each own one.
 */
final class CommandLoop {

    private static final long CLOSE_WAIT_MS = 5000;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Thread worker;
    private final BooleanSupplier playing;
    private final Runnable playStep;
    private final Consumer<Throwable> failure;
    private volatile boolean closed;

    /**
     * @param name     the thread's name
     * @param playing  read on the worker: whether to take a step when no command waits
     * @param playStep one step while playing, on the worker
     * @param failure  what a throwing command or step is handed to, on the worker
     */
    CommandLoop(String name, BooleanSupplier playing, Runnable playStep, Consumer<Throwable> failure) {
        this.playing = playing;
        this.playStep = playStep;
        this.failure = failure;
        this.worker = new Thread(this::work, name);
        this.worker.setDaemon(true);
    }

    void start() {
        worker.start();
    }

    /** Queues {@code command} for the worker; false once the loop is closed. */
    boolean submit(Runnable command) {
        if (closed) {
            return false;
        }
        commands.add(command);
        return true;
    }

    /** Runs {@code action} on the worker between two steps; fails with {@code closedMessage} once closed. */
    <T> CompletableFuture<T> call(Supplier<T> action, String closedMessage) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!submit(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        })) {
            result.completeExceptionally(new IllegalStateException(closedMessage));
        }
        return result;
    }

    boolean isClosed() {
        return closed;
    }

    /** Runs {@code last} on the worker after what is queued, stops the loop and waits for it (up to 5 s). */
    void close(Runnable last) {
        if (closed) {
            return;
        }
        submit(() -> {
            last.run();
            closed = true;
        });
        try {
            worker.join(CLOSE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
    }

    private void work() {
        while (!closed) {
            Runnable command;
            try {
                command = playing.getAsBoolean() ? commands.poll() : commands.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            try {
                if (command != null) {
                    command.run();
                } else if (playing.getAsBoolean()) {
                    playStep.run();
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                failure.accept(e);
            }
        }
    }
}
