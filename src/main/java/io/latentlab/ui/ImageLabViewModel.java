package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.ImageTrainingRun;
import io.latentlab.train.ImageTrainingSession;
import io.latentlab.train.ImageTrainingSettings;
import io.latentlab.train.ImageTrainingStatus;
import io.latentlab.train.TrainingState;
import io.latentlab.train.ImageMetricHistory;
import io.latentlab.train.ConvGanSettings;
import io.latentlab.train.ConvGanTrainer;
import io.latentlab.train.ImageModelTrainer;
import io.latentlab.train.OpenedImageModel;
import io.latentlab.train.TrainableAutoencoder;
import io.latentlab.train.TrainableConvGan;
import javafx.animation.AnimationTimer;
import javafx.beans.property.*;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The live state of the Images tab, for its view to bind to, and the only part of it that talks
 * to the {@link ImageTrainingSession}: the choices (kind, latent size, data, β, learning rate),
 * the training state and status line, the decoded grid (live, or a past one from the timeline
 * when scrubbed back), the history of the terms, and opening and saving model files.
 *
 * <p>The session starts on the first {@link #open()} (the tab shown). An {@link AnimationTimer}
 * reads its snapshots once a frame; files are read and written through {@link BackgroundTasks}.
 * All methods are for the FX thread.
 */
public final class ImageLabViewModel {

    public static final List<Integer> LATENT_SIZES = List.of(2, 4, 8, 16, 20, 32, 64);
    public static final double MIN_BETA = 0.01;
    public static final double MAX_BETA = 10;
    private static final long HISTORY_REFRESH_NS = 100_000_000L;

    private final ReadOnlyObjectWrapper<TrainingState> state = new ReadOnlyObjectWrapper<>(this, "state", TrainingState.READY);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyLongWrapper iteration = new ReadOnlyLongWrapper(this, "iteration");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "Not started");
    private final ReadOnlyStringWrapper termsText = new ReadOnlyStringWrapper(this, "termsText", "No step yet");
    private final ReadOnlyObjectWrapper<ImageGridSnapshot> liveGrid = new ReadOnlyObjectWrapper<>(this, "liveGrid");
    private final ReadOnlyObjectWrapper<ImageMetricHistory.Points> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<ImageModelKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", ImageModelKind.VAE);
    private final ReadOnlyObjectWrapper<Integer> latentSize = new ReadOnlyObjectWrapper<>(this, "latentSize", 16);
    private final ReadOnlyObjectWrapper<ImageDataChoice> data = new ReadOnlyObjectWrapper<>(this, "data", ImageDataChoice.MNIST);
    private final ObservableList<ImageDataChoice> dataChoices = FXCollections.observableArrayList(ImageDataChoice.offered(false));
    private final ReadOnlyDoubleWrapper beta = new ReadOnlyDoubleWrapper(this, "beta", 1.0);
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate",
            ImageTrainingSettings.DEFAULT_LEARNING_RATE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");

    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            refresh(now);
        }
    };

    private final ImageModelFiles files;
    private final long seed;
    private final Map<ImageDataChoice, ImageSet> loadedSets = new ConcurrentHashMap<>();
    private DatasetFolder folder;
    private OpenedImageModel opened;
    private String openedName;
    private ImageTrainingSession session;
    private ImageTrainingStatus lastStatus;
    private final FaultNotice faults = new FaultNotice();
    private ImageGridSnapshot lastGrid;
    private long lastHistoryVersion = -1;
    private long lastTimelineVersion = -1;
    private long lastHistoryNs;
    private final SamplesThroughTime throughTime = new SamplesThroughTime();
    private boolean shown = true;

    private final ImageLabExports exports;

    public ImageLabViewModel(BackgroundTasks tasks, long seed) {
        this.files = new ImageModelFiles(tasks, this::showInfo, this::showError);
        this.seed = seed;
        this.exports = new ImageLabExports(tasks, throughTime::frames, history::get, this::showInfo, this::showError);
    }

    /** Export animation… and the chart's series as CSV. */
    public ImageLabExports exports() {
        return exports;
    }

    /** Follows File ▸ Open dataset folder…: its training set becomes a choice. */
    public void followDatasetFolder(ReadOnlyObjectProperty<DatasetFolder> openedFolder) {
        openedFolder.addListener((o, was, is) -> {
            folder = is;
            dataChoices.setAll(ImageDataChoice.offered(is != null));
            if (is != null) {
                showInfo("The training set of " + is.summary() + " is now a data choice.");
            }
        });
    }

    /** Starts the session (its worker loads the data and builds the first model) unless it runs. */
    public void open() {
        if (startModelPending) {
            openWanted = true; // the session starts with the pretrained model once it is read
            return;
        }
        if (session == null) {
            session = new ImageTrainingSession(factory());
            frames.start();
            started.set(true);
            showInfo("Press Play to train, or Open model… for a pretrained one (the pretrained folder).");
        }
    }

    public void close() {
        frames.stop();
        if (session != null) {
            session.close();
        }
    }

    private Supplier<ImageTrainingRun> factory() {
        ImageDataChoice choice = data.get();
        DatasetFolder dataFolder = folder;
        ImageModelKind k = kind.get();
        int latent = latentSize.get();
        ImageTrainingSettings settings = new ImageTrainingSettings(beta.get(), learningRate.get(),
                ImageTrainingSettings.DEFAULT_BATCH, seed);
        ConvGanSettings ganSettings = ConvGanSettings.defaults(seed).withLearningRate(learningRate.get());
        OpenedImageModel start = opened;
        return () -> {
            Nd4jRuntime.init();
            ImageSet images = choice == ImageDataChoice.FOLDER ? choice.load(dataFolder)
                    : loadedSets.computeIfAbsent(choice, c -> c.load(null));
            if (start != null) {
                return new ImageTrainingRun(start.trainer(settings, ganSettings), images, choice.title());
            }
            List<String> classes = classNamesFor(k, images);
            ImageModelTrainer trainer = k.isGan()
                    ? new TrainableConvGan(new ConvGanTrainer(ConvGan.create(k.gan(), latent, classes, seed), ganSettings))
                    : new TrainableAutoencoder(new ImageAutoencoderTrainer(
                            ImageAutoencoder.create(k.autoencoder(), images.rows(), images.cols(), latent, classes, seed), settings));
            return new ImageTrainingRun(trainer, images, choice.title());
        };
    }

    /** The classes a new model of {@code k} learns from {@code images}: none unless conditional. */
    private static List<String> classNamesFor(ImageModelKind k, ImageSet images) {
        if (!k.conditional()) {
            return List.of();
        }
        List<String> names = io.latentlab.data.ClassNames.of(images);
        if (names.size() < 2) {
            throw new io.latentlab.data.BadInputException(images.name() + " has no labels, which a " + k.label()
                    + " learns from; choose MNIST or Fashion-MNIST, or a folder with label files");
        }
        return names;
    }

    void refresh(long now) {
        if (session == null) {
            return;
        }
        ImageTrainingStatus status = session.status();
        if (status != lastStatus) {
            TrainingState previous = state.get();
            lastStatus = status;
            state.set(status.state());
            running.set(status.state() == TrainingState.RUNNING);
            iteration.set(status.iteration());
            if (shown) {
                statusText.set(String.format(Locale.ROOT, "%s · iteration %,d · %.0f steps/s", status.state().label(),
                        status.iteration(), status.stepsPerSecond()));
                termsText.set(status.terms());
            }
            if (status.state() == TrainingState.FAILED && previous != TrainingState.FAILED) {
                showError(status.message());
            }
            String fault = faults.fresh(session.fault());
            if (fault != null) {
                showError(fault);
            }
        }
        if (!shown && lastGrid != null) {
            return; // the pictures, the chart and the timeline catch up when the tab is shown again; the first grid
                    // is published even behind another tab: the start waits for it (PretrainedStart)
        }
        ImageGridSnapshot grid = session.grid();
        if (grid != lastGrid) {
            lastGrid = grid;
            liveGrid.set(grid);
            throughTime.live(grid);
        }
        long timelineVersion = session.timeline().version();
        if (timelineVersion != lastTimelineVersion) {
            lastTimelineVersion = timelineVersion;
            throughTime.frames(session.timeline().frames());
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

    /**
     * Whether the tab is in front. Behind another tab its pictures, chart, status line and samples
     * through time are not updated (the state, iteration and messages still are): in JavaFX a change inside a
     * hidden tab still repaints the whole window, which cost Prism's software renderer about 20 ms
     * a frame while the explorer was in front. They catch up at the next frame once shown.
     */
    public void setShown(boolean inFront) {
        if (inFront && !shown) {
            lastStatus = null; // the status line catches up at the next frame
        }
        shown = inFront;
    }

    /**
     * Shows the kept grid {@code index} (0 the oldest); at {@link #frameCountProperty()} or past
     * it, follows the live grid again. The scrubber calls it.
     */
    public void scrubTo(int index) {
        throughTime.scrubTo(index);
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

    /** Starts again from the opened model file if one is open, else from fresh networks. */
    public void reset() {
        rebuild(opened == null ? "A fresh " + kind.get().label() + ": training starts again."
                : "Back to " + openedName + " as opened.");
    }

    public void chooseKind(ImageModelKind value) {
        if (value == kind.get()) {
            return;
        }
        String usual = "";
        if (value.isGan() != kind.get().isGan()) { // a GAN's usual latent size and rate differ from an autoencoder's
            latentSize.set(value.isGan() ? ImageModelKind.GAN_LATENT : 16);
            setLearningRate(usualLearningRate(value));
            usual = " and learning rate " + LearningRateText.format(learningRate.get()) + ", its usual ones";
        }
        kind.set(value);
        forgetOpened();
        rebuild("A new " + value.label() + " with " + latentSize.get() + " latents" + usual + ": training starts again.");
    }

    public void chooseLatentSize(Integer value) {
        if (!LATENT_SIZES.contains(value)) {
            throw new IllegalArgumentException("latent size must be one of " + LATENT_SIZES + ", was " + value);
        }
        if (value.equals(latentSize.get())) {
            return;
        }
        latentSize.set(value);
        forgetOpened();
        rebuild("Rebuilt the " + kind.get().label() + " with " + value + " latents: training starts again.");
    }

    public void chooseData(ImageDataChoice value) {
        if (value == data.get()) {
            return;
        }
        String misfit = opened == null ? null : ImageSizeFit.whyNot(value, folder, opened, openedName);
        if (misfit != null) {
            ImageDataChoice kept = data.get();
            data.set(value); // the picker shows the kept choice again
            data.set(kept);
            showError(misfit);
            return;
        }
        data.set(value);
        rebuild((opened == null ? "A new " + kind.get().label() + " for " : openedName + " now trains on ") + value.title()
                + ". " + value.note());
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

    /** Reads a VAE, autoencoder or conditional VAE model file in the background, then trains on from it. */
    public void openModel(Path file) {
        openModel(file, () -> { });
    }

    /** As {@link #openModel(Path)}, then runs {@code opened} on the FX thread once the model is the one trained (not on a failure). */
    public void openModel(Path file, Runnable afterOpened) {
        String name = String.valueOf(file.getFileName());
        files.open(file, takeAlreadyRead(), model -> {
            if (!LATENT_SIZES.contains(model.latentSize())) {
                showError(name + " has " + model.latentSize() + " latents; this tab takes " + LATENT_SIZES
                        + ". Open another model file.");
                return;
            }
            ImageDataChoice matching = ImageDataChoice.withClasses(model.classNames());
            if (model.kind().conditional() && matching != null && data.get() != ImageDataChoice.FOLDER) {
                data.set(matching);
            }
            opened = model;
            openedName = name;
            if (model.kind().isGan() != kind.get().isGan()) {
                setLearningRate(usualLearningRate(model.kind()));
            }
            kind.set(model.kind());
            latentSize.set(model.latentSize());
            data.set(ImageSizeFit.dataFor(model.card().dataset(), data.get(), folder, model));
            rebuild(String.format(Locale.ROOT, "Opened %s: %s with %d latents, trained %,d steps on %s. Press Play to train on.",
                    name, model.kind().withArticle(), model.latentSize(), model.card().trainingSteps(), model.card().dataset()));
            afterOpened.run();
        });
    }

    /** Told of each model file opened or saved successfully on this tab (File ▸ Open recent lists them). */
    public void onModelFile(java.util.function.Consumer<Path> used) {
        files.onModelFile(used);
    }

    /** Starts again from fresh networks of the chosen kind, latent size and data, forgetting an opened model file. */
    public void startFresh() {
        forgetOpened();
        rebuild("A fresh " + kind.get().label() + " with " + latentSize.get() + " latents: training starts again.");
    }

    /** Whether the training session has started (the tab was shown, and a pretrained start model, if any, was read). */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    /** Saves the model as it is between two steps, atomically, in the background. */
    public void saveModel(Path file) {
        if (session == null) {
            showError("Nothing to save yet: open the Images tab and train a model first.");
            return;
        }
        files.save(session, file);
    }

    // ----- the pretrained model the app opens with -----

    private boolean startModelPending;
    private boolean openWanted;
    private io.latentlab.model.LoadedAutoencoder alreadyRead;

    /**
     * The app opens with a pretrained model: until {@link #startWith} or {@link #startWithout},
     * {@link #open()} waits for it instead of building and decoding a fresh model first.
     */
    public void awaitStartModel() {
        startModelPending = true;
        showInfo("Opening a pretrained model…");
    }

    /** The pretrained model {@code file} holds, read off the FX thread: the session starts with it. */
    public void startWith(io.latentlab.model.LoadedAutoencoder loaded, Path file) {
        String name = String.valueOf(file.getFileName());
        startModelPending = false;
        alreadyRead = loaded;
        openModel(file);
        if (openWanted) {
            open();
            showInfo(String.format(Locale.ROOT, "%s, trained %,d steps on %s. Press Play to train on, or File ▸ Open pretrained for another.",
                    name, loaded.card().trainingSteps(), loaded.card().dataset()));
        }
    }

    /** Images already read for {@code choice} (at start, with the pretrained model), so the session need not read them again. */
    public void preloaded(ImageDataChoice choice, ImageSet images) {
        if (choice != ImageDataChoice.FOLDER) {
            loadedSets.put(choice, images);
        }
    }

    /** No pretrained model to open with ({@code why}, or null when none ships): a fresh model it is. */
    public void startWithout(String why) {
        startModelPending = false;
        if (openWanted) {
            open();
        }
        if (why != null) {
            showError(why);
        }
    }

    /** The model {@link #startWith} read already, once; null when {@link #openModel} must read the file. */
    private OpenedImageModel takeAlreadyRead() {
        io.latentlab.model.LoadedAutoencoder read = alreadyRead;
        alreadyRead = null;
        return read == null ? null : OpenedImageModel.of(read);
    }

    /** Adam's usual rate for {@code k}: 2e-4 for the GANs (DCGAN's), 1e-3 for the autoencoders. */
    private static double usualLearningRate(ImageModelKind k) {
        return k.isGan() ? ImageModelKind.GAN_LEARNING_RATE : ImageTrainingSettings.DEFAULT_LEARNING_RATE;
    }

    private void forgetOpened() {
        opened = null;
        openedName = null;
    }

    private void rebuild(String note) {
        liveGrid.set(null);
        throughTime.live(null);
        throughTime.follow();
        if (session != null) {
            session.replace(factory());
        }
        showInfo(note);
    }

    public void showError(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    void showInfo(String text) {
        message.set(text);
        messageIsError.set(false);
    }

    // ----- properties -----

    public ReadOnlyObjectProperty<TrainingState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty iterationProperty() {
        return iteration.getReadOnlyProperty();
    }

    /** "Training · iteration 1,234 · 97 steps/s". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty termsTextProperty() {
        return termsText.getReadOnlyProperty();
    }

    /** The newest decoded grid from the session. */
    public ReadOnlyObjectProperty<ImageGridSnapshot> liveGridProperty() {
        return liveGrid.getReadOnlyProperty();
    }

    /** The grid to draw: the live one, or a kept one when scrubbed back. */
    public ReadOnlyObjectProperty<ImageGridSnapshot> shownGridProperty() {
        return throughTime.shownProperty();
    }

    /** Grids kept in the timeline. */
    public ReadOnlyIntegerProperty frameCountProperty() {
        return throughTime.frameCountProperty();
    }

    /** True while the live grid is shown, false when scrubbed back. */
    public ReadOnlyBooleanProperty followingProperty() {
        return throughTime.followingProperty();
    }

    public ReadOnlyStringProperty scrubTextProperty() {
        return throughTime.textProperty();
    }

    /** The trainer's series through the run, for the chart. */
    public ReadOnlyObjectProperty<ImageMetricHistory.Points> historyProperty() {
        return history.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageModelKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> latentSizeProperty() {
        return latentSize.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImageDataChoice> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ObservableList<ImageDataChoice> dataChoices() {
        return FXCollections.unmodifiableObservableList(dataChoices);
    }

    public ReadOnlyDoubleProperty betaProperty() {
        return beta.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
