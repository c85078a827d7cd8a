package io.latentlab.ui;

import io.latentlab.model.ModelCards;
import io.latentlab.model.PretrainedModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * File ▸ Open recent: the model files opened or saved lately, newest first, each as its name and
 * folder. A file that is no longer there shows disabled, marked "missing" (checked each time the
 * menu opens); one that cannot be opened any more is dropped from the list with a message. Ends
 * with Clear list.
 */
public final class OpenRecentMenu extends Menu {

    public static final String ID = "openRecent";
    /** Items are {@code recent-0}, {@code recent-1}, … newest first. */
    public static final String ITEM_ID_PREFIX = "recent-";
    public static final String CLEAR_ID = "clearRecent";

    private final RecentModels recent;
    private final BackgroundTasks tasks;
    private final Consumer<PretrainedModel> open;
    private final Consumer<String> error;

    /**
     * @param open  opens a model whose card was read, in the tab its kind belongs to (FX thread)
     * @param error shows one line on what went wrong
     */
    public OpenRecentMenu(RecentModels recent, BackgroundTasks tasks, Consumer<PretrainedModel> open, Consumer<String> error) {
        super("Open recent");
        setId(ID);
        this.recent = recent;
        this.tasks = tasks;
        this.open = open;
        this.error = error;
        recent.files().addListener((ListChangeListener<Path>) change -> rebuild());
        setOnShowing(e -> rebuild()); // a file may have gone since
        rebuild();
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        List<Path> files = recent.files();
        for (int i = 0; i < files.size(); i++) {
            items.add(item(files.get(i), i));
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No model opened or saved yet");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem("Clear list");
            clear.setId(CLEAR_ID);
            clear.setOnAction(e -> recent.clear());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        getItems().setAll(items);
    }

    private MenuItem item(Path file, int index) {
        boolean there = Files.isRegularFile(file);
        Path folder = file.getParent();
        MenuItem item = new MenuItem(file.getFileName() + (folder == null ? "" : "  —  " + folder) + (there ? "" : "  (missing)"));
        item.setId(ITEM_ID_PREFIX + index);
        item.setMnemonicParsing(false);
        item.setDisable(!there);
        item.setOnAction(e -> openRecent(file));
        return item;
    }

    /** Reads the card in the background, then opens the file where its kind belongs; a file that fails is dropped. */
    void openRecent(Path file) {
        tasks.run(() -> new PretrainedModel(file, ModelCards.peek(file), null), open, failure -> {
            recent.remove(file);
            error.accept(UserMessages.failure("open " + file.getFileName(), failure)
                    + " It is no longer listed under File ▸ Open recent.");
        });
    }
}
