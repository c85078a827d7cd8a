package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The Explore tab's Export menu ({@code #exploreExport}): Save image grid…, Save animated walk…,
 * Copy image, and Export settings… — each for what the selected panel shows now.
 */
final class ExportMenu extends MenuButton {

    private final ExploreExports exports;
    private final Supplier<ExploredImages> shown;
    private final Supplier<String> panelTitle;
    private SaveTarget target = SaveTarget.fileChooser();

    /**
     * @param shown      what the selected panel shows now, or null
     * @param panelTitle the selected panel's title, for messages
     */
    ExportMenu(ExploreExports exports, Supplier<ExploredImages> shown, Supplier<String> panelTitle) {
        super("Export");
        this.exports = exports;
        this.shown = shown;
        this.panelTitle = panelTitle;
        setId("exploreExport");
        setTooltip(new Tooltip("Save or copy what the selected panel shows; a saved PNG holds the command that remakes it"));
        MenuItem grid = new MenuItem("Save image grid…");
        grid.setId("exploreSaveGrid");
        grid.setOnAction(e -> withShown(images -> {
            Path file = target.choose(getScene().getWindow(), "Save the image grid", ExploreExports.suggestedName(images, "png"),
                    "PNG image", "png");
            if (file != null) {
                exports.saveGrid(images, file);
            }
        }));
        MenuItem walk = new MenuItem("Save animated walk…");
        walk.setId("exploreSaveWalk");
        walk.setOnAction(e -> withShown(images -> {
            if (images.z() == null) {
                exports.refuse("The " + panelTitle.get() + " panel shows real images, which have no latent vectors to walk "
                        + "between: save them as an image grid, or choose a panel of decoded images.");
                return;
            }
            Path file = target.choose(getScene().getWindow(), "Save an animated walk", ExploreExports.suggestedName(images, "gif"),
                    "Animated GIF", "gif");
            if (file != null) {
                exports.saveWalk(images, file);
            }
        }));
        MenuItem copy = new MenuItem("Copy image");
        copy.setId("exploreCopyImage");
        copy.setOnAction(e -> withShown(exports::copyImage));
        MenuItem settings = new MenuItem("Export settings…");
        settings.setId("exploreExportSettings");
        settings.setOnAction(e -> new ExportSettingsDialog(exports, getScene().getWindow()).showAndWait());
        getItems().addAll(grid, walk, copy, new SeparatorMenuItem(), settings);
    }

    /** Where saves go: a file chooser, unless a test says otherwise. */
    void setSaveTarget(SaveTarget value) {
        target = value;
    }

    private void withShown(java.util.function.Consumer<ExploredImages> action) {
        ExploredImages images = shown.get();
        if (images == null) {
            exports.nothingShown(panelTitle.get());
        } else {
            action.accept(images);
        }
    }
}
