package io.latentlab.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Single keys for one workspace tab while it is shown (Space, S, R and the like): not in a text
 * field, and not with a modifier (those are the menus' shortcuts). Each tab lists its keys once;
 * they are installed from that list and Help shows the same list ({@link ShortcutGroups}).
 */
final class TabShortcuts {

    /** One key: what to press in words, what it does, and the action on the tab's view model. */
    record Key<M>(KeyCode key, String keyName, String description, Consumer<M> action) {
    }

    private TabShortcuts() {
    }

    static <M> void install(Scene scene, List<Key<M>> keys, M model, BooleanSupplier active) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!active.getAsBoolean() || event.isShortcutDown() || event.isAltDown() || event.isMetaDown()
                    || event.isControlDown() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            for (Key<M> key : keys) {
                if (event.getCode() == key.key()) {
                    key.action().accept(model);
                    event.consume();
                    return;
                }
            }
        });
    }
}
