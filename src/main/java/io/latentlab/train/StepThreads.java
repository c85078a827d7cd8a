package io.latentlab.train;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The threads one training step of the convolutional lean path spreads its work over: the matrix
 * products by rows ({@link BlasMatrix#multiply(BlasMatrix, boolean, BlasMatrix, boolean, BlasMatrix, StepThreads)},
 * each share one single-threaded {@code sgemm}) and the loops between them (im2col, col2im,
 * normalisation, activations) by image. The calling thread takes the first share and helper
 * threads the rest; the call returns when all are done. With one thread everything runs on the caller.
 *
 * <p>Why not OpenBLAS's own threads: measured on the idle 2-core machine (DCGAN, 1 BLAS thread
 * otherwise), sharing out here gave 9.8–10.7 it/s against 7.3–9.0 with 2 OpenBLAS threads and the
 * loops split alike, and 6.7–7.0 on one thread: OpenBLAS's threads spin between products while
 * the loops run, and the loops were a quarter of the step.
 *
 * <p>The DCGAN's discriminator step uses them differently: its real and fake passes, independent
 * until the update, run whole side by side, one a thread ({@link DiscriminatorPair}).
 */
final class StepThreads {

    /** Everything on the calling thread. */
    static final StepThreads SINGLE = new StepThreads(1);

    /** A loop body over the items {@code [from, to)}. */
    @FunctionalInterface
    interface Share {
        void run(int from, int to);
    }

    private static ExecutorService helpers;

    private final int threads;

    private StepThreads(int threads) {
        this.threads = threads;
    }

    static StepThreads of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return threads == 1 ? SINGLE : new StepThreads(threads);
    }

    int threads() {
        return threads;
    }

    /** Daemon helpers shared by every trainer, made on first use; they never hold a lock a step waits on. */
    private static synchronized ExecutorService helpers() {
        if (helpers == null) {
            helpers = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "latentlab-step-helper");
                t.setDaemon(true);
                return t;
            });
        }
        return helpers;
    }

    /** Runs {@code share} over {@code [0, count)} split in {@link #threads()} contiguous parts (whole multiples of {@code unit}). */
    void split(int count, int unit, Share share) {
        int units = count / unit;
        if (threads == 1 || units < 2) {
            share.run(0, count);
            return;
        }
        int parts = Math.min(threads, units);
        @SuppressWarnings("unchecked")
        Future<?>[] pending = new Future<?>[parts - 1];
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) units * p / parts) * unit;
            int to = p == parts - 1 ? count : (int) ((long) units * (p + 1) / parts) * unit;
            pending[p - 1] = helpers().submit(() -> share.run(from, to));
        }
        share.run(0, (int) ((long) units / parts) * unit);
        RuntimeException failure = null;
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while a step's helper thread worked", e);
            } catch (java.util.concurrent.ExecutionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
