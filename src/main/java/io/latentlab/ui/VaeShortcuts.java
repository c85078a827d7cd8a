package io.latentlab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The toy lab's single keys, for the VAE tab while it is shown: Space plays or pauses, S takes
 * one step, R resets. Not in a text field, and not with a modifier (the menus' shortcuts).
 */
final class VaeShortcuts {

    /** One key: what to press in words, what it does, and the action. */
    record Key(KeyCode key, String keyName, String description, Consumer<VaeViewModel> action) {
    }

    /** All of them, in the order Help lists them. */
    static final List<Key> KEYS = List.of(
            new Key(KeyCode.SPACE, "Space", "Play or pause training", VaeViewModel::togglePlay),
            new Key(KeyCode.S, "S", "One training step", VaeViewModel::step),
            new Key(KeyCode.R, "R", "Reset: fresh networks with the data, latent size, β and learning rate chosen now",
                    VaeViewModel::reset));

    private VaeShortcuts() {
    }

    static void install(Scene scene, VaeViewModel vae, BooleanSupplier active) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!active.getAsBoolean() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()
                    || event.isControlDown() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (Key key : KEYS) {
                if (event.getCode() == key.key()) {
                    key.action().accept(vae);
                    event.consume();
                    return;
                }
            }
        });
    }
}
