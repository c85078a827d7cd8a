package io.latentlab.ui;

import io.latentlab.train.VaeSnapshot;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.List;

/**
 * The VAE in latent space. 2-D: each data point's posterior mean μ, coloured by the point's
 * angle around the data's centre ({@link LatentColours}), with the 1σ ellipse (axis-aligned,
 * from σ) of every {@value #ELLIPSE_EVERY}th point, over the prior N(0, I)'s 1σ and 2σ circles.
 * 1-D: μ across, the data point's angle up, with ±σ bars, over the prior's 1σ and 2σ bands.
 * Small β: tight posteriors spread beyond the prior; large β: every posterior is the prior.
 */
public final class VaeLatentPlot extends PlotFrame {

    public static final String DEFAULT_STYLE_CLASS = "vae-latent-plot";
    static final Color PRIOR = Color.web("#595959");
    static final Color PRIOR_BAND = Color.web("#595959", 0.08);
    static final int ELLIPSE_EVERY = 6;

    private final ObjectProperty<VaeSnapshot> snapshot = new SimpleObjectProperty<>(this, "snapshot");
    private double half = 3;

    public VaeLatentPlot() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        snapshot.addListener(o -> redraw());
    }

    public ObjectProperty<VaeSnapshot> snapshotProperty() {
        return snapshot;
    }

    private boolean oneDimensional() {
        VaeSnapshot s = snapshot.get();
        return s != null && s.latentSize() == 1;
    }

    @Override
    String title() {
        return oneDimensional() ? "Latent z (1-D): μ ± σ" : "Latent z: μ, 1σ of q(z|x)";
    }

    @Override
    List<Key> keys() {
        return List.of(new Key("prior 1σ, 2σ", PRIOR));
    }

    @Override
    String note() {
        return oneDimensional() ? "height and colour: angle of x" : "colour: angle of x round the centre";
    }

    @Override
    double[] range() {
        VaeSnapshot s = snapshot.get();
        if (s != null) {
            double needed = 3;
            float[] m = s.means();
            for (float v : m) {
                needed = Math.max(needed, Math.abs(v) * 1.1);
            }
            needed = Math.min(50, Math.ceil(needed));
            if (needed > half || needed < 0.7 * half) { // change the scale only when it must, not every frame
                half = needed;
            }
        }
        if (oneDimensional()) {
            return new double[] {-half, half, -Math.PI * 1.1, Math.PI * 1.1};
        }
        return new double[] {-half, half, -half, half};
    }

    @Override
    void drawLayers(GraphicsContext g) {
        VaeSnapshot s = snapshot.get();
        if (oneDimensional()) {
            drawPriorBands(g);
        } else {
            drawPriorCircles(g);
        }
        if (s == null) {
            return;
        }
        double[] centre = LatentColours.centre(s.points());
        float[] mu = s.means();
        float[] sigma = s.sigmas();
        g.setLineWidth(1.5);
        for (int i = 0; i < s.count(); i += ELLIPSE_EVERY) {
            double angle = LatentColours.angle(s.points(), i, centre);
            g.setStroke(LatentColours.of(angle).deriveColor(0, 1, 1, 0.6));
            if (s.latentSize() == 1) {
                g.strokeLine(px(mu[i] - sigma[i]), py(angle), px(mu[i] + sigma[i]), py(angle));
            } else {
                double rx = sigma[2 * i] * scale();
                double ry = sigma[2 * i + 1] * scale();
                g.strokeOval(px(mu[2 * i]) - rx, py(mu[2 * i + 1]) - ry, 2 * rx, 2 * ry);
            }
        }
    }

    @Override
    void stampPoints() {
        VaeSnapshot s = snapshot.get();
        if (s == null) {
            return;
        }
        double[] centre = LatentColours.centre(s.points());
        float[] mu = s.means();
        for (int i = 0; i < s.count(); i++) {
            double angle = LatentColours.angle(s.points(), i, centre);
            if (s.latentSize() == 1) {
                stamp(LatentColours.of(angle), mu[i], angle);
            } else {
                stamp(LatentColours.of(angle), mu[2 * i], mu[2 * i + 1]);
            }
        }
    }

    private void drawPriorCircles(GraphicsContext g) {
        g.setStroke(PRIOR);
        g.setLineWidth(2.5);
        g.setLineDashes(10, 6);
        for (int k = 1; k <= 2; k++) {
            double r = k * scale();
            g.strokeOval(px(0) - r, py(0) - r, 2 * r, 2 * r);
        }
        g.setLineDashes((double[]) null);
    }

    private void drawPriorBands(GraphicsContext g) {
        double top = py(Math.PI * 1.1);
        double bottom = py(-Math.PI * 1.1);
        g.setFill(PRIOR_BAND);
        g.fillRect(px(-2), top, px(2) - px(-2), bottom - top);
        g.fillRect(px(-1), top, px(1) - px(-1), bottom - top);
        g.setStroke(PRIOR);
        g.setLineWidth(2.5);
        g.setLineDashes(10, 6);
        for (int k = -2; k <= 2; k++) {
            if (k != 0) {
                g.strokeLine(px(k), top, px(k), bottom);
            }
        }
        g.setLineDashes((double[]) null);
    }
}
