package io.latentlab.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything Latent Lab keeps between runs: the window's layout, its look, and the model files
 * opened or saved lately (newest first, at most {@link #RECENT_LIMIT}, as absolute paths).
 */
public record Settings(WindowLayout window, Appearance appearance, List<String> recentModels) {

    /** How many recent model files File ▸ Open recent lists. */
    public static final int RECENT_LIMIT = 8;
    /** Longer than any path a file system takes (Linux's PATH_MAX is 4,096). */
    public static final int MAX_PATH_LENGTH = 4096;

    public Settings {
        recentModels = List.copyOf(recentModels);
    }

    public static Settings defaults() {
        return new Settings(WindowLayout.defaults(), Appearance.defaults(), List.of());
    }

    /** These settings with {@code path} first among the recent models (moved there if listed already). */
    public Settings withRecentModel(String path) {
        List<String> recent = new ArrayList<>(recentModels.size() + 1);
        recent.add(path);
        for (String old : recentModels) {
            if (!old.equals(path) && recent.size() < RECENT_LIMIT) {
                recent.add(old);
            }
        }
        return new Settings(window, appearance, recent);
    }

    /** These settings without {@code path} among the recent models. */
    public Settings withoutRecentModel(String path) {
        List<String> recent = new ArrayList<>(recentModels);
        recent.remove(path);
        return new Settings(window, appearance, recent);
    }

    public Settings withWindow(WindowLayout layout) {
        return new Settings(layout, appearance, recentModels);
    }

    public Settings withAppearance(Appearance look) {
        return new Settings(window, look, recentModels);
    }
}
