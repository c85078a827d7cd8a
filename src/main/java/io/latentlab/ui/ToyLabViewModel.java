package io.latentlab.ui;

import io.latentlab.data.DrawnDistribution;
import io.latentlab.data.ToyDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.density.OverlayFitter;
import io.latentlab.model.HiddenLayers;
import io.latentlab.model.NoisePrior;
import io.latentlab.train.FieldSnapshot;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.MetricHistory;
import io.latentlab.train.MetricSnapshot;
import io.latentlab.train.PushforwardMap;
import io.latentlab.train.SampleSnapshot;
import io.latentlab.train.StepKind;
import io.latentlab.train.TrainingSession;
import io.latentlab.train.TrainingState;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The live state of the toy lab, for views to bind to: training state, iteration, speed, mode
 * coverage, real and generated points, the discriminator heatmap, generator manifold and
 * gradient arrows (with which of them to show), the density overlays and divergences
 * ({@link DensityOverlayModel}), the loss history, the model's data, noise and loss,
 * learning rates, and a message line.
 * The only part of the toy lab that talks to the {@link TrainingSession}.
 *
 * <p>Once per frame an {@link AnimationTimer} reads the session's latest published snapshots
 * and updates the read-only properties; the loss history at most four times a second. The FX
 * thread therefore never waits for training. Files are handled by {@link ToyLabFiles}.
 * All methods are for the FX thread.
 */
public final class ToyLabViewModel {

    /** Points of real data shown, as many as the generated ones. */
    public static final int REAL_POINTS = TrainingSession.SAMPLE_COUNT;
    /** The shortest time between two loss-chart refreshes. */
    static final long HISTORY_REFRESH_NS = 250_000_000L; // a LineChart of 2 × 500 points is costly to lay out and draw
    /** The slow-motion range, milliseconds of pause after every step. */
    public static final long MAX_STEP_DELAY_MS = 200;
    /** The fewest painted points the density overlays estimate from. */
    static final int MIN_DRAWN_FOR_DENSITY = 20;

    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(this, "stateText", "Starting…");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyDoubleWrapper itersPerSecond = new ReadOnlyDoubleWrapper(this, "itersPerSecond");
    private final ReadOnlyStringWrapper coverageText = new ReadOnlyStringWrapper(this, "coverageText", "");
    private final ReadOnlyObjectWrapper<float[]> realPoints = new ReadOnlyObjectWrapper<>(this, "realPoints");
    private final ReadOnlyObjectWrapper<float[]> generatedPoints = new ReadOnlyObjectWrapper<>(this, "generatedPoints");
    private final ReadOnlyObjectWrapper<MetricHistory.Points> lossHistory = new ReadOnlyObjectWrapper<>(this, "lossHistory");
    private final ReadOnlyDoubleWrapper generatorLr = new ReadOnlyDoubleWrapper(this, "generatorLr", 1e-3);
    private final ReadOnlyDoubleWrapper discriminatorLr = new ReadOnlyDoubleWrapper(this, "discriminatorLr", 1e-3);
    private final ReadOnlyLongWrapper stepDelayMillis = new ReadOnlyLongWrapper(this, "stepDelayMillis");
    private final ReadOnlyStringWrapper dataName = new ReadOnlyStringWrapper(this, "dataName");
    private final ReadOnlyIntegerWrapper dataDimension = new ReadOnlyIntegerWrapper(this, "dataDimension", 2);
    private final ReadOnlyObjectWrapper<NoisePrior> noise = new ReadOnlyObjectWrapper<>(this, "noise", ToyLabSetup.defaultNoise());
    private final ReadOnlyIntegerWrapper noiseSize = new ReadOnlyIntegerWrapper(this, "noiseSize", 2);
    private final ReadOnlyObjectWrapper<GanLoss> loss = new ReadOnlyObjectWrapper<>(this, "loss",
            ToyLabSetup.defaultSettings(ToyLabSetup.DEFAULT_SEED).loss());
    private final ReadOnlyStringWrapper backend = new ReadOnlyStringWrapper(this, "backend", "not loaded yet");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal", true);
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated", true);
    private final ReadOnlyObjectWrapper<FieldSnapshot> fields = new ReadOnlyObjectWrapper<>(this, "fields");
    private final BooleanProperty showDiscriminator = new SimpleBooleanProperty(this, "showDiscriminator", true);
    private final BooleanProperty showManifold = new SimpleBooleanProperty(this, "showManifold", false);
    private final BooleanProperty showArrows = new SimpleBooleanProperty(this, "showArrows", false);
    private final ReadOnlyBooleanWrapper drawingMode = new ReadOnlyBooleanWrapper(this, "drawingMode");
    private final DrawingViewModel drawing;
    /** The drawing's version the session's GAN trains on, or −1 while it trains on other data. */
    private int trainedDrawing = -1;
    private final ReadOnlyObjectWrapper<PushforwardMap> pushforward = new ReadOnlyObjectWrapper<>(this, "pushforward");
    private final BooleanProperty showPushforward = new SimpleBooleanProperty(this, "showPushforward", true);

