package io.latentlab.ui;

import io.latentlab.data.ToyDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.density.CovarianceType;
import io.latentlab.density.EmFrame;
import io.latentlab.density.EmSession;
import io.latentlab.density.EmSetup;
import io.latentlab.density.EmStart;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.List;

/**
 * The "Mixtures (EM)" workspace's state: which data and mixture to fit, whether EM is playing,
 * and the latest {@link EmFrame} of its {@link EmSession}, read once per frame. Every control
 * change starts a new run at iteration 0; Reset draws a new initialisation of the same mixture
 * on the same data. Play steps at {@link #stepsPerSecondProperty()} and stops when EM converges.
 * Iterations run on the session's worker thread, never on the FX thread.
 */
public final class EmPlayerViewModel implements AutoCloseable {

    public static final String DEFAULT_DATA = "ring8";
    public static final double MIN_RATE = 0.5;
    public static final double MAX_RATE = 10;
    public static final double DEFAULT_RATE = 3;

    private final EmSession session = new EmSession(problem -> Platform.runLater(() -> showError(problem)));
    private final ReadOnlyObjectWrapper<EmSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyObjectWrapper<EmFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond", DEFAULT_RATE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onFrame(now);
        }
    };
    private long lastStepNs;
    private boolean started;

    public EmPlayerViewModel() {
        setup.set(defaultSetup());
    }

    /** What the player fits when it opens: 2000 points of the ring, 8 full components, a random start. */
    public static EmSetup defaultSetup() {
        return new EmSetup(ToyDistributions.byName(DEFAULT_DATA), 2000, 1, 8, CovarianceType.FULL, EmStart.RANDOM, 1);
    }

    /** Pauses and starts a new run of {@code next} at iteration 0 (a lesson's whole setup at once). */
    public void setUp(EmSetup next) {
        playing.set(false);
        restart(next);
    }

    /**
     * Whether the workspace shows: the first time it does, the data is drawn and the first run
     * starts; while it is hidden, play pauses and no frames are read.
     */
    public void setActive(boolean active) {
        if (active) {
            if (!started) {
                started = true;
                session.reset(setup.get());
            }
            frames.start();
        } else {
            playing.set(false);
            frames.stop();
        }
    }

    /** The 2-D toy distributions, by command-line name. */
    public static List<String> dataChoices() {
        return ToyDistributions.names().stream().filter(name -> ToyDistributions.byName(name).dimension() == 2).toList();
    }

    private void onFrame(long now) {
        EmFrame latest = session.latest();
        if (latest != null && latest != frame.get() && latest.setup().equals(setup.get())) {
            frame.set(latest);
            if (latest.finished() && playing.get()) {
                playing.set(false);
            }
        }
        if (playing.get() && !session.busy() && now - lastStepNs >= 1e9 / stepsPerSecond.get()) {
            lastStepNs = now;
            session.step();
        }
    }

    private void restart(EmSetup next) {
        started = true;
        setup.set(next);
        clearMessage();
        session.reset(next);
    }

    public void chooseData(String name) {
        ToyDistribution data = ToyDistributions.byName(name);
        if (data.dimension() != 2) {
            showError("The EM player fits 2-D data; choose one of " + String.join(", ", dataChoices()) + ".");
            return;
        }
        restart(setup.get().withData(data));
    }

    /** Parses and sets the number of points; a bad value is reported, not thrown. */
    public void chooseN(String text) {
        Integer n = parse(text);
        if (n == null || n < EmSetup.MIN_POINTS || n > EmSetup.MAX_POINTS) {
            showError("The number of points must be a whole number from " + EmSetup.MIN_POINTS + " to "
                    + EmSetup.MAX_POINTS + ", not '" + text.trim() + "'; type one and press Enter.");
            return;
        }
        if (n != setup.get().n()) {
            restart(setup.get().withN(n));
        }
    }

    /** Parses and sets the data seed; a bad value is reported, not thrown. */
    public void chooseDataSeed(String text) {
        Integer seed = parse(text);
        if (seed == null || seed < 0) {
            showError("The data seed must be a whole number ≥ 0, not '" + text.trim() + "'; type one and press Enter.");
            return;
        }
        if (seed != setup.get().dataSeed()) {
            restart(setup.get().withDataSeed(seed));
        }
    }

    public void chooseK(int k) {
        if (k < 1 || k > EmSetup.MAX_COMPONENTS) {
            showError("k must be from 1 to " + EmSetup.MAX_COMPONENTS + ", not " + k + ".");
            return;
        }
        if (k != setup.get().k()) {
            restart(setup.get().withK(k));
        }
    }

    public void chooseCovarianceType(CovarianceType type) {
        restart(setup.get().withCovarianceType(type));
    }

    public void chooseStart(EmStart start) {
        restart(setup.get().withStart(start));
    }

    private static Integer parse(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One EM iteration (pauses play). */
    public void step() {
        playing.set(false);
        session.step();
    }

    public void play() {
        EmFrame now = frame.get();
        if (now == null || !now.finished()) {
            playing.set(true);
        }
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** A new initialisation (the next start seed) of the same mixture on the same data. */
    public void reset() {
        playing.set(false);
        restart(setup.get().withStartSeed(setup.get().startSeed() + 1));
    }

    public void fitToConvergence() {
        playing.set(false);
        session.fitToConvergence();
    }

    public void showError(String text) {
        message.set(text);
        error.set(true);
    }

    private void clearMessage() {
        message.set("");
        error.set(false);
    }

    /** Stops reading frames and ends the worker thread. */
    @Override
    public void close() {
        frames.stop();
        session.close();
    }

    public ReadOnlyObjectProperty<EmSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EmFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Iterations per second while playing, {@value #MIN_RATE} to {@value #MAX_RATE}. */
    public DoubleProperty stepsPerSecondProperty() {
        return stepsPerSecond;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
