package io.latentlab.density;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fits density overlays in the background, newest request first: a request replaces any that
 * has not started yet, so a fitter that falls behind the training skips to the latest samples
 * instead of queueing stale ones. At most one fit runs at a time. The latest result is
 * published as an immutable {@link DensityOverlay}, which the UI reads each frame
 * ({@link #latest()}); nobody waits for a fit.
 *
 * <p>The work runs on the given executor: {@link #onOwnThread()} makes one daemon thread, a
 * test may pass an executor that runs the work when the test says so.
 */
public final class OverlayFitter implements AutoCloseable {

    private final Executor executor;
    private final ExecutorService owned;
    private final OverlayFit fit = new OverlayFit();
    private final AtomicReference<OverlayRequest> pending = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicLong fits = new AtomicLong();
    private volatile DensityOverlay latest;
    private volatile String failure = "";

    /** Runs its fits on {@code executor}, one at a time. */
    public OverlayFitter(Executor executor) {
        this(executor, null);
    }

    private OverlayFitter(Executor executor, ExecutorService owned) {
        this.executor = executor;
        this.owned = owned;
    }

    /** A fitter with its own daemon thread, ended by {@link #close()}. */
    public static OverlayFitter onOwnThread() {
        ExecutorService thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, "latentlab-density-overlay");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        return new OverlayFitter(thread, thread);
    }

    /** Asks for a fit of {@code request}; replaces a request still waiting. Returns at once; does nothing once closed. */
    public void request(OverlayRequest request) {
        pending.set(request);
        if (scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RejectedExecutionException closed) {
                scheduled.set(false); // closed: nothing more is fitted
            }
        }
    }

    private void drain() {
        while (true) {
            OverlayRequest request = pending.getAndSet(null);
            if (request == null) {
                scheduled.set(false);
                // A request that came after the check above and found scheduled still true is ours to run.
                if (pending.get() == null || !scheduled.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                latest = fit.fit(request);
                failure = "";
            } catch (RuntimeException e) {
                failure = "The density overlay could not be fitted (" + e.getMessage()
                        + "); choose another estimator in View ▸ Density overlay.";
            }
            fits.incrementAndGet();
        }
    }

    /** The newest finished fit, or null before the first. */
    public DensityOverlay latest() {
        return latest;
    }

    /** Why the newest fit failed, one line, or empty when it did not. */
    public String failure() {
        return failure;
    }

    /** How many requests were fitted (or failed): fewer than were made when some were replaced. */
    public long fitCount() {
        return fits.get();
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
