package io.latentlab.ui;

import io.latentlab.density.DensityOverlay;
import io.latentlab.density.Grid;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;

import java.util.function.DoubleUnaryOperator;

/**
 * The histogram's density curves, the lecture's "KDE / GMM / GAN KDE" figure: the estimated
 * density of the real data (blue, solid) and of the generated samples (orange, dashed) drawn
 * over the bars on the same density scale, with legend entries that name the estimator.
 * {@link HistogramPlot} draws them when it redraws.
 */
final class DensityCurves {

    private final ObjectProperty<DensityOverlay> overlay = new SimpleObjectProperty<>(this, "overlay");
    private final BooleanProperty showReal = new SimpleBooleanProperty(this, "showReal");
    private final BooleanProperty showGenerated = new SimpleBooleanProperty(this, "showGenerated");
    private final Label realEntry = DensityOverlays.entry("Real density", PlotPalette.REAL, false);
    private final Label generatedEntry = DensityOverlays.entry("Generated density", PlotPalette.GENERATED, true);

    DensityCurves(Runnable redraw) {
        for (Observable o : new Observable[] {showReal, showGenerated}) {
            o.addListener(x -> redraw.run());
        }
        overlay.addListener(x -> {
            if (showReal.get() || showGenerated.get()) {
                redraw.run(); // a new fit redraws the histogram only when curves show
            }
        });
        realEntry.visibleProperty().bind(showReal.and(overlay.isNotNull()));
        generatedEntry.visibleProperty().bind(showGenerated.and(overlay.isNotNull()));
        DensityOverlays.nameEntries(overlay, realEntry, generatedEntry);
    }

    /** Draws the curves shown, with {@code x} and {@code y} mapping data values and densities to pixels. */
    void draw(GraphicsContext g, DoubleUnaryOperator x, DoubleUnaryOperator y) {
        DensityOverlay shown = overlay.get();
        if (shown == null || shown.grid().dimension() != 1) {
            return;
        }
        g.setLineWidth(DensityOverlayLayer.LINE_WIDTH + 0.4);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (showGenerated.get() && shown.hasGenerated()) {
            g.setLineDashes(DensityOverlayLayer.GENERATED_DASHES);
            curve(g, shown.grid(), shown.generated(), PlotPalette.GENERATED, x, y);
        }
        g.setLineDashes((double[]) null);
        if (showReal.get()) {
            curve(g, shown.grid(), shown.real(), PlotPalette.REAL.darker(), x, y);
        }
    }

    private static void curve(GraphicsContext g, Grid grid, double[] density, Color colour,
                              DoubleUnaryOperator x, DoubleUnaryOperator y) {
        g.setStroke(colour);
        g.beginPath();
        for (int i = 0; i < density.length; i++) {
            double px = x.applyAsDouble(grid.x(i));
            double py = y.applyAsDouble(density[i]);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    Label realEntry() {
        return realEntry;
    }

    Label generatedEntry() {
        return generatedEntry;
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
}
