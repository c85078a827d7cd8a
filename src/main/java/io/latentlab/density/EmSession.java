package io.latentlab.density;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * An EM fit that a class watches, one iteration at a time, on its own worker thread: commands
 * (reset, step, fit to convergence) queue up and run in order, and after each the session
 * publishes an immutable {@link EmFrame} that the UI reads when it draws. Failures (a component
 * that collapses, say) go to {@code onFailure} as one line, on the worker thread.
 */
public final class EmSession implements AutoCloseable {

    /** The player's EM settings: scikit-learn's tolerance and covariance regularisation. */
    public static final EmSettings SETTINGS = EmSettings.defaults().withMaxIter(500);

    private final ExecutorService worker;
    private final AtomicReference<EmFrame> latest = new AtomicReference<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Consumer<String> onFailure;

    // Owned by the worker thread.
    private EmSetup setup;
    private double[] points;
    private EmRun run;
    private double[] bounds = new double[0];

    public EmSession(Consumer<String> onFailure) {
        this.onFailure = onFailure;
        this.worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "latentlab-em");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Draws the data (again only when it changed) and starts a new run at iteration 0. */
    public void reset(EmSetup newSetup) {
        submit(() -> {
            if (points == null || setup == null || !sameData(setup, newSetup)) {
                float[] drawn = newSetup.data().sample(newSetup.n(), newSetup.dataSeed());
                points = new double[drawn.length];
                for (int i = 0; i < drawn.length; i++) {
                    points[i] = drawn[i];
                }
            }
            setup = newSetup;
            run = null;
            bounds = new double[0];
            EmSettings settings = SETTINGS.withCovarianceType(newSetup.covarianceType()).withSeed(newSetup.startSeed());
            run = EmRun.start(newSetup.k(), points, newSetup.data().dimension(), settings, newSetup.start());
            publish();
        });
    }

    /** One EM iteration, unless the run has converged or reached the iteration limit. */
    public void step() {
        submit(() -> {
            if (canStep()) {
                record(run.step());
                publish();
            }
        });
    }

    /** Iterates until converged or the iteration limit, then publishes the result once. */
    public void fitToConvergence() {
        submit(() -> {
            boolean stepped = false;
            while (canStep()) {
                record(run.step());
                stepped = true;
            }
            if (stepped) {
                publish();
            }
        });
    }

    /** The latest frame, or null before the first reset has run. */
    public EmFrame latest() {
        return latest.get();
    }

    /** Whether commands are queued or running: a player waits rather than pile steps up. */
    public boolean busy() {
        return pending.get() > 0;
    }

    /** Waits until every command queued so far has run; for tests and the command line. */
    public void awaitIdle(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            worker.submit(() -> { }).get(timeout, unit);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private boolean canStep() {
        return run != null && !run.converged() && run.iteration() < SETTINGS.maxIter();
    }

    private void record(EmRun.Step step) {
        bounds = Arrays.copyOf(bounds, bounds.length + 1);
        bounds[bounds.length - 1] = step.lowerBound();
    }

    private static boolean sameData(EmSetup a, EmSetup b) {
        return a.data().name().equals(b.data().name()) && a.n() == b.n() && a.dataSeed() == b.dataSeed();
    }

    private void submit(Runnable command) {
        pending.incrementAndGet();
        try {
            worker.execute(() -> {
                try {
                    command.run();
                } catch (RuntimeException e) {
                    onFailure.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            pending.decrementAndGet(); // closed: nothing more to do
        }
    }

    /** Responsibilities, average log-likelihood and criteria of the current mixture, in one pass over the points. */
    private void publish() {
        GaussianMixture mixture = run.mixture();
        int d = mixture.dimension();
        int k = mixture.k();
        int n = points.length / d;
        float[] resp = new float[n * k];
        double[] work = new double[k];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double norm = mixture.logDensityAt(points, i * d, work);
            sum += norm;
            for (int c = 0; c < k; c++) {
                resp[i * k + c] = (float) Math.exp(work[c] - norm);
            }
        }
        float[] xy = new float[points.length];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = (float) points[i];
        }
        int p = mixture.parameterCount();
        double bic = -2 * sum + p * Math.log(n);
        double aic = -2 * sum + 2 * p;
        boolean exhausted = !run.converged() && run.iteration() >= SETTINGS.maxIter();
        latest.set(new EmFrame(setup, xy, d, mixture, resp, bounds, run.converged(), exhausted, sum / n, bic, aic));
    }
}
