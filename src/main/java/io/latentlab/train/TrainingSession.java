package io.latentlab.train;

import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Trains one model on its own worker thread: play, pause, single steps, reset, learning rates
 * changed between steps, and a copy of the networks on request.
 *
 * <p>Only the worker touches the trainer and its networks. Everything else goes through a
 * command queue, and results come back as immutable snapshots: {@link #metrics()} after every
 * step, {@link #samples()} (generated points for a fixed set of noise vectors) every
 * {@value #SAMPLE_INTERVAL_MS} ms while running and after every single step, {@link #fields()}
 * (D's heatmap, G's manifold, gradient arrows; 2-D data only) every {@value #FIELD_INTERVAL_MS} ms
 * while running and after every single step, and the loss
 * {@link #history()}. Listeners are called on a separate notifier thread, coalesced.
 */
public final class TrainingSession implements AutoCloseable {

    /** How often generated points are refreshed while running. */
    public static final long SAMPLE_INTERVAL_MS = 100;
    /** How often the discriminator heatmap, manifold and arrows are refreshed while running. */
    public static final long FIELD_INTERVAL_MS = 200;
    /** How many of the sample points get gradient arrows. */
    public static final int ARROW_COUNT = 150;
    /** How many generated points a sample snapshot holds. */
    public static final int SAMPLE_COUNT = 1000;
    private static final long SAMPLE_NOISE_SEED = 20_240_601L;
    private static final long RATE_WINDOW_NS = 500_000_000L;

    private final CommandLoop loop;
    private final Thread notifier;
    private final AtomicBoolean notifyPending = new AtomicBoolean();
    private final Object notifyLock = new Object();
    private final List<TrainingListener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<MetricSnapshot> metrics = new AtomicReference<>(MetricSnapshot.initial(0));
    private final AtomicReference<SampleSnapshot> samples = new AtomicReference<>();
    private final AtomicReference<FieldSnapshot> fields = new AtomicReference<>();
    private final AtomicReference<PushforwardMap> pushforward = new AtomicReference<>();
    /** Buckets of the loss history: about one per pixel of a wide chart, and cheap to redraw. */
    public static final int HISTORY_POINTS = 500;

    private final MetricHistory history = new MetricHistory(HISTORY_POINTS);
    private final FaultRecovery recovery = FaultRecovery.standard();

    // worker-thread state
    private Supplier<GanTrainer> factory;
    private GanTrainer trainer;
    private float[] sampleNoise;
    private float[] arrowNoise;
    private long lastFieldsNs;
    private boolean running;
    private long lastSampleNs;
    private long rateMarkNs;
    private long rateMarkIteration;
    private double rate;
    private volatile long stepDelayMs;
    private volatile GanHyperparameters hyperparameters;

    /** Builds the first trainer on the worker thread; {@code factory} is called again on every reset. */
    public TrainingSession(Supplier<GanTrainer> factory) {
        this.factory = Objects.requireNonNull(factory);
        this.loop = new CommandLoop("latentlab-training", () -> running, this::playStep, this::fail);
        this.notifier = new Thread(this::notifyLoop, "latentlab-training-notifier");
        this.notifier.setDaemon(true);
        submit(this::rebuild);
        loop.start();
        notifier.start();
    }

    // ----- commands (any thread) -----

    public void play() {
        submit(this::start);
    }

    public void pause() {
        submit(this::halt);
    }

    /**
     * Pauses when running, plays otherwise, decided on the worker thread: two quick presses of
     * the key always mean play then pause, whatever the published state was when they came.
     */
    public void togglePlay() {
        submit(() -> {
            if (running) {
                halt();
            } else {
                start();
            }
        });
    }

    private void start() {
        if (metrics.get().state() != TrainingState.FAILED && trainer != null) {
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
            publishSamples();
            publish(TrainingState.PAUSED, "");
        }
    }

    /** Pauses if running, then takes one step of the given kind. */
    public void step(StepKind kind) {
        submit(() -> {
            if (metrics.get().state() == TrainingState.FAILED) {
                return;
            }
            running = false;
            rate = 0;
            if (trainOnce(kind)) {
                publishSamples();
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

    /** From now on, reset to what {@code newFactory} makes (a loaded model, other settings), and reset now. */
    public void replace(Supplier<GanTrainer> newFactory) {
        Objects.requireNonNull(newFactory);
        submit(() -> {
            running = false;
            factory = newFactory;
            rebuild();
        });
    }

    public void setLearningRates(double generatorLr, double discriminatorLr) {
        GanHyperparameters.checkRate("generator learning rate", generatorLr);
        GanHyperparameters.checkRate("discriminator learning rate", discriminatorLr);
        submit(() -> {
            trainer.setLearningRates(generatorLr, discriminatorLr);
            hyperparameters = trainer.hyperparameters();
        });
    }

    /** The GAN objective from the next step on, without a reset (Adam's moment estimates are kept). */
    public void setLoss(GanLoss loss) {
        Objects.requireNonNull(loss);
        submit(() -> {
            trainer.setLoss(loss);
            hyperparameters = trainer.hyperparameters();
        });
    }

    /** Each network's optimiser from the next step on, without a reset (a changed one starts afresh). */
    public void setOptimizers(Optimizer generator, Optimizer discriminator) {
        Objects.requireNonNull(generator);
        Objects.requireNonNull(discriminator);
        submit(() -> {
            trainer.setOptimizers(generator, discriminator);
            hyperparameters = trainer.hyperparameters();
        });
    }

    /** Discriminator steps per generator step from the next iteration on, without a reset. */
    public void setDiscriminatorSteps(int steps) {
        GanHyperparameters.defaults(0).withDiscriminatorSteps(steps); // checks the range on the caller's thread
        submit(() -> {
            trainer.setDiscriminatorSteps(steps);
            hyperparameters = trainer.hyperparameters();
        });
    }

    /** A pause after every step while running, for watching training in slow motion; 0 for full speed. */
    public void setStepDelayMillis(long millis) {
        if (millis < 0 || millis > 10_000) {
            throw new IllegalArgumentException("step delay must be in 0..10000 ms, was " + millis);
        }
        stepDelayMs = millis;
    }

    /** A deep copy of the networks as they are between two steps (see {@link GanTrainer#snapshot()}), with the trainer's settings. */
    public CompletableFuture<TrainedGan> copyModel() {
        return loop.call(() -> new TrainedGan(trainer.snapshot(), trainer.data(),
                trainer.hyperparameters(), trainer.iteration()), "the training session is closed");
    }

    /** Runs {@code action} on the worker thread between two steps, with the trainer. For tests and exports. */
    public <T> CompletableFuture<T> withTrainer(java.util.function.Function<GanTrainer, T> action) {
        return loop.call(() -> action.apply(trainer), "the training session is closed");
    }

    /** The checkpoints kept now, oldest first (copies taken on the worker). */
    public CompletableFuture<List<CheckpointRing.Checkpoint>> checkpoints() {
        return loop.call(recovery::checkpoints, "the training session is closed");
    }

    // ----- published state (any thread) -----

    /**
     * The latest step that went wrong since the model was built, reset or opened, or null; the
     * session paused itself and put back the parameters it names.
     */
    public TrainingFault fault() {
        return recovery.latest();
    }

    /** How many steps have gone wrong since the session began. */
    public int faultCount() {
        return recovery.count();
    }

    public MetricSnapshot metrics() {
        return metrics.get();
    }

    /** The latest generated points, or null before the first trainer is built. */
    public SampleSnapshot samples() {
        return samples.get();
    }

    /** The latest heatmap, manifold and arrows; null before the first trainer is built and for data that is not 2-D. */
    public FieldSnapshot fields() {
        return fields.get();
    }

    /** The latest map z ↦ G(z), published with the fields; null before the first trainer is built and for data that is not 1-D. */
    public PushforwardMap pushforward() {
        return pushforward.get();
    }

    public MetricHistory history() {
        return history;
    }

    /** The settings in force, or null before the first trainer is built. */
    public GanHyperparameters hyperparameters() {
        return hyperparameters;
    }

    public void addListener(TrainingListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(TrainingListener listener) {
        listeners.remove(listener);
    }

    /** Stops the worker after the current step and waits for it (up to 5 s). */
    @Override
    public void close() {
        loop.close(() -> {
            running = false;
            publish(TrainingState.STOPPED, "");
        });
        notifier.interrupt();
    }

    private boolean submit(Runnable command) {
        return loop.submit(command);
    }

    // ----- worker -----

    /** One step while playing, then the slow-motion pause if one is set. */
    private void playStep() {
        if (trainOnce(StepKind.BOTH) && stepDelayMs > 0) {
            sleepQuietly(stepDelayMs);
        }
    }

    private void rebuild() {
        try {
            trainer = factory.get();
            hyperparameters = trainer.hyperparameters();
            sampleNoise = trainer.gan().noise(SAMPLE_COUNT, SAMPLE_NOISE_SEED);
            arrowNoise = java.util.Arrays.copyOf(sampleNoise, ARROW_COUNT * trainer.gan().noiseSize());
            history.clear();
            rate = 0;
            recovery.restart(trainer.iteration(), trainer);
            metrics.set(MetricSnapshot.initial(trainer.iteration()));
            publishSamples();
            publish(TrainingState.READY, "");
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /** One step and its publication; false when it failed. */
    private boolean trainOnce(StepKind kind) {
        StepMetrics step;
        try {
            step = trainer.step(kind);
        } catch (RuntimeException e) {
            fail(e);
            return false;
        }
        TrainingFault fault = recovery.afterStep(step.iteration(), health(kind, step), trainer, learningRates());
        if (fault != null) {
            running = false;
            rate = 0;
            publishSamples();
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
            if (now - lastSampleNs >= SAMPLE_INTERVAL_MS * 1_000_000L || stepDelayMs > 0) {
                publishSamples();
            }
            if (now - lastFieldsNs >= FIELD_INTERVAL_MS * 1_000_000L) {
                publishFields();
            }
        }
        metrics.set(new MetricSnapshot(step, rate, running ? TrainingState.RUNNING : TrainingState.PAUSED, ""));
        signal();
        return true;
    }

    /** What the step computed: D's loss unless only G stepped, G's loss and gradient unless only D did. */
    private StepHealth.Problem health(StepKind kind, StepMetrics step) {
        StepHealth health = StepHealth.of();
        if (kind != StepKind.GENERATOR) {
            health.loss("the discriminator loss", step.discriminatorLoss());
        }
        if (kind != StepKind.DISCRIMINATOR) {
            health.loss("the generator loss", step.generatorLoss())
                    .gradientNorm("the generator's gradient norm", trainer.generatorGradientNorm());
        }
        return health.problem();
    }

    private String learningRates() {
        GanHyperparameters h = trainer.hyperparameters();
        return h.generatorLr() == h.discriminatorLr() ? TrainingFault.rate(h.generatorLr())
                : "G " + TrainingFault.rate(h.generatorLr()) + ", D " + TrainingFault.rate(h.discriminatorLr());
    }

    private void publishSamples() {
        if (trainer == null) {
            return;
        }
        float[] points = trainer.generate(sampleNoise);
        ModeCoverage coverage = trainer.data().modeCentres().length == 0
                ? null : ModeCoverage.of(points, trainer.data());
        samples.set(new SampleSnapshot(trainer.iteration(), points, trainer.data().dimension(), coverage));
        lastSampleNs = System.nanoTime();
        if (!running) {
            publishFields(); // paused, stepped or reset: the layers follow every change
        }
    }

    private void publishFields() {
        fields.set(trainer.fields(arrowNoise));
        pushforward.set(trainer.pushforward());
        lastFieldsNs = System.nanoTime();
    }

    private void publish(TrainingState state, String message) {
        MetricSnapshot last = metrics.get();
        metrics.set(new MetricSnapshot(last.step(), state == TrainingState.RUNNING ? rate : 0, state, message));
        signal();
    }

    private void fail(Throwable e) {
        running = false;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        publish(TrainingState.FAILED, "Training stopped: " + why + ". Press Reset to start again.");
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ----- notifier -----

    private void signal() {
        if (notifyPending.compareAndSet(false, true)) {
            synchronized (notifyLock) {
                notifyLock.notifyAll();
            }
        }
    }

    private void notifyLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (notifyLock) {
                while (!notifyPending.get()) {
                    try {
                        notifyLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            notifyPending.set(false);
            for (TrainingListener listener : listeners) {
                try {
                    listener.updated(this);
                } catch (RuntimeException e) {
                    // a broken listener must not stop the others or the training
                }
            }
        }
    }
}
