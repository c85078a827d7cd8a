package io.latentlab.ui;

import io.latentlab.train.StepKind;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The single-key training shortcuts, active wherever the focus is in the window except in a
 * text field (where the keys type text): Space plays or pauses, S steps, D and G step one network,
 * R resets. A scene-level event filter, so a focused button or slider cannot swallow them.
 */
public final class KeyboardShortcuts {

    /**
     * One shortcut: the key, what to press in words, what it does, and whether holding the key
     * down repeats it (stepping does; play/pause and reset act once per press).
     */
    public record Shortcut(KeyCode key, String keyName, String description, boolean repeats,
                           Consumer<ToyLabViewModel> action) {
    }

    /** All of them, in the order Help lists them. */
    public static final List<Shortcut> TRAINING = List.of(
            new Shortcut(KeyCode.SPACE, "Space", "Play or pause training", false, ToyLabViewModel::togglePlay),
            new Shortcut(KeyCode.S, "S", "One training step (discriminator, then generator); hold to repeat", true, lab -> lab.step(StepKind.BOTH)),
            new Shortcut(KeyCode.D, "D", "One discriminator step only; hold to repeat", true, lab -> lab.step(StepKind.DISCRIMINATOR)),
            new Shortcut(KeyCode.G, "G", "One generator step only; hold to repeat", true, lab -> lab.step(StepKind.GENERATOR)),
            new Shortcut(KeyCode.R, "R", "Reset: fresh networks, same seed and settings", false, ToyLabViewModel::reset));

    /** Menu shortcuts, listed in Help; the menus install them. */
    public static final List<String[]> MENU = List.of(
            new String[] {"Ctrl+O", "Open a model file"},
            new String[] {"Ctrl+S", "Save the model"},
            new String[] {"Ctrl+L", "Larger text on or off"},
            new String[] {"F5 or Ctrl+Shift+P", "Presentation mode on or off"},
            new String[] {"Ctrl+Shift+H", "High contrast on or off"},
            new String[] {"F11", "Full screen on or off (Esc leaves it)"},
            new String[] {"F1", "Keyboard shortcuts"},
            new String[] {"Ctrl+Q", "Quit"});

    private KeyboardShortcuts() {
    }

    /** Installs the training shortcuts on {@code scene}, acting on {@code lab}. */
    public static void install(Scene scene, ToyLabViewModel lab) {
        install(scene, lab, () -> true);
    }

    /** As {@link #install(Scene, ToyLabViewModel)}, acting only while {@code active} says so (the toy lab's tab shown). */
    public static void install(Scene scene, ToyLabViewModel lab, java.util.function.BooleanSupplier active) {
        Set<KeyCode> held = EnumSet.noneOf(KeyCode.class);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> held.remove(event.getCode()));
        // A key released in another window never reaches us: forget what was held.
        Consumer<Window> watch = window -> {
            if (window != null) {
                window.focusedProperty().addListener((f, was, is) -> held.clear());
            }
        };
        watch.accept(scene.getWindow());
        scene.windowProperty().addListener((o, old, window) -> watch.accept(window));
        EventHandler<KeyEvent> filter = event -> {
            if (event.isShortcutDown() || event.isAltDown() || event.isMetaDown() || event.isControlDown()
                    || scene.getFocusOwner() instanceof TextInputControl || !active.getAsBoolean()) {
                return;
            }
            for (Shortcut shortcut : TRAINING) {
                if (event.getCode() == shortcut.key()) {
                    boolean repeat = !held.add(shortcut.key());
                    if (lab.readyProperty().get() && (shortcut.repeats() || !repeat)) {
                        shortcut.action().accept(lab);
                    }
                    event.consume();
                    return;
                }
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter);
    }
}
