package io.latentlab.ui;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * The look of the main window for a projector: presentation mode is larger text, the
 * high-contrast theme and the hyperparameter controls hidden (Play, Pause and Step stay), for a
 * teacher at the front and a class at the back. Each of larger text and high contrast can also be
 * on by itself. Sets the style classes {@link Styles#LARGE_TEXT}, {@link Styles#HIGH_CONTRAST}
 * and {@link Styles#PRESENTATION} on the window; a control marked with {@link #hyperparameter}
 * hides itself while presentation mode is on.
 */
public final class PresentationMode {

    /** The key under which the window's root keeps this, for the controls marked as hyperparameters. */
    private static final String KEY = PresentationMode.class.getName();

    /** The high-contrast and presentation rules, on top of {@link Styles#STYLESHEET}. */
    public static final String STYLESHEET = "presentation.css";

    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty largeText;
    private final BooleanBinding largeShown;
    private final BooleanBinding contrastShown;

    /**
     * @param window    the window's root, whose style classes this sets
     * @param largeText View ▸ Larger text
     */
    public PresentationMode(Parent window, BooleanProperty largeText) {
        this.largeText = largeText;
        largeShown = largeText.or(presentation);
        contrastShown = highContrast.or(presentation);
        window.getProperties().put(KEY, this);
        window.getStylesheets().add(PresentationMode.class.getResource(STYLESHEET).toExternalForm());
        largeShown.addListener((o, was, is) -> styleClass(window, Styles.LARGE_TEXT, is));
        contrastShown.addListener((o, was, is) -> styleClass(window, Styles.HIGH_CONTRAST, is));
        presentation.addListener((o, was, is) -> styleClass(window, Styles.PRESENTATION, is));
        styleClass(window, Styles.LARGE_TEXT, largeShown.get());
    }

    /** Presentation mode: View ▸ Presentation mode (F5). */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The high-contrast theme by itself: View ▸ High contrast. */
    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    /** Larger text by itself: View ▸ Larger text. */
    public BooleanProperty largeTextProperty() {
        return largeText;
    }

    /** Whether the text is presentation-size now (by itself or in presentation mode): for dialogs. */
    public BooleanBinding largeTextShown() {
        return largeShown;
    }

    /** Whether the high-contrast theme shows now (by itself or in presentation mode). */
    public BooleanBinding highContrastShown() {
        return contrastShown;
    }

    /**
     * Marks {@code control} as a hyperparameter setting: while presentation mode is on it is
     * hidden and gives up its space. Works in any view under a window with a presentation mode,
     * built before or after the mode is switched.
     */
    public static <T extends Node> T hyperparameter(T control) {
        control.getStyleClass().add(Styles.HYPERPARAMETERS);
        control.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null && !control.visibleProperty().isBound()
                    && scene.getRoot().getProperties().get(KEY) instanceof PresentationMode mode) {
                control.visibleProperty().bind(mode.presentation.not());
                control.managedProperty().bind(control.visibleProperty());
            }
        });
        return control;
    }

    private static void styleClass(Parent window, String styleClass, boolean on) {
        window.getStyleClass().remove(styleClass);
        if (on) {
            window.getStyleClass().add(styleClass);
        }
    }
}
