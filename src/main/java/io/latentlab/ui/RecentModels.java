package io.latentlab.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The model files opened or saved lately, in any tab, newest first, at most
 * {@link io.latentlab.settings.Settings#RECENT_LIMIT}: what File ▸ Open recent lists. Each change
 * is handed to a listener (the app saves the settings then). FX thread.
 */
public final class RecentModels {

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);
    private Consumer<List<Path>> changed = list -> { };

    /** Newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Replaces the list (at start, from the settings file), without telling the listener. */
    public void setAll(List<Path> paths) {
        List<Path> kept = new ArrayList<>();
        for (Path p : paths) {
            Path absolute = p.toAbsolutePath().normalize();
            if (!kept.contains(absolute) && kept.size() < io.latentlab.settings.Settings.RECENT_LIMIT) {
                kept.add(absolute);
            }
        }
        files.setAll(kept);
    }

    /** Puts {@code file} first (a model was just opened or saved). */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(absolute);
        next.add(0, absolute);
        while (next.size() > io.latentlab.settings.Settings.RECENT_LIMIT) {
            next.remove(next.size() - 1);
        }
        if (!next.equals(files)) {
            files.setAll(next);
            changed.accept(List.copyOf(files));
        }
    }

    /** Drops {@code file} (it is gone, or cannot be opened). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            changed.accept(List.copyOf(files));
        }
    }

    public void clear() {
        if (!files.isEmpty()) {
            files.clear();
            changed.accept(List.of());
        }
    }

    /** What to do after each change: the app saves its settings. */
    public void onChange(Consumer<List<Path>> listener) {
        this.changed = listener;
    }
}
