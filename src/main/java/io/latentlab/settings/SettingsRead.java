package io.latentlab.settings;

/**
 * What reading the settings file gave: the settings (defaults for whatever could not be read)
 * and, when something could not, one line naming the file and what was wrong; else null.
 */
public record SettingsRead(Settings settings, String problem) {

    public boolean damaged() {
        return problem != null;
    }
}
