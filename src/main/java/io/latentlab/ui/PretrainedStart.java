package io.latentlab.ui;

import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.LoadedAutoencoder;
import io.latentlab.model.PretrainedModel;
import io.latentlab.model.PretrainedModels;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import io.latentlab.train.ImageGridSnapshot;

import java.nio.file.Path;
import java.util.Optional;
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
    public static final String FIRST_GRID = "first grid drawn";

    private PretrainedStart() {
    }

    /**
     * Shows the Images tab and opens the first pretrained model there. Call on the FX thread
     * after the window is shown; {@code milestone} may be called from any thread.
     */
    public static void begin(MainWindow window, BackgroundTasks tasks, Supplier<Optional<Path>> folder,
                             Consumer<String> milestone) {
        ImageLabViewModel images = window.imageLabViewModel();
        images.awaitStartModel();
        window.showImagesTab();
        reportFirstGrid(images, milestone);
        tasks.run(() -> {
            Nd4jRuntime.init();
            milestone.accept(ND4J_READY);
            Optional<PretrainedModel> first = folder.get().flatMap(f -> PretrainedModels.first(PretrainedModels.list(f)));
            if (first.isEmpty()) {
                return Optional.<Opened>empty();
            }
            LoadedAutoencoder loaded = AutoencoderFile.load(first.get().file());
            milestone.accept(MODEL_LOADED);
            return Optional.of(new Opened(loaded, String.valueOf(first.get().file().getFileName())));
        }, opened -> opened.ifPresentOrElse(o -> images.startWith(o.model(), o.name()), () -> images.startWithout(null)),
                failure -> images.startWithout(UserMessages.failure("open the pretrained model", failure)));
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

    private record Opened(LoadedAutoencoder model, String name) {
    }
}
