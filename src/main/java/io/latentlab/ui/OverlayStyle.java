package io.latentlab.ui;

/** How a density overlay is drawn over the scatter: iso-density lines, or a tint that deepens with density. */
public enum OverlayStyle {
    CONTOURS("Contours"),
    HEATMAP("Heatmap");

    private final String label;

    OverlayStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
