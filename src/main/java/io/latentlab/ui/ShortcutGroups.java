package io.latentlab.ui;

import java.util.List;

/**
 * What Help ▸ Keyboard shortcuts lists, grouped by the tab where the keys act, read from the
 * lists the shortcuts are installed from ({@link KeyboardShortcuts}, {@link VaeShortcuts}, {@link ImageShortcuts},
 * {@link EmKeyboardShortcuts}), so the help never disagrees with the keys.
 */
final class ShortcutGroups {

    /** One key and what it does. */
    record Row(String key, String description) {
    }

    /** The keys of one tab (or the menus'), under a title. */
    record Group(String title, List<Row> rows) {
    }

    private ShortcutGroups() {
    }

    static List<Group> all() {
        return List.of(
                new Group("Toy lab", KeyboardShortcuts.TRAINING.stream().map(s -> new Row(s.keyName(), s.description())).toList()),
                new Group("VAE", VaeShortcuts.KEYS.stream().map(k -> new Row(k.keyName(), k.description())).toList()),
                new Group("Mixtures (EM)", EmKeyboardShortcuts.KEYS.stream().map(k -> new Row(k.keyName(), k.description())).toList()),
                new Group("Images", ImageShortcuts.KEYS.stream().map(k -> new Row(k.keyName(), k.description())).toList()),
                new Group("Menus, in every tab", KeyboardShortcuts.MENU.stream().map(m -> new Row(m[0], m[1])).toList()));
    }
}
