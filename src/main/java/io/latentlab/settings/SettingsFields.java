package io.latentlab.settings;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a parsed settings file, each checked on its own: a value of the wrong type or
 * out of range keeps its default and adds a short phrase to {@link #problems()} naming the field
 * and the value. Fields it does not know are ignored.
 */
final class SettingsFields {

    /** Longer than any tab title. */
    private static final int MAX_TAB_LENGTH = 100;

    private final List<String> problems = new ArrayList<>();
    private final Settings settings;

    SettingsFields(JsonNode root) {
        WindowLayout window = window(root.path("window"));
        Appearance appearance = appearance(root.path("appearance"));
        List<String> recent = recentModels(root.path("recentModels"));
        settings = new Settings(window, appearance, recent);
    }

    Settings settings() {
        return settings;
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private WindowLayout window(JsonNode node) {
        WindowLayout d = WindowLayout.defaults();
        if (!objectOrAbsent(node, "window")) {
            return d;
        }
        double width = number(node, "window.width", "width", WindowLayout.MIN_WIDTH, WindowLayout.MAX_SIZE, d.width());
        double height = number(node, "window.height", "height", WindowLayout.MIN_HEIGHT, WindowLayout.MAX_SIZE, d.height());
        double x = number(node, "window.x", "x", -WindowLayout.MAX_POSITION, WindowLayout.MAX_POSITION, Double.NaN);
        double y = number(node, "window.y", "y", -WindowLayout.MAX_POSITION, WindowLayout.MAX_POSITION, Double.NaN);
        if (Double.isNaN(x) != Double.isNaN(y)) {
            x = Double.NaN; // half a position is no position
            y = Double.NaN;
        }
        boolean maximised = bool(node, "window.maximised", "maximised", d.maximised());
        boolean fullScreen = bool(node, "window.fullScreen", "fullScreen", d.fullScreen());
        String tab = null;
        JsonNode tabNode = node.path("tab");
        if (!tabNode.isMissingNode() && !tabNode.isNull()) {
            if (tabNode.isTextual() && tabNode.asText().length() <= MAX_TAB_LENGTH) {
                tab = tabNode.asText();
            } else {
                problems.add("window.tab is " + shown(tabNode) + ", not a tab's title");
            }
        }
        return new WindowLayout(x, y, width, height, maximised, fullScreen, tab, dividers(node.path("dividers")));
    }

    private List<Double> dividers(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray() || node.size() > WindowLayout.MAX_DIVIDERS) {
            problems.add("window.dividers is " + shown(node) + ", not a list of up to " + WindowLayout.MAX_DIVIDERS
                    + " fractions");
            return List.of();
        }
        List<Double> positions = new ArrayList<>();
        for (JsonNode each : node) {
            if (!each.isNumber() || !(each.asDouble() >= 0 && each.asDouble() <= 1)) {
                problems.add("window.dividers holds " + shown(each) + ", not a fraction from 0 to 1");
                return List.of();
            }
            positions.add(each.asDouble());
        }
        return positions;
    }

    private Appearance appearance(JsonNode node) {
        Appearance d = Appearance.defaults();
        if (!objectOrAbsent(node, "appearance")) {
            return d;
        }
        return new Appearance(bool(node, "appearance.highContrast", "highContrast", d.highContrast()),
                bool(node, "appearance.largeText", "largeText", d.largeText()),
                bool(node, "appearance.presentation", "presentation", d.presentation()));
    }

    private List<String> recentModels(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("recentModels is " + shown(node) + ", not a list of file paths");
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        int bad = 0;
        for (JsonNode each : node) {
            if (paths.size() == Settings.RECENT_LIMIT) {
                break;
            }
            String path = each.isTextual() ? each.asText() : null;
            if (path == null || path.isBlank() || path.length() > Settings.MAX_PATH_LENGTH || path.indexOf('\0') >= 0) {
                bad++;
            } else if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        if (bad > 0) {
            problems.add("recentModels holds " + bad + (bad == 1 ? " entry that is" : " entries that are") + " not a file path");
        }
        if (node.size() > Settings.RECENT_LIMIT + bad) {
            problems.add(String.format(Locale.ROOT, "recentModels lists %,d files, more than the %d kept (the first %d are)",
                    node.size(), Settings.RECENT_LIMIT, paths.size()));
        }
        return paths;
    }

    private boolean objectOrAbsent(JsonNode node, String name) {
        if (node.isMissingNode() || node.isNull() || node.isObject()) {
            return node.isObject();
        }
        problems.add(name + " is " + shown(node) + ", not an object");
        return false;
    }

    private double number(JsonNode parent, String name, String field, double min, double max, double fallback) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        double value = node.isNumber() ? node.asDouble() : Double.NaN;
        if (!(value >= min && value <= max)) { // NaN and ±Infinity fail too
            problems.add(String.format(Locale.ROOT, "%s is %s, not a number from %.0f to %.0f", name, shown(node), min, max));
            return fallback;
        }
        return value;
    }

    private boolean bool(JsonNode parent, String name, String field, boolean fallback) {
        JsonNode node = parent.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problems.add(name + " is " + shown(node) + ", not true or false");
            return fallback;
        }
        return node.asBoolean();
    }

    /** A value as the message quotes it: short, on one line. */
    private static String shown(JsonNode node) {
        if (node.isContainerNode()) {
            return node.isArray() ? String.format(Locale.ROOT, "a list of %,d", node.size()) : "an object";
        }
        String text = node.isTextual() ? '"' + node.asText() + '"'
                : node.isNumber() && !Double.isFinite(node.asDouble()) ? String.valueOf(node.asDouble()) : node.toString();
        text = text.replaceAll("\\s+", " ");
        return text.length() > 40 ? text.substring(0, 37) + "…" : text;
    }
}
