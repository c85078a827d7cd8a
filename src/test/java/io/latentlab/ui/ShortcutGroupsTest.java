package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Help ▸ Keyboard shortcuts lists every tab's keys, from the lists the keys are installed from. */
class ShortcutGroupsTest {

    @Test
    void everyTabsKeysAreListedUnderItsTitle() {
        List<ShortcutGroups.Group> groups = ShortcutGroups.all();
        assertEquals(List.of("Toy lab", "VAE", "Mixtures (EM)", "Images", "Menus, in every tab"),
                groups.stream().map(ShortcutGroups.Group::title).toList());
        assertEquals(List.of("Space", "S", "D", "G", "R"), keys(groups.get(0)));
        assertEquals(List.of("Space", "S", "R"), keys(groups.get(1)));
        assertEquals(List.of("Space", "S", "R"), keys(groups.get(2)));
        assertEquals(VaeShortcuts.KEYS.size(), groups.get(1).rows().size());
        assertEquals(EmKeyboardShortcuts.KEYS.size(), groups.get(2).rows().size());
        assertEquals("Play or pause EM", groups.get(2).rows().get(0).description());
        assertEquals(List.of("Space", "S", "R"), keys(groups.get(3)));
        assertEquals(ImageShortcuts.KEYS.size(), groups.get(3).rows().size());
        assertEquals(KeyboardShortcuts.MENU.size(), groups.get(4).rows().size());
    }

    private static List<String> keys(ShortcutGroups.Group group) {
        return group.rows().stream().map(ShortcutGroups.Row::key).toList();
    }
}
