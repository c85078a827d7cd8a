package io.latentlab.train;

import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Trains one VAE on its own worker thread: play, pause, single steps, reset, β and the learning
 * rate changed between steps, and a new model (other data or latent size) on request.
 *
 * <p>The same pattern as {@link TrainingSession}: only the worker touches the trainer; commands
 * go through a queue; results come back as immutable snapshots, read by the view once a frame:
 * {@link #status()} after every step, {@link #snapshot()} (a fixed set of
 * {@value #SNAPSHOT_POINTS} data points with their posteriors and reconstructions, and
 * {@value #PRIOR_POINTS} decoded prior draws) every {@value #SNAPSHOT_INTERVAL_MS} ms while
 * running and after every other change, and the {@link #history()} of the terms.
 */
public final class VaeSession implements AutoCloseable {

    public static final int SNAPSHOT_POINTS = 600;
    public static final int PRIOR_POINTS = 600;
    public static final long SNAPSHOT_INTERVAL_MS = 100;
    public static final int HISTORY_POINTS = 500;
    private static final long POINTS_SEED = 20_240_602L;
    private static final long PRIOR_SEED = 20_240_603L;
    private static final long RATE_WINDOW_NS = 500_000_000L;

    private final CommandLoop loop;
    private final AtomicReference<VaeStatus> status = new AtomicReference<>(VaeStatus.initial(Double.NaN));
    private final AtomicReference<VaeSnapshot> snapshot = new AtomicReference<>();
    private final VaeHistory history = new VaeHistory(HISTORY_POINTS);
    private final FaultRecovery recovery = FaultRecovery.standard();

    // worker-thread state
    private Supplier<VaeTrainer> factory;
    private VaeTrainer trainer;
    private float[] points;
    private float[] priorLatents;
    private boolean running;
    private long lastSnapshotNs;
    private long rateMarkNs;
    private long rateMarkIteration;
    private double rate;

    /** Builds the first trainer on the worker thread; {@code factory} is called again on every reset. */
    public VaeSession(Supplier<VaeTrainer> factory) {
        this.factory = Objects.requireNonNull(factory);
        this.loop = new CommandLoop("latentlab-vae", () -> running, this::trainOnce, this::fail);
        submit(this::rebuild);
        loop.start();
    }

    // ----- commands (any thread) -----

    public void play() {
        submit(this::start);
    }

    public void pause() {
        submit(this::halt);
    }

    public void togglePlay() {
        submit(() -> {
            if (running) {
                halt();
            } else {
                start();
            }
        });
    }

    /** Pauses if running, then takes one step. */
    public void step() {
        submit(() -> {
            if (trainer == null || status.get().state() == TrainingState.FAILED) {
                return;
            }
            running = false;
            rate = 0;
            if (trainOnce()) {
                publishSnapshot();
                publish(TrainingState.PAUSED, "");
            }
        });
    }

    /** Fresh networks from the factory (the same seed gives the same start); the history is cleared. */
    public void reset() {
        submit(() -> {
            running = false;
            rebuild();
        });
    }

    /** From now on, reset to what {@code newFactory} makes (other data, another latent size), and reset now. */
    public void replace(Supplier<VaeTrainer> newFactory) {
        Objects.requireNonNull(newFactory);
        submit(() -> {
            running = false;
            factory = newFactory;
            rebuild();
        });
    }

    /** The KL weight from the next step on. */
    public void setBeta(double beta) {
        VaeHyperparameters.checkBeta(beta);
        submit(() -> {
            if (trainer != null) {
                trainer.setBeta(beta);
                if (!running) {
                    publishSnapshot();
                }
            }
        });
    }

    /** Adam's learning rate from the next step on. */
    public void setLearningRate(double rate) {
        GanHyperparameters.checkRate("learning rate", rate);
        submit(() -> {
            if (trainer != null) {
                trainer.setLearningRate(rate);
            }
        });
    }

    /** Runs {@code action} on the worker thread between two steps, with the trainer. For tests. */
    public <T> CompletableFuture<T> withTrainer(Function<VaeTrainer, T> action) {
        return loop.call(() -> action.apply(trainer), "the VAE session is closed");
    }

    /** The checkpoints kept now, oldest first (copies taken on the worker). */
    public CompletableFuture<java.util.List<CheckpointRing.Checkpoint>> checkpoints() {
        return loop.call(recovery::checkpoints, "the VAE session is closed");
    }

    // ----- published state (any thread) -----

    /** The latest step that went wrong since the model was built or reset, or null; the session paused itself and put back the parameters it names. */
    public TrainingFault fault() {
        return recovery.latest();
    }

    /** How many steps have gone wrong since the session began. */
    public int faultCount() {
        return recovery.count();
    }

    public VaeStatus status() {
        return status.get();
    }

    /** The latest picture of the VAE, or null before the first trainer is built. */
    public VaeSnapshot snapshot() {
        return snapshot.get();
    }

    public VaeHistory history() {
        return history;
    }

    /** Stops the worker after the current step and waits for it (up to 5 s). */
    @Override
    public void close() {
        loop.close(() -> {
            running = false;
            publish(TrainingState.STOPPED, "");
        });
    }

    private boolean submit(Runnable command) {
        return loop.submit(command);
    }

    // ----- worker -----

    private void start() {
        if (trainer != null && status.get().state() != TrainingState.FAILED) {
            running = true;
            rateMarkNs = System.nanoTime();
            rateMarkIteration = trainer.iteration();
            publish(TrainingState.RUNNING, "");
        }
    }

    private void halt() {
        if (running) {
            running = false;
            rate = 0;
            publishSnapshot();
            publish(TrainingState.PAUSED, "");
        }
    }

    private void rebuild() {
        try {
            trainer = factory.get();
            points = trainer.data().sample(SNAPSHOT_POINTS, POINTS_SEED);
            priorLatents = priorDraws(PRIOR_POINTS * trainer.vae().latentSize());
            history.clear();
            rate = 0;
            recovery.restart(trainer.iteration(), trainer);
            status.set(VaeStatus.initial(trainer.hyperparameters().beta()));
            publishSnapshot();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private static float[] priorDraws(int n) {
        Random rng = new Random(PRIOR_SEED);
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = (float) rng.nextGaussian();
        }
        return z;
    }

    private boolean trainOnce() {
        VaeStepMetrics step;
        try {
            step = trainer.step();
        } catch (RuntimeException e) {
            fail(e);
            return false;
        }
        StepHealth.Problem problem = StepHealth.of()
                .loss("the reconstruction term", step.reconstruction())
                .loss("the KL term", step.kl())
                .loss("the loss", step.objective())
                .gradientNorm("the gradient norm", trainer.gradientNorm())
                .problem();
        TrainingFault fault = recovery.afterStep(step.iteration(), problem, trainer,
                TrainingFault.rate(trainer.hyperparameters().learningRate()));
        if (fault != null) {
            running = false;
            rate = 0;
            publishSnapshot();
            publish(TrainingState.PAUSED, fault.message());
            return false;
        }
        history.add(step);
        long now = System.nanoTime();
        if (running) {
            if (now - rateMarkNs >= RATE_WINDOW_NS) {
                rate = (step.iteration() - rateMarkIteration) * 1e9 / (now - rateMarkNs);
                rateMarkNs = now;
                rateMarkIteration = step.iteration();
            }
            if (now - lastSnapshotNs >= SNAPSHOT_INTERVAL_MS * 1_000_000L) {
                publishSnapshot();
            }
        }
        status.set(new VaeStatus(step, rate, running ? TrainingState.RUNNING : TrainingState.PAUSED, ""));
        return true;
    }

    private void publishSnapshot() {
        if (trainer != null) {
            snapshot.set(trainer.snapshot(points, priorLatents));
            lastSnapshotNs = System.nanoTime();
        }
    }

    private void publish(TrainingState state, String message) {
        VaeStatus last = status.get();
        status.set(new VaeStatus(last.step(), state == TrainingState.RUNNING ? rate : 0, state, message));
    }

    private void fail(Throwable e) {
        running = false;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        publish(TrainingState.FAILED, "VAE training stopped: " + why + ". Press Reset to start again.");
    }
}
