package io.latentlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.WindowEvent;

/**
 * The application shell: menu bar and training toolbar on top, the workspaces in tabs (the toy
 * lab first), the status bar below. Installs the keyboard shortcuts on its scene and the
 * stylesheet on itself, and switches presentation-size text with a style class.
 */
public final class MainWindow extends BorderPane {

    private final ToyLabViewModel lab;
    private final ToyLabView toyLab;
    private final EmPlayerViewModel emPlayer = new EmPlayerViewModel();
    private final BooleanProperty largeText = new SimpleBooleanProperty(this, "largeText");

    /**
     * @param lab   the toy lab's view model, attached to its session now or later
     * @param tasks where file work runs
     * @param quit  what File ▸ Quit does
     */
    public MainWindow(ToyLabViewModel lab, BackgroundTasks tasks, Runnable quit) {
        this.lab = lab;
        getStyleClass().add(Styles.MAIN_WINDOW);
        getStylesheets().add(Styles.stylesheetUrl());

        toyLab = new ToyLabView(lab);
        Tab toyLabTab = new Tab("Toy lab", toyLab);
        toyLabTab.setClosable(false);
        Tab emTab = new Tab("Mixtures (EM)", new EmPlayerView(emPlayer));
        emTab.setId("emTab");
        emTab.setClosable(false);
        emTab.selectedProperty().addListener((o, was, is) -> emPlayer.setActive(is));
        TabPane workspaces = new TabPane(toyLabTab, emTab);
        workspaces.setId("workspaces");

        FileCommands files = new FileCommands(this, new ToyLabFiles(lab, tasks), toyLab::plot);
        HelpDialogs help = new HelpDialogs(this, largeText, lab.backendProperty());
        MainMenuBar menus = new MainMenuBar(lab, files, help, largeText, quit);
        TrainingToolbar toolbar = new TrainingToolbar(lab);
        StatusBar status = new StatusBar(lab);
        for (javafx.scene.Node toyLabOnly : new javafx.scene.Node[] {toolbar, status}) {
            toyLabOnly.visibleProperty().bind(toyLabTab.selectedProperty());
            toyLabOnly.managedProperty().bind(toyLabTab.selectedProperty());
        }
        setTop(new VBox(menus, toolbar));
        setCenter(workspaces);
        setBottom(status);

        // Clicking a plot takes the focus out of a text field, so the single-key shortcuts work again.
        toyLab.scatter().setOnMousePressed(e -> requestFocus());
        toyLab.histogram().setOnMousePressed(e -> requestFocus());
        toyLab.lossChart().setOnMousePressed(e -> requestFocus());
        largeText.addListener((o, was, is) -> {
            getStyleClass().remove(Styles.LARGE_TEXT);
            if (is) {
                getStyleClass().add(Styles.LARGE_TEXT);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && old == null) {
                EmKeyboardShortcuts.install(scene, emPlayer, emTab::isSelected);
                KeyboardShortcuts.install(scene, lab);
                scene.windowProperty().addListener((w, was, window) -> {
                    if (window != null) {
                        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> requestFocus());
                    }
                });
            }
        });
    }

    /** Presentation-size text, for a projector; View ▸ Larger text. */
    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    public ToyLabViewModel toyLabViewModel() {
        return lab;
    }

    public ToyLabView toyLabView() {
        return toyLab;
    }

    /** The "Mixtures (EM)" workspace's view model; close it when the window goes. */
    public EmPlayerViewModel emPlayerViewModel() {
        return emPlayer;
    }
}
