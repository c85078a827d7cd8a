package io.latentlab.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * This run's settings file: read once at start, written on change of the recent models and on
 * close. A file that was damaged when read is not overwritten until the first save, which first
 * keeps it beside the new one as {@code settings.json.damaged}, so nothing the user had is lost.
 */
public final class SettingsStore {

    public static final String DAMAGED_SUFFIX = ".damaged";

    private final Path file;
    private final SettingsRead read;
    private boolean damagedKept;

    private SettingsStore(Path file, SettingsRead read) {
        this.file = file;
        this.read = read;
        this.damagedKept = !read.damaged();
    }

    /** Reads {@code file} (never fails: see {@link SettingsFile#read}). */
    public static SettingsStore open(Path file) {
        return new SettingsStore(file, SettingsFile.read(file));
    }

    public Path file() {
        return file;
    }

    /** What was read at start. */
    public SettingsRead read() {
        return read;
    }

    /** Writes {@code settings}; returns null, or one line saying why it could not. */
    public synchronized String save(Settings settings) {
        try {
            if (!damagedKept && Files.isRegularFile(file)) {
                Files.copy(file, file.resolveSibling(file.getFileName() + DAMAGED_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
            }
            damagedKept = true;
            SettingsFile.write(file, settings);
            return null;
        } catch (IOException | RuntimeException e) {
            return "Could not save the settings to " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); check that its folder is writable, or start with -D" + SettingsLocation.PROPERTY + "=another/settings.json.";
        }
    }
}
