package io.latentlab.ui;

import io.latentlab.data.ToyDistributions;
import io.latentlab.model.Vae;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.TrainingState;
import io.latentlab.train.VaeHistory;
import io.latentlab.train.VaeHyperparameters;
import io.latentlab.train.VaeSession;
import io.latentlab.train.VaeSnapshot;
import io.latentlab.train.VaeStatus;
import io.latentlab.train.VaeTrainer;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The live state of the VAE workspace, for its view to bind to: training state, iteration, the
 * latest reconstruction, KL and negative-ELBO terms, the snapshot of posteriors and
 * reconstructions, the history of the terms, and the settings (data, latent size, β, learning
 * rate). The only part of the workspace that talks to the {@link VaeSession}.
 *
 * <p>The session is made on the first {@link #open()} (the tab shown), so the app starts no VAE
 * worker until someone looks. Once per frame an {@link AnimationTimer} reads the session's
 * latest snapshots; the FX thread never trains. All methods are for the FX thread.
 */
public final class VaeViewModel {

    public static final double MIN_BETA = 0.01;
    public static final double MAX_BETA = 10;
    static final long HISTORY_REFRESH_NS = 100_000_000L;

    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "Not started");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyStringWrapper termsText = new ReadOnlyStringWrapper(this, "termsText", "");
    private final ReadOnlyDoubleWrapper negativeElbo = new ReadOnlyDoubleWrapper(this, "negativeElbo", Double.NaN);
    private final ReadOnlyObjectWrapper<VaeSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<VaeHistory.Points> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyStringWrapper dataName = new ReadOnlyStringWrapper(this, "dataName", "ring8");
    private final ReadOnlyIntegerWrapper latentSize = new ReadOnlyIntegerWrapper(this, "latentSize", 2);
    private final ReadOnlyDoubleWrapper beta = new ReadOnlyDoubleWrapper(this, "beta", 1.0);
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate",
            VaeHyperparameters.defaults(0).learningRate());
    private final BooleanProperty showPriorSamples = new SimpleBooleanProperty(this, "showPriorSamples", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");

    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh(now);
        }
    };

    private final long seed;
    private VaeSession session;
    private VaeStatus lastStatus;
    private final FaultNotice faults = new FaultNotice();
    private VaeSnapshot lastSnapshot;
    private long lastHistoryVersion = -1;
    private long lastHistoryNs;

    public VaeViewModel(long seed) {
        this.seed = seed;
    }

    /** The 2-D toy distributions, the data a VAE here can learn. */
    public static List<String> dataChoices() {
        return ToyDistributions.names().stream().filter(n -> ToyDistributions.byName(n).dimension() == 2).toList();
    }

    /** Starts the session (its worker builds the first VAE) unless it runs already. */
    public void open() {
        if (session == null) {
            session = new VaeSession(factory());
            frames.start();
        }
    }

    /** Stops following the session and closes it. */
    public void close() {
        frames.stop();
        if (session != null) {
            session.close();
        }
    }

    private Supplier<VaeTrainer> factory() {
        String data = dataName.get();
        int latent = latentSize.get();
        VaeHyperparameters settings = VaeHyperparameters.defaults(seed).withBeta(beta.get())
                .withLearningRate(learningRate.get());
        long netSeed = seed;
        return () -> {
            Nd4jRuntime.init();
            var distribution = ToyDistributions.byName(data);
            return new VaeTrainer(Vae.toy(distribution.dimension(), latent, netSeed), distribution, settings);
        };
    }

    void refresh(long now) {
        if (session == null) {
            return;
        }
        VaeStatus status = session.status();
        if (status != lastStatus) {
            TrainingState previous = state.get();
            lastStatus = status;
            state.set(status.state());
            stateText.set(status.state().label());
            running.set(status.state() == TrainingState.RUNNING);
            iteration.set(status.iteration());
            var step = status.step();
            negativeElbo.set(step.negativeElbo());
            termsText.set(Double.isNaN(step.reconstruction()) ? "No step yet" : String.format(Locale.ROOT,
                    "Reconstruction %.2f   KL %.2f   −ELBO %.2f nats", step.reconstruction(), step.kl(), step.negativeElbo()));
            if (status.state() == TrainingState.FAILED && previous != TrainingState.FAILED) {
                showError(status.message());
            }
            String fault = faults.fresh(session.fault());
            if (fault != null) {
                showError(fault);
            }
        }
        VaeSnapshot latest = session.snapshot();
        if (latest != null && latest != lastSnapshot) {
            lastSnapshot = latest;
            if (latest.latentSize() == latentSize.get()) { // not the old model's, just before a rebuild
                snapshot.set(latest);
            }
        }
        if (now - lastHistoryNs >= HISTORY_REFRESH_NS) {
            long version = session.history().version();
            if (version != lastHistoryVersion) {
                lastHistoryVersion = version;
                history.set(session.history().snapshot());
            }
            lastHistoryNs = now;
        }
    }

    // ----- commands -----

    public void togglePlay() {
        if (session != null) {
            session.togglePlay();
        }
    }

    public void play() {
        if (session != null) {
            session.play();
        }
    }

    public void pause() {
        if (session != null) {
            session.pause();
        }
    }

    public void step() {
        if (session != null) {
            session.step();
        }
    }

    /** Fresh networks from the same seed with the data, latent size, β and learning rate chosen now. */
    public void reset() {
        rebuild(null);
    }

    /** β from the next step on, clamped to [{@value #MIN_BETA}, {@value #MAX_BETA}]; training goes on. */
    public void setBeta(double value) {
        double clamped = Math.max(MIN_BETA, Math.min(MAX_BETA, value));
        beta.set(clamped);
        if (session != null) {
            session.setBeta(clamped);
        }
    }

    public void setLearningRate(double rate) {
        if (!(rate >= LearningRateText.MIN && rate <= LearningRateText.MAX)) {
            throw new IllegalArgumentException("learning rate must be in [" + LearningRateText.MIN + ", "
                    + LearningRateText.MAX + "], was " + rate);
        }
        learningRate.set(rate);
        if (session != null) {
            session.setLearningRate(rate);
        }
    }

    /** A fresh VAE on the 2-D data called {@code name}; training starts again. */
    public void chooseData(String name) {
        if (name.equals(dataName.get())) {
            return;
        }
        if (ToyDistributions.byName(name).dimension() != 2) {
            showError("The VAE workspace takes 2-D data; " + DataLabels.title(name) + " is 1-D. Pick a 2-D data set.");
            return;
        }
        dataName.set(name);
        rebuild("A new VAE for " + DataLabels.title(name) + ": training starts again.");
    }

    /** A fresh VAE with a 1-D or 2-D latent space; training starts again. */
    public void chooseLatentSize(int size) {
        if (size != 1 && size != 2) {
            throw new IllegalArgumentException("latent size must be 1 or 2, was " + size);
        }
        if (size == latentSize.get()) {
            return;
        }
        latentSize.set(size);
        snapshot.set(null);
        rebuild("A new VAE with a " + size + "-D latent space: training starts again.");
    }

    private void rebuild(String note) {
        if (session == null) {
            return;
        }
        session.replace(factory());
        if (note == null) {
            clearMessage();
        } else {
            showInfo(note);
        }
    }

    public void showError(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    void showInfo(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    public void clearMessage() {
        showInfo("");
    }

    // ----- properties -----

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** "Reconstruction 1.23   KL 2.34   −ELBO 3.57 nats" for the latest step. */
    public ReadOnlyStringProperty termsTextProperty() {
        return termsText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty negativeElboProperty() {
        return negativeElbo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VaeSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VaeHistory.Points> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataNameProperty() {
        return dataName.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty latentSizeProperty() {
        return latentSize.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty betaProperty() {
        return beta.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    /** Whether points decoded from the prior N(0, I) are drawn in the data plot. */
    public BooleanProperty showPriorSamplesProperty() {
        return showPriorSamples;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
