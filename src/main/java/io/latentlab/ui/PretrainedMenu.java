package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.model.PretrainedModel;
import io.latentlab.model.PretrainedModels;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File ▸ Open pretrained: one item per model file in the pretrained folder as it is now, each
 * with a line from its card ("mnist-vae-20 — VAE · MNIST · 20 latents · test −ELBO 104.7 nats ·
 * opens in the Images tab"). The folder is listed off the FX thread when the window opens and
 * again each time the menu opens, so files added since are there; when no folder is found the
 * menu holds one line saying so.
 */
public final class PretrainedMenu extends Menu {

    public static final String ID = "openPretrained";
    /** An item's id is this prefix and the file's name without {@code .lab.zip}. */
    public static final String ITEM_ID_PREFIX = "pretrained-";

    private final BackgroundTasks tasks;
    private final Supplier<Optional<Path>> folder;
    private final Consumer<PretrainedModel> open;
    private List<String> shown = List.of();

    /**
     * @param folder where the pretrained folder is, looked up off the FX thread
     * @param open   what choosing a model does (on the FX thread)
     */
    public PretrainedMenu(BackgroundTasks tasks, Supplier<Optional<Path>> folder, Consumer<PretrainedModel> open) {
        super("Open pretrained");
        setId(ID);
        this.tasks = tasks;
        this.folder = folder;
        this.open = open;
        getItems().add(note("Looking for pretrained models…"));
        setOnShowing(e -> refresh());
        refresh();
    }

    /** Lists the folder again in the background and shows what it holds. */
    public void refresh() {
        tasks.run(() -> {
            Optional<Path> where = folder.get();
            if (where.isEmpty()) {
                throw new BadInputException(PretrainedModels.notFound());
            }
            return PretrainedModels.list(where.get());
        }, this::show, failure -> showNote(UserMessages.failure("list the pretrained models", failure)));
    }

    private void show(List<PretrainedModel> models) {
        List<String> lines = models.stream().map(m -> m.file() + "\n" + m.description()).toList();
        if (lines.equals(shown) && !lines.isEmpty()) {
            return;
        }
        shown = lines;
        if (models.isEmpty()) {
            getItems().setAll(note("The pretrained folder holds no " + io.latentlab.model.ModelFile.SUFFIX + " files"));
            return;
        }
        getItems().setAll(models.stream().map(this::item).toList());
    }

    private MenuItem item(PretrainedModel model) {
        MenuItem item = new MenuItem(model.name() + "  —  " + model.description());
        item.setId(ITEM_ID_PREFIX + model.name());
        item.setMnemonicParsing(false);
        item.setOnAction(e -> open.accept(model));
        return item;
    }

    private void showNote(String line) {
        shown = List.of();
        getItems().setAll(note(line));
    }

    private static MenuItem note(String line) {
        MenuItem item = new MenuItem(line);
        item.setMnemonicParsing(false);
        item.setDisable(true);
        return item;
    }
}
