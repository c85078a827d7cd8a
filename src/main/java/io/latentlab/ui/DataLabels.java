package io.latentlab.ui;

import java.util.Map;

/**
 * Readable names of the toy distributions for the pickers and the status bar ("Two moons"
 * for {@code moons}), so a class reads what the data is rather than its command-line name.
 * The command-line name stays what files and the engine use.
 */
public final class DataLabels {

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("ring8", "Ring of 8 Gaussians"),
            Map.entry("grid25", "Grid of 25 Gaussians"),
            Map.entry("line", "Noisy line segment"),
            Map.entry("moons", "Two moons"),
            Map.entry("spiral", "Spiral"),
            Map.entry("regions3", "Three discs"),
            Map.entry("square", "Uniform square"),
            Map.entry("drawn", "Draw your own"),
            Map.entry("mix2", "Mixture of two Gaussians"),
            Map.entry("uniform", "Uniform[0, 1]"),
            Map.entry("lognormal", "Log-normal (μ 0, σ 0.5)"),
            Map.entry("push-identity", "Pushforward g(x)=x of Uniform[0, 1]"),
            Map.entry("push-square", "Pushforward g(x)=x² of Uniform[0, 1]"),
            Map.entry("push-normal", "Pushforward g(x)=Φ⁻¹(x) of Uniform[0, 1]"));

    private DataLabels() {
    }

    /** For example "Two moons"; the name itself for data without a title. */
    public static String title(String name) {
        return TITLES.getOrDefault(name, name);
    }

    /** The title with its dimension, as the data picker lists it: "Two moons (2-D)". */
    public static String pickerLabel(String name, int dimension) {
        return title(name) + " (" + dimension + "-D)";
    }
}
