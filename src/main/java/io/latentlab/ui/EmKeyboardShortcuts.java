package io.latentlab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.BooleanSupplier;

/**
 * The single-key shortcuts while the "Mixtures (EM)" workspace shows: Space plays or pauses EM,
 * S steps one iteration, R draws a new initialisation, the same keys as the toy lab's. Installed
 * on the scene before {@link KeyboardShortcuts}, so that while EM shows, those keys (D and G
 * too) never reach the hidden GAN.
 */
final class EmKeyboardShortcuts {

    private EmKeyboardShortcuts() {
    }

    static void install(Scene scene, EmPlayerViewModel em, BooleanSupplier showing) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!showing.getAsBoolean() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()
                    || event.isControlDown() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            KeyCode key = event.getCode();
            switch (key) {
                case SPACE -> em.togglePlay();
                case S -> em.step();
                case R -> em.reset();
                case D, G -> { }
                default -> {
                    return;
                }
            }
            event.consume();
        });
    }
}
