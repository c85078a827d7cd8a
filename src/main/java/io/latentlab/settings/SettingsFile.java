package io.latentlab.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.latentlab.model.AtomicFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes {@code settings.json}. Reading never fails: a missing file gives the defaults
 * silently; a file too big, not JSON or with values of the wrong type or out of range gives the
 * defaults for what could not be read and one line saying so ({@link SettingsRead#problem()}).
 * Unknown fields are ignored, so a newer version's file still opens. Writing is atomic.
 */
public final class SettingsFile {

    /** A settings file is well under 2 KB; anything past this is not one. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS) // a NaN is a bad value, not a reason to drop the whole file
            .build();

    private SettingsFile() {
    }

    public static SettingsRead read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return damaged(file, "it is " + describeSize(size) + ", far more than a settings file holds (under "
                        + MAX_BYTES / 1024 + " KB); all settings");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // the file may have grown since
            }
        } catch (NoSuchFileException e) {
            return new SettingsRead(Settings.defaults(), null);
        } catch (IOException e) {
            return damaged(file, "it could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); all settings");
        }
        if (bytes.length > MAX_BYTES) {
            return damaged(file, "it is over " + MAX_BYTES / 1024 + " KB; all settings");
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            return damaged(file, "it is not valid JSON" + where + " (" + firstLine(e.getOriginalMessage()) + "); all settings");
        } catch (IOException e) {
            return damaged(file, "it could not be read (" + e.getMessage() + "); all settings");
        }
        if (root == null || root.isMissingNode()) {
            return damaged(file, "it is empty; all settings");
        }
        if (!root.isObject()) {
            return damaged(file, "it holds a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object; all settings");
        }
        SettingsFields fields = new SettingsFields(root);
        Settings settings = fields.settings();
        List<String> problems = fields.problems();
        if (problems.isEmpty()) {
            return new SettingsRead(settings, null);
        }
        return damaged(file, String.join("; ", problems) + "; those", settings);
    }

    /** Writes {@code settings} to {@code file} atomically, making its folder if needed. */
    public static void write(Path file, Settings settings) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(settings));
        AtomicFile.write(file, out -> out.write(bytes));
    }

    static ObjectNode toJson(Settings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", FORMAT_VERSION);
        WindowLayout w = settings.window();
        ObjectNode window = root.putObject("window");
        if (w.placed()) {
            window.put("x", w.x());
            window.put("y", w.y());
        }
        window.put("width", w.width());
        window.put("height", w.height());
        window.put("maximised", w.maximised());
        window.put("fullScreen", w.fullScreen());
        if (w.tab() != null) {
            window.put("tab", w.tab());
        }
        ArrayNode dividers = window.putArray("dividers");
        w.dividers().forEach(dividers::add);
        Appearance a = settings.appearance();
        ObjectNode look = root.putObject("appearance");
        look.put("highContrast", a.highContrast());
        look.put("largeText", a.largeText());
        look.put("presentation", a.presentation());
        ArrayNode recent = root.putArray("recentModels");
        settings.recentModels().forEach(recent::add);
        return root;
    }

    private static SettingsRead damaged(Path file, String what) {
        return damaged(file, what, Settings.defaults());
    }

    private static SettingsRead damaged(Path file, String what, Settings settings) {
        return new SettingsRead(settings, "Settings file " + file + " was damaged: " + what
                + " are back to their defaults; the file is left as it is until Latent Lab closes, which keeps it as "
                + file.getFileName() + SettingsStore.DAMAGED_SUFFIX + " and writes a fresh one.");
    }

    private static String describeSize(long bytes) {
        return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0)
                : String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }
}
