package io.latentlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * File (open, save, open a dataset folder, export, quit), View (which points and layers to show: discriminator heatmap,
 * generator manifold, gradient arrows, density overlays; the 1-D pushforward map; larger text) and Help (shortcuts,
 * about). File commands wait until the training session is ready.
 */
public final class MainMenuBar extends MenuBar {

    public MainMenuBar(ToyLabViewModel lab, FileCommands files, HelpDialogs help, BooleanProperty largeText, Runnable quit) {
        MenuItem open = item("Open model…", e -> files.openModel());
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        MenuItem save = item("Save model…", e -> files.saveModel());
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        Menu export = new Menu("Export", null,
                item("Samples as CSV…", e -> files.exportSamples()),
                item("Loss history as CSV…", e -> files.exportLossHistory()),
                item("Scatter plot as PNG…", e -> files.exportScatter()));
        for (MenuItem needsSession : new MenuItem[] {open, save, export}) {
            needsSession.disableProperty().bind(Bindings.not(lab.readyProperty()));
        }
        MenuItem openDatasets = item("Open dataset folder…", e -> files.openDatasetFolder());
        openDatasets.setId("openDatasetFolder");
        MenuItem exit = item("Quit", e -> quit.run());
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu file = new Menu("File", null, open, save, new SeparatorMenuItem(), openDatasets, new SeparatorMenuItem(), export, new SeparatorMenuItem(), exit);

        CheckMenuItem showReal = new CheckMenuItem("Show real samples");
        showReal.selectedProperty().bindBidirectional(lab.showRealProperty());
        CheckMenuItem showGenerated = new CheckMenuItem("Show generated samples");
        showGenerated.selectedProperty().bindBidirectional(lab.showGeneratedProperty());
        CheckMenuItem larger = new CheckMenuItem("Larger text");
        larger.selectedProperty().bindBidirectional(largeText);
        larger.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        CheckMenuItem showDiscriminator = check("showDiscriminator", "Discriminator output", lab.showDiscriminatorProperty());
        CheckMenuItem showManifold = check("showManifold", "Generator manifold", lab.showManifoldProperty());
        CheckMenuItem showArrows = check("showArrows", "Gradient arrows", lab.showArrowsProperty());
        CheckMenuItem showPushforward = check("showPushforward", "Pushforward map", lab.showPushforwardProperty());
        Menu view = new Menu("View", null, showReal, showGenerated, new SeparatorMenuItem(),
                showDiscriminator, showManifold, showArrows, showPushforward, new DensityOverlayMenu(lab.densities()),
                new SeparatorMenuItem(), larger);

        MenuItem shortcuts = item("Keyboard shortcuts", e -> help.showShortcuts());
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        Menu helpMenu = new Menu("Help", null, shortcuts, item("About Latent Lab", e -> help.showAbout()));

        getMenus().addAll(file, view, helpMenu);
    }

    private static CheckMenuItem check(String id, String text, BooleanProperty shown) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }

    private static MenuItem item(String text, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(action);
        return item;
    }
}
