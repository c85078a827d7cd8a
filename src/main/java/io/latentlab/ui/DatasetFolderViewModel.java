package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageDatasets;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The image dataset a person opened with File ▸ Open dataset folder…: the folder's training and
 * test sets, read and checked on a worker thread, then published here for the image models. The
 * outcome, "Opened mnist: 60,000 training and 10,000 test images…" or what is wrong with which
 * file, goes to the window's message line.
 */
public final class DatasetFolderViewModel {

    private final BackgroundTasks tasks;
    private final Consumer<String> info;
    private final Consumer<String> error;
    private final ReadOnlyObjectWrapper<DatasetFolder> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");

    /** @param info and {@code error} show a one-line outcome in the window */
    public DatasetFolderViewModel(BackgroundTasks tasks, Consumer<String> info, Consumer<String> error) {
        this.tasks = tasks;
        this.info = info;
        this.error = error;
    }

    /** Reads {@code folder} in the background; a dataset already open stays open if this one fails. */
    public void open(Path folder) {
        String name = String.valueOf(folder.getFileName());
        reading.set(true);
        info.accept("Reading the dataset in " + name + "…");
        tasks.run(() -> ImageDatasets.openFolder(folder), found -> {
            reading.set(false);
            opened.set(found);
            info.accept("Opened " + found.summary() + ".");
        }, failure -> {
            reading.set(false);
            error.accept(UserMessages.failure("open the dataset in " + name, failure));
        });
    }

    /** The dataset opened last, or null. */
    public ReadOnlyObjectProperty<DatasetFolder> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** True while a folder is being read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }
}
