package io.latentlab.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.List;
import java.util.function.Supplier;

/**
 * The View menu's items for a projector: High contrast (Ctrl+Shift+H), Presentation mode (F5, or
 * Ctrl+Shift+P) and Full screen (F11; Esc leaves it too, as JavaFX does).
 */
public final class PresentationMenuItems {

    public static final String HIGH_CONTRAST_ID = "highContrast";
    public static final String PRESENTATION_ID = "presentationMode";
    public static final String FULL_SCREEN_ID = "fullScreen";
    /** The second shortcut of presentation mode, for keyboards whose F keys need Fn. */
    public static final KeyCombination PRESENTATION_KEYS = new KeyCodeCombination(KeyCode.P,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private PresentationMenuItems() {
    }

    /**
     * @param mode  the window's presentation mode
     * @param stage the window's stage once it has one (null before)
     */
    public static List<MenuItem> of(PresentationMode mode, Supplier<Stage> stage) {
        return of(mode, stage, new CheckMenuItem("Full screen"));
    }

    /** As {@link #of(PresentationMode, Supplier)}, with {@code fullScreen} as the Full screen item (see {@link #follow}). */
    static List<MenuItem> of(PresentationMode mode, Supplier<Stage> stage, CheckMenuItem fullScreen) {
        CheckMenuItem contrast = new CheckMenuItem("High contrast");
        contrast.setId(HIGH_CONTRAST_ID);
        contrast.selectedProperty().bindBidirectional(mode.highContrastProperty());
        contrast.setAccelerator(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode (F5 or Ctrl+Shift+P)");
        presentation.setId(PRESENTATION_ID);
        presentation.selectedProperty().bindBidirectional(mode.presentationProperty());
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        fullScreen.setId(FULL_SCREEN_ID);
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            Stage s = stage.get();
            if (s != null) {
                s.setFullScreenExitHint("Press F11 or Esc to leave full screen");
                s.setFullScreen(!s.isFullScreen());
            }
        });
        return List.of(new SeparatorMenuItem(), contrast, presentation, fullScreen);
    }

    /** Keeps the Full screen item ticked while {@code stage} is full screen, however it got there or left. */
    static void follow(CheckMenuItem fullScreen, Stage stage) {
        fullScreen.setSelected(stage.isFullScreen());
        stage.fullScreenProperty().addListener((o, was, is) -> fullScreen.setSelected(is));
    }
}
