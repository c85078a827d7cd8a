package io.latentlab.train;

import io.latentlab.data.ImageSet;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Trains one image model ({@link ImageModelTrainer}: an autoencoder, a conditional one, a GAN) on
 * its own worker thread: play, pause, single steps, reset, β and the learning rate changed
 * between steps, and another run (other data, kind, latent size, or a model opened from a file)
 * on request.
 *
 * <p>The pattern of {@link VaeSession}: only the worker touches the trainer; commands go through
 * a queue; results come back as immutable snapshots for the view to read once a frame:
 * {@link #status()} after every step, the decoded {@link #grid()} every
 * {@value #GRID_INTERVAL_MS} ms while running and after every other change, the
 * {@link #history()} of the trainer's own series, and the {@link #timeline()} of grids through
 * time. Batches walk the images in a fresh seeded order each epoch, with their labels when the
 * model is conditional.
 */
public final class ImageTrainingSession implements AutoCloseable {

    public static final long GRID_INTERVAL_MS = 500;
    public static final int HISTORY_POINTS = 500;
    private static final long RATE_WINDOW_NS = 500_000_000L;

    private final CommandLoop loop;
    private final AtomicReference<ImageTrainingStatus> status = new AtomicReference<>(ImageTrainingStatus.initial(0));
    private final AtomicReference<ImageGridSnapshot> grid = new AtomicReference<>();
    private final ImageMetricHistory history = new ImageMetricHistory(HISTORY_POINTS);
    private final SampleTimeline timeline = new SampleTimeline();
    private final FaultRecovery recovery = FaultRecovery.standard();

    // worker-thread state
    private Supplier<ImageTrainingRun> factory;
    private ImageTrainingRun run;
    private SampleGridDecoder decoder;
    private float[] batch;
    private int[] batchLabels;
    private int[] order;
    private java.util.Random shuffle;
    private int position;
    private boolean running;
    private long lastGridNs;
    private long rateMarkNs;
    private long rateMarkIteration;
    private double rate;

    /** Builds the first run on the worker thread; {@code factory} is called again on every reset. */
    public ImageTrainingSession(Supplier<ImageTrainingRun> factory) {
        this.factory = Objects.requireNonNull(factory);
        this.loop = new CommandLoop("latentlab-images", () -> running, () -> trainOnce(), this::fail);
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
            if (run == null || status.get().state() == TrainingState.FAILED) {
                return;
            }
            running = false;
            rate = 0;
            if (trainOnce()) {
                publishGrid();
                publish(TrainingState.PAUSED, "");
            }
        });
    }

    /** A fresh run from the factory; history and timeline are cleared. */
    public void reset() {
        submit(() -> {
            running = false;
            rebuild();
        });
    }

    /** From now on, reset to what {@code newFactory} makes, and switch to it now. */
    public void replace(Supplier<ImageTrainingRun> newFactory) {
        Objects.requireNonNull(newFactory);
        submit(() -> {
            running = false;
            factory = newFactory;
            rebuild();
        });
    }

    /** The KL weight from the next step on (a plain autoencoder ignores it). */
    public void setBeta(double beta) {
        VaeHyperparameters.checkBeta(beta);
        submit(() -> {
            if (run != null && run.trainer().hasBeta()) {
                run.trainer().setBeta(beta);
            }
        });
    }

    /** Adam's learning rate from the next step on. */
    public void setLearningRate(double learningRate) {
        GanHyperparameters.checkRate("learning rate", learningRate);
        submit(() -> {
            if (run != null) {
                run.trainer().setLearningRate(learningRate);
            }
        });
    }

    /** Runs {@code action} on the worker thread between two steps, with the current run (null if none). */
    public <T> CompletableFuture<T> withRun(Function<ImageTrainingRun, T> action) {
        return loop.call(() -> action.apply(run), "the image training session is closed");
    }

    /** The checkpoints kept now, oldest first (copies taken on the worker). */
    public CompletableFuture<java.util.List<CheckpointRing.Checkpoint>> checkpoints() {
        return loop.call(recovery::checkpoints, "the image training session is closed");
    }

    // ----- published state (any thread) -----

    /** The latest step that went wrong since the run was built, reset or opened, or null; the session paused itself and put back the parameters it names. */
    public TrainingFault fault() {
        return recovery.latest();
    }

    /** How many steps have gone wrong since the session began. */
    public int faultCount() {
        return recovery.count();
    }

    public ImageTrainingStatus status() {
        return status.get();
    }

    /** The latest decoded pictures, or null before the first run is built. */
    public ImageGridSnapshot grid() {
        return grid.get();
    }

    public ImageMetricHistory history() {
        return history;
    }

    public SampleTimeline timeline() {
        return timeline;
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
        if (run != null && status.get().state() != TrainingState.FAILED) {
            running = true;
            rateMarkNs = System.nanoTime();
            rateMarkIteration = run.trainer().iteration();
            publish(TrainingState.RUNNING, "");
        }
    }

    private void halt() {
        if (running) {
            running = false;
            rate = 0;
            publishGrid();
            publish(TrainingState.PAUSED, "");
        }
    }

    private void rebuild() {
        try {
            run = null;
            grid.set(null);
            history.reset(java.util.List.of());
            timeline.clear();
            rate = 0;
            ImageTrainingRun next = factory.get();
            run = next;
            history.reset(next.trainer().series());
            decoder = new SampleGridDecoder(next.trainer(), next.images());
            batch = new float[next.trainer().batch() * next.images().size()];
            batchLabels = next.trainer().classNames().isEmpty() ? null : new int[next.trainer().batch()];
            order = null;
            shuffle = new java.util.Random(next.trainer().seed());
            recovery.restart(next.trainer().iteration(), next.trainer());
            status.set(ImageTrainingStatus.initial(next.trainer().iteration()));
            publishGrid();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private boolean trainOnce() {
        ImageStep step;
        try {
            step = run.trainer().step(batch, batchLabels, gatherBatch());
        } catch (RuntimeException e) {
            fail(e);
            return false;
        }
        TrainingFault fault = recovery.afterStep(step.iteration(), health(step), run.trainer(),
                TrainingFault.rate(run.trainer().learningRate()));
        if (fault != null) {
            running = false;
            rate = 0;
            publishGrid();
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
            if (now - lastGridNs >= GRID_INTERVAL_MS * 1_000_000L || timeline.due(step.iteration())) {
                publishGrid();
            }
        }
        status.set(new ImageTrainingStatus(step, run.trainer().describe(step), step.iteration(), rate,
                running ? TrainingState.RUNNING : TrainingState.PAUSED, ""));
        return true;
    }

    /** The step's own series (a figure it did not measure is NaN and left out), then the loss it minimised. */
    private StepHealth.Problem health(ImageStep step) {
        StepHealth health = StepHealth.of();
        double[] values = step.values();
        java.util.List<ImageSeries> series = run.trainer().series();
        if (!Double.isFinite(step.loss())) {
            for (int i = 0; i < values.length && i < series.size(); i++) {
                if (Double.isInfinite(values[i])) {
                    health.loss("the " + series.get(i).name(), values[i]);
                }
            }
        }
        health.loss("the loss", step.loss());
        double gradientNorm = run.trainer().gradientNorm();
        if (!Double.isNaN(gradientNorm)) {
            health.gradientNorm("the gradient norm", gradientNorm);
        }
        return health.problem();
    }

    /** The next batch of images into {@link #batch}, walking a fresh seeded order each epoch; returns its rows. */
    private int gatherBatch() {
        ImageSet images = run.images();
        int size = images.size();
        int rows = Math.min(run.trainer().batch(), images.count());
        if (order == null || position + rows > order.length) {
            order = ImageAutoencoderTrainer.permutation(images.count(), shuffle);
            position = 0;
        }
        float[] pixels = images.pixelsView();
        for (int r = 0; r < rows; r++) {
            System.arraycopy(pixels, order[position + r] * size, batch, r * size, size);
            if (batchLabels != null) {
                batchLabels[r] = images.label(order[position + r]);
            }
        }
        position += rows;
        return rows;
    }

    private void publishGrid() {
        if (run != null) {
            ImageGridSnapshot latest = decoder.decode(run.trainer(), run.trainer().iteration());
            grid.set(latest);
            timeline.offer(latest);
            lastGridNs = System.nanoTime();
        }
    }

    private void publish(TrainingState state, String message) {
        ImageTrainingStatus last = status.get();
        status.set(new ImageTrainingStatus(last.step(), last.terms(), last.iteration(), state == TrainingState.RUNNING ? rate : 0,
                state, message));
    }

    private void fail(Throwable e) {
        running = false;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        publish(TrainingState.FAILED, "Image training stopped: " + why + ". Choose other settings or press Reset.");
    }
}
