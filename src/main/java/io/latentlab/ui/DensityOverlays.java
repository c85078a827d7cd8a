package io.latentlab.ui;

import io.latentlab.density.DensityOverlay;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;

/**
 * The scatter's density overlays: what to draw (the latest {@link DensityOverlay}, which
 * densities, which style) and the two layers that draw it, a heatmap under the points and
 * contours over them, with their legend. {@link ScatterPlot} places the layers; they
 * are redrawn only when something here changed or the plot was resized.
 */
final class DensityOverlays {

    private final ObjectProperty<DensityOverlay> overlay = new SimpleObjectProperty<>(this, "overlay");
    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal");
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated");
    private final ObjectProperty<OverlayStyle> style = new SimpleObjectProperty<>(this, "style", OverlayStyle.CONTOURS);
    private final DensityHeatmap under = new DensityHeatmap();
    private final DensityOverlayLayer over = new DensityOverlayLayer();
    private final Label realEntry = entry("Real density", PlotPalette.REAL, false);
    private final Label generatedEntry = entry("Generated density", PlotPalette.GENERATED, true);
    private final HBox legend = new HBox(realEntry, generatedEntry);
    private boolean dirty = true;
    private double side = -1;
    private boolean drawn;

    DensityOverlays(Runnable relayout) {
        for (Observable o : new Observable[] {overlay, showReal, showGenerated, style}) {
            o.addListener(x -> {
                // A new fit while nothing shows, over layers already clear, needs no redraw.
                if (o != overlay || showReal.get() || showGenerated.get() || drawn) {
                    dirty = true;
                    relayout.run();
                }
            });
        }
        realEntry.visibleProperty().bind(showReal.and(overlay.isNotNull()));
        generatedEntry.visibleProperty().bind(showGenerated.and(overlay.isNotNull()));
        nameEntries(overlay, realEntry, generatedEntry);
        legend.getStyleClass().add(Styles.PLOT_LEGEND);
        legend.setManaged(false);
        legend.setMouseTransparent(true);
        legend.visibleProperty().bind(realEntry.visibleProperty().or(generatedEntry.visibleProperty()));
    }

    /** Names the estimator in the legend entries: "Real KDE", "Generated GMM". */
    static void nameEntries(ObjectProperty<DensityOverlay> overlay, Label real, Label generated) {
        overlay.addListener((o, was, is) -> {
            String method = is == null ? "density" : is.estimator().method().name();
            real.setText("Real " + method);
            generated.setText("Generated " + method);
        });
    }

    /** A legend entry with a line swatch; managed only while visible, so a hidden one takes no room. */
    static Label entry(String text, javafx.scene.paint.Color colour, boolean dashed) {
        Line swatch = new Line(0, 0, 22, 0);
        swatch.setStroke(colour);
        swatch.setStrokeWidth(DensityOverlayLayer.LINE_WIDTH);
        if (dashed) {
            swatch.getStrokeDashArray().addAll(6.0, 4.0);
        }
        Label label = new Label(text, swatch);
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** The layer under the points (heatmap). */
    Node under() {
        return under;
    }

    /** The layer over the points (contours). */
    Node over() {
        return over;
    }

    /** The legend of the density lines, a row of its own under the points' legend. */
    HBox legend() {
        return legend;
    }

    /**
     * Covers the plot area at ({@code left}, {@code top}) of side {@code newSide}, {@code pixels}
     * device pixels; redraws if needed.
     */
    void place(double left, double top, double newSide, int pixels) {
        if (over.getWidth() != newSide || over.getHeight() != newSide) {
            over.setWidth(newSide);
            over.setHeight(newSide);
        }
        over.relocate(left, top);
        under.relocate(left, top);
        if (newSide != side) {
            side = newSide;
            dirty = true;
        }
        if (!dirty) {
            return;
        }
        dirty = false;
        DensityOverlay shown = overlay.get();
        boolean heat = style.get() == OverlayStyle.HEATMAP;
        under.show(heat ? shown : null, showReal.get(), showGenerated.get(), newSide, pixels);
        over.draw(heat ? null : shown, showReal.get(), showGenerated.get(), newSide);
        drawn = shown != null && (showReal.get() || showGenerated.get());
    }

    /** How many times the two layers were drawn. */
    int paints() {
        return under.paints() + over.paints();
    }

    ObjectProperty<DensityOverlay> overlayProperty() {
        return overlay;
    }

    BooleanProperty showRealProperty() {
        return showReal;
    }

    BooleanProperty showGeneratedProperty() {
        return showGenerated;
    }

    ObjectProperty<OverlayStyle> styleProperty() {
        return style;
    }
}
