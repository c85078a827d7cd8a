package io.latentlab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.BooleanSupplier;

/**
 * The toy lab's single keys, for the VAE tab while it is shown: Space plays or pauses, S takes
 * one step, R resets. Not in a text field, and not with a modifier (the menus' shortcuts).
 */
final class VaeShortcuts {

    private VaeShortcuts() {
    }

    static void install(Scene scene, VaeViewModel vae, BooleanSupplier active) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!active.getAsBoolean() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()
                    || event.isControlDown() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            KeyCode key = event.getCode();
            if (key == KeyCode.SPACE) {
                vae.togglePlay();
            } else if (key == KeyCode.S) {
                vae.step();
            } else if (key == KeyCode.R) {
                vae.reset();
            } else {
                return;
            }
            event.consume();
        });
    }
}