    private final DensityOverlayModel densities = new DensityOverlayModel(OverlayFitter.onOwnThread());

    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh(now);
        }
    };

    private final long seed;
    private final NetworkSettingsModel networks;
    private GanHyperparameters lastHyperparameters;
    private TrainingSession session;
    private MetricSnapshot lastMetrics;
    private SampleSnapshot lastSamples;
    private FieldSnapshot lastFields;
    private PushforwardMap lastPushforward;
    private long lastHistoryVersion = -1;
    private long lastHistoryNs;
    private String lastOverlayFailure = "";
    private final FaultNotice faults = new FaultNotice();

    /** Starts without a session ("Starting…"); shows {@code REAL_POINTS} points of {@code data} drawn with {@code seed}. */
    public ToyLabViewModel(ToyDistribution data, long seed) {
        this.seed = seed;
        this.networks = new NetworkSettingsModel(this, ToyLabSetup.defaultSettings(seed));
        this.drawing = new DrawingViewModel(seed);
        drawing.pointsProperty().addListener((o, was, painted) -> {
            if (drawingMode.get()) {
                showDrawing(painted);
            }
        });
        // New data of another dimension starts with noise of its dimension, as the CLI's default.
        dataDimension.addListener((o, was, is) -> noiseSize.set(is.intValue()));
        showData(data, seed);
        noiseSize.set(data.dimension());
    }

    /** Connects the session once it is built (off the FX thread) and starts following it. */
    public void attach(TrainingSession newSession, String backendDescription) {
        if (session != null) {
            throw new IllegalStateException("a session is attached already");
        }
        session = Objects.requireNonNull(newSession);
        backend.set(backendDescription);
        session.setLearningRates(generatorLr.get(), discriminatorLr.get());
        session.setStepDelayMillis(stepDelayMillis.get());
        ready.set(true);
        frames.start();
        refresh(System.nanoTime());
    }

    /** Stops following the session; the caller closes it. */
    public void detach() {
        frames.stop();
        densities.close();
    }

    /** Reads the session's latest snapshots into the properties. Called every frame; cheap when nothing changed. */
    void refresh(long now) {
        if (session == null) {
            return;
        }
        MetricSnapshot metrics = session.metrics();
        if (metrics != lastMetrics) {
            lastMetrics = metrics;
            showMetrics(metrics);
            String fault = faults.fresh(session.fault());
            if (fault != null) {
                showError(fault);
            }
        }
        SampleSnapshot samples = session.samples();
        if (samples != null && samples != lastSamples) {
            lastSamples = samples;
            // not the old data's, just before a rebuild, nor the old GAN's while a drawing waits
            if (samples.dimension() == dataDimension.get() && !(drawingMode.get() && trainedDrawing < 0)) {
                generatedPoints.set(samples.points());
                densities.samplesChanged(samples);
                coverageText.set(samples.coverage() == null ? "Coverage: no modes to count" : "Coverage: " + samples.coverage().summary());
            }
        }
        GanHyperparameters inForce = session.hyperparameters();
        if (inForce != null && inForce != lastHyperparameters) {
            lastHyperparameters = inForce;
            networks.follow(inForce);
        }
        FieldSnapshot newFields = session.fields();
        if (newFields != lastFields) {
            lastFields = newFields;
            fields.set(dataDimension.get() == 2 && !(drawingMode.get() && trainedDrawing < 0) ? newFields : null);
        }
        PushforwardMap newMap = session.pushforward();
        if (newMap != lastPushforward) {
            lastPushforward = newMap;
            pushforward.set(dataDimension.get() == 1 ? newMap : null);
        }
        if (now - lastHistoryNs >= HISTORY_REFRESH_NS) {
            long version = session.history().version();
            if (version != lastHistoryVersion) {
                lastHistoryVersion = version;
                lossHistory.set(session.history().snapshot());
            }
            lastHistoryNs = now;
        }
        densities.refresh(now, metrics, loss.get());
        String overlayFailure = densities.failure();
        if (!overlayFailure.isEmpty() && !overlayFailure.equals(lastOverlayFailure)) {
            showError(overlayFailure);
        }
        lastOverlayFailure = overlayFailure;
    }

    private void showMetrics(MetricSnapshot metrics) {
        TrainingState previous = state.get();
        state.set(metrics.state());
        stateText.set(metrics.state().label());
        running.set(metrics.state() == TrainingState.RUNNING);
        iteration.set(metrics.iteration());
        itersPerSecond.set(metrics.itersPerSecond());
        if (metrics.state() == TrainingState.FAILED && previous != TrainingState.FAILED) {
            showError(metrics.message().isEmpty() ? "Training stopped. Press Reset to start again." : metrics.message());
        }
    }

    // ----- commands -----

    public void play() {
        if (session != null && drawingTrainable()) {
            session.play();
        }
    }

    public void pause() {
        if (session != null) {
            session.pause();
        }
    }

    /** Play when stopped, pause when training: what Space does. */
    public void togglePlay() {
        if (session != null && (running.get() || drawingTrainable())) {
            session.togglePlay();
        }
    }

    /** One step of the given kind; pauses first when training. */
    public void step(StepKind kind) {
        if (session != null && drawingTrainable()) {
            session.step(kind);
        }
    }

    /** Fresh networks from the same seed, with the learning rates and slow motion set now. */
    public void reset() {
        if (session != null) {
            session.reset();
            session.setLearningRates(generatorLr.get(), discriminatorLr.get());
            session.setLoss(loss.get());
            networks.reapply(session);
            clearMessage();
        }
    }

    /** Sets the generator's learning rate (between steps); it must lie in the range {@link LearningRateText} allows. */
    public void setGeneratorLr(double rate) {
        setLearningRates(rate, discriminatorLr.get());
    }

    public void setDiscriminatorLr(double rate) {
        setLearningRates(generatorLr.get(), rate);
    }

    void setLearningRates(double g, double d) {
        if (!(g >= LearningRateText.MIN && g <= LearningRateText.MAX && d >= LearningRateText.MIN && d <= LearningRateText.MAX)) {
            throw new IllegalArgumentException("learning rates must be in [" + LearningRateText.MIN + ", "
                    + LearningRateText.MAX + "], were " + g + " and " + d);
        }
        generatorLr.set(g);
        discriminatorLr.set(d);
        if (session != null) {
            session.setLearningRates(g, d);
        }
    }

    /** Slow motion: a pause after every step, 0 to {@link #MAX_STEP_DELAY_MS} ms. */
    public void setStepDelayMillis(long millis) {
        long clamped = Math.max(0, Math.min(MAX_STEP_DELAY_MS, millis));
        stepDelayMillis.set(clamped);
        if (session != null) {
            session.setStepDelayMillis(clamped);
        }
    }

    /**
     * Trains a fresh GAN on the data called {@code name} (see {@link ToyDistributions#names()})
     * with the noise, loss and learning rates chosen now, and the same seed: training starts again.
     */
    public void chooseData(String name) {
        if (session == null || name.equals(dataName.get())) {
            return;
        }
        if (name.equals(DrawnDistribution.NAME)) {
            enterDrawingMode();
            return;
        }
        int noiseBefore = noiseSize.get();
        showData(ToyDistributions.byName(name), seed);
        rebuild("for " + DataLabels.title(name) + (noiseSize.get() == noiseBefore ? "" : " with "
                + ModelChoiceLabels.noiseSize(noiseSize.get()) + " noise"));
    }

    /** Every data set the lab trains on, by name: 2-D before 1-D, each group in the engine's order. */
    public static List<String> dataChoices() {
        List<String> names = new ArrayList<>(ToyDistributions.names());
        names.sort(Comparator.comparingInt(name -> -ToyDistributions.byName(name).dimension()));
        names.add((int) names.stream().filter(name -> ToyDistributions.byName(name).dimension() == 2).count(),
                DrawnDistribution.NAME);
        return names;
    }

    /** How the data picker lists {@code name}: "Two moons (2-D)". */
    public static String dataPickerLabel(String name) {
        return DataLabels.pickerLabel(name, name.equals(DrawnDistribution.NAME) ? 2 : ToyDistributions.byName(name).dimension());
    }

    /** Trains a fresh GAN whose generator draws from {@code prior}; training starts again. */
    public void chooseNoise(NoisePrior prior) {
        if (session == null || prior == noise.get()) {
            return;
        }
        noise.set(prior);
        rebuild("with " + ModelChoiceLabels.noise(prior).toLowerCase(Locale.ROOT) + " noise");
    }

    /** Trains a fresh GAN whose generator draws {@code size}-D noise (1 or 2); training starts again. */
    public void chooseNoiseSize(int size) {
        if (session == null || size == noiseSize.get()) {
            return;
        }
        if (size < 1 || size > 2) {
            throw new IllegalArgumentException("the noise size must be 1 or 2, was " + size);
        }
        noiseSize.set(size);
        rebuild("with " + ModelChoiceLabels.noiseSize(size) + " noise");
    }

    /** Trains on with the objective {@code newLoss} from the next step: no reset. */
    public void chooseLoss(GanLoss newLoss) {
        if (session == null || newLoss == loss.get()) {
            return;
        }
        loss.set(newLoss);
        networks.forgetAwaited(); // the loss may bring its own D steps (WGAN-GP: 5)
        session.setLoss(newLoss);
        showInfo("The loss is now " + ModelChoiceLabels.loss(newLoss).toLowerCase(Locale.ROOT)
                + ", from the next step on; training goes on from iteration " + formatIteration(iteration.get()) + ".");
    }

    private void rebuild(String what) {
        if (replaceSession()) {
            showInfo("Rebuilt the GAN " + what + ": training starts again from iteration 0.");
        }
    }

    /**
     * Fresh networks with the data (or the drawing), noise, loss, learning rates and network
     * choices made now. False, and nothing replaced, in draw mode with nothing painted: the next
     * Train on drawing builds it, with what is chosen then.
     */
    boolean replaceSession() {
        GanHyperparameters settings = networks.applyTo(ToyLabSetup.defaultSettings(seed)
                .withLearningRates(generatorLr.get(), discriminatorLr.get()).withLoss(loss.get()));
        HiddenLayers g = networks.generatorProperty().get();
        HiddenLayers d = networks.discriminatorProperty().get();
        if (drawingMode.get()) {
            if (drawing.countProperty().get() == 0) {
                return false;
            }
            trainedDrawing = drawing.version();
            session.replace(ToyLabSetup.gan(drawing.distribution(), noise.get(), noiseSize.get(), settings, g, d));
        } else {
            session.replace(ToyLabSetup.gan(dataName.get(), noise.get(), noiseSize.get(), settings, g, d));
        }
        return true;
    }

    /** The networks' shapes, optimizers and D steps. */
    public NetworkSettingsModel networks() {
        return networks;
    }

    /**
     * "Draw your own": the plot shows the painted points, dragging on it paints (see
     * {@link DrawingPad}), and training waits until the drawing is trained on. Pauses the GAN
     * of the data before.
     */
    private void enterDrawingMode() {
        session.pause();
        dataName.set(DrawnDistribution.NAME);
        dataDimension.set(2);
        drawingMode.set(true);
        trainedDrawing = -1;
        showDrawing(drawing.pointsProperty().get());
        generatedPoints.set(null);
        fields.set(null);
        coverageText.set("");
        showInfo("Draw your own data: drag on the plot to paint points, then press Train on drawing or play.");
    }

    /**
     * A fresh GAN on the drawing as it is now, then play; the one-line error instead when
     * nothing is painted. Returns whether training can go on.
     */
    public boolean trainOnDrawing() {
        if (session == null || !drawingMode.get()) {
            return false;
        }
        if (drawing.countProperty().get() == 0) {
            showError(DrawnDistribution.EMPTY_MESSAGE);
            return false;
        }
        rebuild("on your drawing (" + drawing.countProperty().get() + " points)");
        session.play();
        return true;
    }

    /** Outside draw mode true; in it, rebuilds on a drawing that changed since, or says it is empty. */
    private boolean drawingTrainable() {
        if (!drawingMode.get() || (trainedDrawing == drawing.version() && drawing.countProperty().get() > 0)) {
            return true;
        }
        if (drawing.countProperty().get() == 0) {
            showError(DrawnDistribution.EMPTY_MESSAGE);
            return false;
        }
        rebuild("on your drawing (" + drawing.countProperty().get() + " points)");
        return true;
    }

    /** The painted points as the real data, with density overlays once there are a few (a dab or two is no density). */
    private void showDrawing(float[] painted) {
        realPoints.set(painted);
        densities.dataChanged(painted.length >= 2 * MIN_DRAWN_FOR_DENSITY ? painted : null, 2);
    }

    /** The brush drawing of "Draw your own". */
    public DrawingViewModel drawing() {
        return drawing;
    }

    /** Whether "Draw your own" is the data: dragging on the scatter paints. */
    public ReadOnlyBooleanProperty drawingModeProperty() {
        return drawingMode.getReadOnlyProperty();
    }

    /** The real data shown from now on, e.g. after opening a model trained on other data. */
    void showData(ToyDistribution data, long seed) {
        drawingMode.set(false);
        trainedDrawing = -1;
        dataName.set(data.name());
        dataDimension.set(data.dimension());
        realPoints.set(data.sample(REAL_POINTS, seed));
        densities.dataChanged(realPoints.get(), data.dimension());
        generatedPoints.set(null);
        fields.set(null);
        pushforward.set(null);
        coverageText.set("");
    }

    /** What an opened model file was trained with, for the pickers to show. */
    void showModel(ToyDistribution data, NoisePrior prior, GanLoss modelLoss) {
        showModel(data, prior, data.dimension(), modelLoss);
    }

    /** As {@link #showModel(ToyDistribution, NoisePrior, GanLoss)}, with the generator's noise size. */
    void showModel(ToyDistribution data, NoisePrior prior, int modelNoiseSize, GanLoss modelLoss) {
        showData(data, seed);
        noise.set(prior);
        noiseSize.set(modelNoiseSize);
        loss.set(modelLoss);
    }

    public void showInfo(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    public void showError(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    public void clearMessage() {
        message.set("");
        messageIsError.set(false);
    }

    /** The session, or null while starting; for {@link ToyLabFiles} only. */
    TrainingSession session() {
        return session;
    }

    /** The latest coverage figures, or null; for model cards. */
    SampleSnapshot latestSamples() {
        return lastSamples;
    }

    /** The latest metrics, or null; for model cards. */
    MetricSnapshot latestMetrics() {
        return lastMetrics;
    }

    /** For example "12,345". */
    public static String formatIteration(long iteration) {
        return String.format(Locale.ROOT, "%,d", iteration);
    }

    // ----- read-only properties -----

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Starting…", then the state's label: "Ready", "Training", "Paused", "Failed". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty itersPerSecondProperty() {
        return itersPerSecond.getReadOnlyProperty();
    }

    /** "Coverage: 8/8 modes, 91.2% within 0.1", "Coverage: no modes to count", or empty before the first samples. */
    public ReadOnlyStringProperty coverageTextProperty() {
        return coverageText.getReadOnlyProperty();
    }

    /** Row-major x,y pairs, or x values for 1-D data; never modify the array. */
    public ReadOnlyObjectProperty<float[]> realPointsProperty() {
        return realPoints.getReadOnlyProperty();
    }

    /** Row-major x,y pairs (x values for 1-D data), or null before the first samples; never modify the array. */
    public ReadOnlyObjectProperty<float[]> generatedPointsProperty() {
        return generatedPoints.getReadOnlyProperty();
    }

    /** At most {@link TrainingSession#HISTORY_POINTS} points however long the run, or null before the first refresh. */
    public ReadOnlyObjectProperty<MetricHistory.Points> lossHistoryProperty() {
        return lossHistory.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty generatorLrProperty() {
        return generatorLr.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty discriminatorLrProperty() {
        return discriminatorLr.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty stepDelayMillisProperty() {
        return stepDelayMillis.getReadOnlyProperty();
    }

    /** The real data's name, e.g. "ring8". */
    public ReadOnlyStringProperty dataNameProperty() {
        return dataName.getReadOnlyProperty();
    }

    /** 1 or 2: whether the plot is a histogram or a scatter. */
    public ReadOnlyIntegerProperty dataDimensionProperty() {
        return dataDimension.getReadOnlyProperty();
    }

    /** The noise the generator draws from. */
    public ReadOnlyObjectProperty<NoisePrior> noiseProperty() {
        return noise.getReadOnlyProperty();
    }

    /** 1 or 2: the dimension of the generator's noise; the data's dimension unless a person chose otherwise. */
    public ReadOnlyIntegerProperty noiseSizeProperty() {
        return noiseSize.getReadOnlyProperty();
    }

    /** The GAN objective in force. */
    public ReadOnlyObjectProperty<GanLoss> lossProperty() {
        return loss.getReadOnlyProperty();
    }

    /** The ND4J backend, one line, for About. */
    public ReadOnlyStringProperty backendProperty() {
        return backend.getReadOnlyProperty();
    }

    /** The message line: what just happened, or what went wrong and what to do. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The density overlays and the divergence figures. */
    public DensityOverlayModel densities() {
        return densities;
    }

    /** Whether the scatter plot shows the real points; a view setting. */
    public BooleanProperty showRealProperty() {
        return showReal;
    }

    /** Whether the scatter plot shows the generated points; a view setting. */
    public BooleanProperty showGeneratedProperty() {
        return showGenerated;
    }

    /** The latest heatmap, manifold and arrows, or null (none yet, or data that is not 2-D). */
    public ReadOnlyObjectProperty<FieldSnapshot> fieldsProperty() {
        return fields.getReadOnlyProperty();
    }

    /** Whether the scatter shows the discriminator's output as a heatmap (on at start). */
    public BooleanProperty showDiscriminatorProperty() {
        return showDiscriminator;
    }

    /** Whether the scatter shows the generator manifold, the warped noise grid (off at start). */
    public BooleanProperty showManifoldProperty() {
        return showManifold;
    }

    /** Whether the scatter shows the gradient arrows on generated points (off at start). */
    public BooleanProperty showArrowsProperty() {
        return showArrows;
    }

    /** The latest map z ↦ G(z) of a 1-D generator, or null (none yet, or data that is not 1-D). */
    public ReadOnlyObjectProperty<PushforwardMap> pushforwardProperty() {
        return pushforward.getReadOnlyProperty();
    }

    /** Whether the 1-D view shows the pushforward map under the histogram (on at start). */
    public BooleanProperty showPushforwardProperty() {
        return showPushforward;
    }
}
