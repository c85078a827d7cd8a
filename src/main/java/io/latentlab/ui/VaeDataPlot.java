package io.latentlab.ui;

import io.latentlab.train.VaeSnapshot;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The VAE in data space: real points (blue), their reconstructions x̂(μ) (orange) with faint
 * lines from x to x̂ for every {@value #LINK_EVERY}th point, and optionally points decoded from
 * prior draws (reddish purple). Small β: x̂ sits on x; large β: every x̂ slides to the data mean.
 */
public final class VaeDataPlot extends PlotFrame {

    public static final String DEFAULT_STYLE_CLASS = "vae-data-plot";
    public static final Color PRIOR_DECODED = Color.web("#cc79a7");
    static final Color LINK = Color.web("#1f5fbf", 0.35);
    static final int LINK_EVERY = 4;

    private final ObjectProperty<VaeSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private final BooleanProperty showPrior = new SimpleBooleanProperty(this, "showPrior");
    private double[] range = {-3, 3, -3, 3};
    private float[] rangeOf;

    public VaeDataPlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        snapshot.addListener(o -> redraw());
        showPrior.addListener(o -> redraw());
    }

    public ObjectProperty<VaeSnapshot> snapshotProperty() {
        return snapshot;
    }

    public BooleanProperty showPriorProperty() {
        return showPrior;
    }

    @Override
    String title() {
        VaeSnapshot s = snapshot.get();
        return s == null ? "Data" : "Data, β = " + LearningRateText.format(s.beta()) + ":";
    }

    @Override
    java.util.List<Key> keys() {
        var keys = new java.util.ArrayList<Key>();
        keys.add(new Key("real x", PlotPalette.REAL));
        keys.add(new Key("reconstruction x̂", PlotPalette.GENERATED));
        if (showPrior.get()) {
            keys.add(new Key("decoded prior", PRIOR_DECODED));
        }
        return keys;
    }

    @Override
    double[] range() {
        VaeSnapshot s = snapshot.get();
        if (s != null && s.points() != rangeOf) { // the points are fixed per model: fit them once
            rangeOf = s.points();
            range = fit(s.points());
        }
        return range;
    }

    private static double[] fit(float[] p) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < p.length; i += 2) {
            minX = Math.min(minX, p[i]);
            maxX = Math.max(maxX, p[i]);
            minY = Math.min(minY, p[i + 1]);
            maxY = Math.max(maxY, p[i + 1]);
        }
        double half = Math.max(1, 0.6 * Math.max(maxX - minX, maxY - minY));
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    @Override
    void drawLayers(GraphicsContext g) {
        VaeSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        float[] x = s.points();
        float[] r = s.reconstructions();
        g.setStroke(LINK);
        g.setLineWidth(1.5);
        for (int i = 0; i < s.count(); i += LINK_EVERY) {
            g.strokeLine(px(x[2 * i]), py(x[2 * i + 1]), px(r[2 * i]), py(r[2 * i + 1]));
        }
    }

    @Override
    void stampPoints() {
        VaeSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        if (showPrior.get()) {
            float[] p = s.priorDecoded();
            for (int i = 0; i + 1 < p.length; i += 2) {
                stamp(PRIOR_DECODED, p[i], p[i + 1]);
            }
        }
        float[] x = s.points();
        float[] r = s.reconstructions();
        for (int i = 0; i + 1 < x.length; i += 2) {
            stampLarge(PlotPalette.REAL, x[i], x[i + 1]); // larger, so a blue rim shows round an x̂ on top of its x
        }
        for (int i = 0; i + 1 < r.length; i += 2) {
            stamp(PlotPalette.GENERATED, r[i], r[i + 1]);
        }
    }

    @Override
    String note() {
        VaeSnapshot s = snapshot.get();
        return s == null ? null : String.format(java.util.Locale.ROOT, "mean ‖x − x̂‖² = %.3f", s.meanSquaredError());
    }
}
