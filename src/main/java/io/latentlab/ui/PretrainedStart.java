package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.LoadedAutoencoder;
import io.latentlab.model.PretrainedModel;
import io.latentlab.model.PretrainedModels;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import io.latentlab.train.ImageGridSnapshot;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the window opens with: the Images tab showing a pretrained model's decoded samples. The
 * backend is set up and the model file read off the FX thread while the window is already up;
 * only the cards of the pretrained folder are read to choose it (see
 * {@link PretrainedModels#first}), and only its networks are restored. With nothing shipped the
 * tab builds its untrained default. Reports each milestone ("ND4J ready", "model loaded",
 * "first grid drawn") to whoever measures the start.
 */
public final class PretrainedStart {

    public static final String ND4J_READY = "ND4J ready";
    public static final String MODEL_LOADED = "model loaded";
    public static final String DATA_LOADED = "test images loaded";
    public static final String FIRST_GRID = "first grid drawn";

    private PretrainedStart() {
    }

    /**
     * Reads what the window opens with: sets ND4J up, lists the pretrained folder's cards and
     * restores the first model's networks ({@link PretrainedModels#first}). Any thread; slow
     * (about a second), so the app starts it before the window. Empty when nothing is shipped.
     */
    public static Optional<StartModel> read(Supplier<Optional<Path>> folder, Consumer<String> milestone) {
        Nd4jRuntime.init();
        milestone.accept(ND4J_READY);
        Optional<PretrainedModel> first = folder.get().flatMap(f -> PretrainedModels.first(PretrainedModels.list(f)));
        if (first.isEmpty()) {
            return Optional.empty();
        }
        LoadedAutoencoder loaded = AutoencoderFile.load(first.get().file());
        milestone.accept(MODEL_LOADED);
        // the test images the tab shows beside their reconstructions, read here too rather than after the window is up
        ImageDataChoice data = ImageSizeFit.dataFor(loaded.card().dataset(), ImageDataChoice.MNIST, null, io.latentlab.train.OpenedImageModel.of(loaded));
        ImageSet images = data.load(null);
        milestone.accept(DATA_LOADED);
        return Optional.of(new StartModel(loaded, first.get().file(), data, images));
    }

    /**
     * Shows the Images tab, waiting for {@code reading} (see {@link #read}) to open its model
     * there; with nothing read, or a failure, the tab builds its untrained default. FX thread,
     * after the window is shown.
     */
    public static void begin(MainWindow window, CompletableFuture<Optional<StartModel>> reading, Consumer<String> milestone) {
        ImageLabViewModel images = window.imageLabViewModel();
        images.awaitStartModel();
        window.showImagesTab();
        reportFirstGrid(images, milestone);
        reading.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                images.startWithout(UserMessages.failure("open the pretrained model", FxBackgroundTasks.unwrap(failure)));
            } else if (opened.isPresent()) {
                images.preloaded(opened.get().data(), opened.get().images());
                images.startWith(opened.get().model(), opened.get().file());
            } else {
                images.startWithout(null);
            }
        }));
    }

    /** Calls {@code milestone} with {@link #FIRST_GRID} on the frame after the first grid is shown, once it is on screen. */
    private static void reportFirstGrid(ImageLabViewModel images, Consumer<String> milestone) {
        images.shownGridProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ImageGridSnapshot> o, ImageGridSnapshot was, ImageGridSnapshot is) {
                if (is == null) {
                    return;
                }
                o.removeListener(this);
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        stop();
                        milestone.accept(FIRST_GRID);
                    }
                }.start();
            }
        });
    }

    /** The model the window opens with, its file, and the images it shows reconstructed. */
    public record StartModel(LoadedAutoencoder model, Path file, ImageDataChoice data, ImageSet images) {
    }
}
