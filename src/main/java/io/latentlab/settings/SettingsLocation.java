package io.latentlab.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the settings file lives: the system property {@value #PROPERTY} if set (tests always set
 * it), else {@code %APPDATA%\LatentLab\settings.json} on Windows, else
 * {@code $XDG_CONFIG_HOME/latentlab/settings.json}, else {@code ~/.config/latentlab/settings.json}.
 */
public final class SettingsLocation {

    public static final String PROPERTY = "latentlab.settings";
    public static final String FILE_NAME = "settings.json";

    private SettingsLocation() {
    }

    /** This run's settings file. */
    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."));
    }

    /** The rule above, on the given inputs. */
    static Path resolve(String override, String osName, Map<String, String> env, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows") && present(env.get("APPDATA"))) {
            return Path.of(env.get("APPDATA"), "LatentLab", FILE_NAME);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (present(xdg) && Path.of(xdg).isAbsolute()) { // the XDG spec: a relative value is ignored
            return Path.of(xdg, "latentlab", FILE_NAME);
        }
        return Path.of(home, ".config", "latentlab", FILE_NAME);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
