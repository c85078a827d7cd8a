package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanKind;
import io.latentlab.model.ModelCards;
import io.latentlab.train.OpenedImageModel;
import io.latentlab.train.ImageTrainingSession;
import io.latentlab.train.SavedImageModel;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opening and saving the Images tab's model files ({@link AutoencoderFile}, {@link ConvGanFile}) off the FX thread:
 * a file is read and checked in the background (a GAN's file, or a damaged one, gives one line
 * saying what is wrong); a save copies the model between two steps on the session's worker,
 * then writes the copy atomically in the background. Outcomes go to the tab's message line.
 */
final class ImageModelFiles {

    private static final long COPY_WAIT_S = 30;

    private final BackgroundTasks tasks;
    private final Consumer<String> info;
    private final Consumer<String> error;

    ImageModelFiles(BackgroundTasks tasks, Consumer<String> info, Consumer<String> error) {
        this.tasks = tasks;
        this.info = info;
        this.error = error;
    }

    private Consumer<Path> modelFileUsed = file -> { };

    /** Told of each model file read or saved successfully (File ▸ Open recent lists them). */
    void onModelFile(Consumer<Path> used) {
        modelFileUsed = used;
    }

    /** Reads {@code file}; on success (FX thread) hands the checked model to {@code opened}. */
    void open(Path file, Consumer<OpenedImageModel> opened) {
        String name = String.valueOf(file.getFileName());
        info.accept("Opening " + name + "…");
        tasks.run(() -> read(file), model -> {
                    modelFileUsed.accept(file);
                    opened.accept(model);
                },
                failure -> error.accept(UserMessages.failure("open " + name, failure)));
    }

    /** As {@link #open(Path, Consumer)}, but hands {@code alreadyRead} over at once when it is not null. */
    void open(Path file, OpenedImageModel alreadyRead, Consumer<OpenedImageModel> opened) {
        if (alreadyRead == null) {
            open(file, opened);
        } else {
            opened.accept(alreadyRead);
        }
    }

    /** An image GAN or autoencoder file, by the kind its card names; any other kind gets one line from the loader. */
    private static OpenedImageModel read(Path file) {
        String kind = ModelCards.peek(file).kind();
        return ConvGanKind.byNameOrNull(kind) != null ? OpenedImageModel.of(ConvGanFile.load(file))
                : OpenedImageModel.of(AutoencoderFile.load(file));
    }

    /** Saves what {@code session} trains now to {@code file}. */
    void save(ImageTrainingSession session, Path file) {
        String name = String.valueOf(file.getFileName());
        info.accept("Saving " + name + "…");
        CompletableFuture<SavedImageModel> copy = session.withRun(run -> run == null ? null
                : run.trainer().copyForSaving(run.images().name(), session.status().step()));
        tasks.run(() -> {
            SavedImageModel state = copy.get(COPY_WAIT_S, TimeUnit.SECONDS);
            if (state == null) {
                throw new BadInputException("there is no model to save: press Reset to build one, then save");
            }
            state.save(file);
            return state.trainingSteps();
        }, steps -> {
            modelFileUsed.accept(file);
            info.accept(String.format(Locale.ROOT, "Saved %s (%,d steps).", name, steps));
        },
                failure -> error.accept(UserMessages.saveFailure(file, failure)));
    }
}
