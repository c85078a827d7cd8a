package io.latentlab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The single-key shortcuts while the "Mixtures (EM)" workspace shows: Space plays or pauses EM,
 * S steps one iteration, R draws a new initialisation, the same keys as the toy lab's. Installed
 * on the scene before {@link KeyboardShortcuts}, so that while EM shows, those keys (D and G
 * too) never reach the hidden GAN.
 */
final class EmKeyboardShortcuts {

    /** One key: what to press in words, what it does, and the action. */
    record Key(KeyCode key, String keyName, String description, Consumer<EmPlayerViewModel> action) {
    }

    /** All of them, in the order Help lists them. */
    static final List<Key> KEYS = List.of(
            new Key(KeyCode.SPACE, "Space", "Play or pause EM", EmPlayerViewModel::togglePlay),
            new Key(KeyCode.S, "S", "One EM iteration (E step and M step)", EmPlayerViewModel::step),
            new Key(KeyCode.R, "R", "A new initialisation of the same mixture on the same data", EmPlayerViewModel::reset));

    /** Keys the toy lab uses that do nothing here, swallowed so they never reach the hidden GAN. */
    private static final Set<KeyCode> SWALLOWED = EnumSet.of(KeyCode.D, KeyCode.G);

    private EmKeyboardShortcuts() {
    }

    static void install(Scene scene, EmPlayerViewModel em, BooleanSupplier showing) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!showing.getAsBoolean() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()
                    || event.isControlDown() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (Key key : KEYS) {
                if (event.getCode() == key.key()) {
                    key.action().accept(em);
                    event.consume();
                    return;
                }
            }
            if (SWALLOWED.contains(event.getCode())) {
                event.consume();
            }
        });
    }
}
