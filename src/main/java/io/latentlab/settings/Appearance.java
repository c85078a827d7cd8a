package io.latentlab.settings;

/**
 * How the window looks: the high-contrast theme, presentation-size text, and presentation mode
 * (both of those plus the hyperparameter panels hidden, for a projector).
 */
public record Appearance(boolean highContrast, boolean largeText, boolean presentation) {

    public static Appearance defaults() {
        return new Appearance(false, false, false);
    }
}
