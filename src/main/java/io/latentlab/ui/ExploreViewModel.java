package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.data.DatasetFolder;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Explore tab's state: the model being explored (a {@link LatentModel}), the images of its
 * dataset (the bundled test set, to encode, map and search), one line of news, and the
 * explorer thread every panel decodes on, so the FX thread never waits for a network.
 *
 * <p>Panels observe {@link #modelProperty()} and rebuild when it changes. They run decodes with
 * {@link #decode}, which hands results back on the FX thread.
 */
public final class ExploreViewModel implements AutoCloseable {

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<LatentModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ImageSet> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyObjectWrapper<EncodedImages> encoded = new ReadOnlyObjectWrapper<>(this, "encoded");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObjectProperty<Boolean> messageIsError = new SimpleObjectProperty<>(this, "messageIsError", false);
    private final ReadOnlyObjectWrapper<ExploredImages> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private final ReadOnlyObjectWrapper<DatasetFolder> datasetFolder = new ReadOnlyObjectWrapper<>(this, "datasetFolder");
    private final ExecutorService explorer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "explorer");
        t.setDaemon(true);
        return t;
    });

    private final java.util.Map<LatentModel, Path> modelFiles = new java.util.WeakHashMap<>();
    private final ExploreExports exports;

    public ExploreViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        this.exports = new ExploreExports(this);
    }

    /** The file the explored model was read from; null when it is not a file (e.g. a model mid-training). */
    public Path modelFile() {
        return modelFileOf(model.get());
    }

    /** The file {@code opened} was read from; null when it is not a file. */
    public Path modelFileOf(LatentModel opened) {
        return opened == null ? null : modelFiles.get(opened);
    }

    /** Saving and copying what a panel shows: image grid PNG, animated walk, clipboard. */
    public ExploreExports exports() {
        return exports;
    }

    /** The model being explored; null until one is opened. */
    public ReadOnlyObjectProperty<LatentModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public LatentModel model() {
        return model.get();
    }

    /** The images of the model's dataset (bundled test set), or null while loading or when there are none. */
    public ReadOnlyObjectProperty<ImageSet> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /**
     * The {@link #imagesProperty() images} encoded by the model (latent means, with labels), once
     * the explorer thread has encoded them; null while it works, and always for a model without an
     * encoder (a GAN).
     */
    public ReadOnlyObjectProperty<EncodedImages> encodedProperty() {
        return encoded.getReadOnlyProperty();
    }

    /** The last thing that happened, in one line. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a problem. */
    public ObjectProperty<Boolean> messageIsErrorProperty() {
        return messageIsError;
    }

    public void showInfo(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    public void showError(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    /**
     * The last generated image a panel picked for the others to look at (e.g. the Map panel's
     * preview, which the Neighbours panel searches the data for); null when none.
     */
    public ReadOnlyObjectProperty<ExploredImages> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Offers {@code image} (one decoded picture with its latent vector) to the other panels. */
    public void pick(ExploredImages image) {
        picked.set(image);
    }

    /** The dataset folder opened with File ▸ Open dataset folder… (its full training set), or null. */
    public ReadOnlyObjectProperty<DatasetFolder> datasetFolderProperty() {
        return datasetFolder.getReadOnlyProperty();
    }

    /** Follows the window's opened dataset folder, so the explorer can search its training set. */
    public void followDatasetFolder(ReadOnlyObjectProperty<DatasetFolder> opened) {
        datasetFolder.bind(opened);
    }

    /** Lists the image models in pretrained/ in the background (each card is read from its zip), then hands them over on the FX thread. */
    public void listPretrained(Consumer<java.util.List<io.latentlab.model.PretrainedModel>> listed) {
        tasks.run(() -> io.latentlab.model.PretrainedModels.locate().map(io.latentlab.model.PretrainedModels::list)
                        .orElse(java.util.List.of()).stream()
                        .filter(m -> m.place() == io.latentlab.model.ModelPlace.IMAGES).toList(),
                listed, e -> showError(UserMessages.failure("list the pretrained models", e)));
    }

    private java.util.function.Consumer<Path> modelFileUsed = file -> { };

    /** Told of each model file opened successfully here (File ▸ Open recent lists them). */
    public void onModelFile(java.util.function.Consumer<Path> used) {
        modelFileUsed = used;
    }

    /** Reads a model file in the background and explores it; a wrong or damaged file is one line, the current model stays. */
    public void openModel(Path file) {
        open(file, true);
    }

    /** As {@link #openModel}, for the model the tab opens by itself: not one File ▸ Open recent lists. */
    public void openFirstModel(Path file) {
        open(file, false);
    }

    private void open(Path file, boolean chosen) {
        tasks.run(() -> LatentModels.open(file), opened -> {
                    if (chosen) {
                        modelFileUsed.accept(file);
                    }
                    modelFiles.put(opened, file);
                    explore(opened);
                },
                e -> showError(UserMessages.failure("open " + file.getFileName(), e)));
    }

    /** Explores {@code opened} from now on, and loads its dataset's images in the background. */
    public void explore(LatentModel opened) {
        model.set(opened);
        picked.set(null);
        images.set(null);
        encoded.set(null);
        showInfo(String.format(Locale.ROOT, "Exploring %s: %s with %d latents%s.", opened.name(), opened.kind().withArticle(),
                opened.latentSize(), opened.conditional() ? " and " + opened.classNames().size() + " classes" : ""));
        ImageDataChoice data = ExploreImages.choiceFor(opened.card().dataset());
        if (data != null) {
            tasks.run(() -> data.load(null), loaded -> {
                if (model.get() == opened) {
                    images.set(loaded);
                    if (opened.encodes()) {
                        decode(() -> EncodedImages.of(opened, loaded.name(), loaded.pixelsView(), loaded.labels(), loaded.count()),
                                done -> {
                                    if (model.get() == opened) {
                                        encoded.set(done);
                                    }
                                });
                    }
                }
            }, e -> showError(UserMessages.failure("load the images of " + opened.card().dataset(), e)));
        }
    }

    /**
     * Runs {@code work} (a decode, an encode) on the explorer thread, then {@code done} with its
     * result on the FX thread; a failure becomes the error line. Work runs in the order given.
     */
    public <T> void decode(Supplier<T> work, Consumer<T> done) {
        if (explorer.isShutdown()) {
            return; // the window is closing: nobody will look at the result
        }
        try {
            explorer.execute(() -> {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    Platform.runLater(() -> showError(UserMessages.failure("decode", e)));
                    return;
                }
                Platform.runLater(() -> done.accept(result));
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // closed between the check and the call: the same as above
        }
    }

    /** The explorer thread, for panels that schedule their own work on it (e.g. to drop stale slider decodes). */
    public ExecutorService explorerThread() {
        return explorer;
    }

    @Override
    public void close() {
        explorer.shutdownNow();
    }
}
