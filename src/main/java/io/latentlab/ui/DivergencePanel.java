package io.latentlab.ui;

import io.latentlab.density.Divergence;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.FlowPane;
import javafx.geometry.Pos;
import javafx.util.Duration;

/**
 * How close the generated samples are to the real data, in big figures under the loss chart
 * (a row that wraps when the panel is narrow),
 * refreshed a few times a second ({@link DensityOverlayModel}):
 * <ul>
 *   <li>KL(real ‖ generated) and JS(real, generated), in nats. Both densities are Gaussian
 *   kernel densities with Scott's bandwidth (binned), evaluated on the overlay's grid: 128×128
 *   over the scatter's square for 2-D data, 256 points over the histogram's range for 1-D. Each
 *   is renormalised to integrate to one over the grid (the sum of its values times the grid
 *   cell's area, or length in 1-D), so mass outside the plot is left out. KL floors the
 *   generated density at {@value Divergence#FLOOR} of its peak before the logarithm, so a
 *   dropped mode gives a large but finite number; JS needs no floor and is at most ln 2 ≈ 0.693.
 *   See {@link Divergence}.</li>
 *   <li>Modes covered: of a mixture's modes, how many hold at least 2% of the generated points
 *   within 0.1 of their centre (the status bar has the details).</li>
 *   <li>For the WGAN-GP loss only, the critic's Wasserstein estimate, mean D(real) − mean D(fake)
 *   over a batch, averaged over the steps of the last quarter second.</li>
 * </ul>
 */
final class DivergencePanel extends FlowPane {

    static final String KL_TIP = "KL: the Kullback–Leibler divergence KL(real ‖ generated) = ∫ p log(p/q), in nats:\n"
            + "0 when the generated samples match the real data. p and q are Gaussian kernel densities\n"
            + "(Scott's bandwidth) of the real and the generated samples on the plot's grid, each\n"
            + "normalised to integrate to 1 over the grid (sum × cell area); q is floored at 1e-10 of\n"
            + "its peak before the log, so a dropped mode gives a large but finite value.";
    static final String JS_TIP = "JS: the Jensen–Shannon divergence ½KL(p ‖ m) + ½KL(q ‖ m), m = (p + q)/2, in nats:\n"
            + "0 when the densities match, at most ln 2 ≈ 0.693 when they do not overlap.\n"
            + "Same densities and grid as KL; symmetric, and needs no floor.";
    static final String MODES_TIP = "Modes of the real mixture that hold at least 2% of the generated points\n"
            + "within 0.1 of their centre.";
    static final String W_TIP = "W: the WGAN-GP critic's estimate of the Wasserstein distance:\n"
            + "mean D(real) − mean D(fake) over a batch, averaged over the last quarter second.";

    DivergencePanel(DensityOverlayModel densities) {
        getStyleClass().add(Styles.DIVERGENCE_PANEL);
        setHgap(8);
        setVgap(6);
        HBox w = tile("W", "wassersteinValue", densities.wassersteinTextProperty(), W_TIP);
        w.visibleProperty().bind(densities.wassersteinShownProperty());
        w.managedProperty().bind(w.visibleProperty());
        getChildren().addAll(
                tile("KL", "klValue", densities.klTextProperty(), KL_TIP),
                tile("JS", "jsValue", densities.jsTextProperty(), JS_TIP),
                tile("Modes", "modesValue", densities.modesTextProperty(), MODES_TIP),
                w);
    }

    private static HBox tile(String name, String id, ReadOnlyStringProperty value, String tip) {
        Label title = new Label(name);
        title.getStyleClass().add(Styles.METRIC_NAME);
        Label figure = new Label();
        figure.setId(id);
        figure.getStyleClass().add(Styles.METRIC_VALUE);
        figure.textProperty().bind(value);
        HBox box = new HBox(title, figure);
        box.setAlignment(Pos.BASELINE_LEFT);
        box.getStyleClass().add(Styles.METRIC_TILE);
        Tooltip tooltip = new Tooltip(tip);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setShowDuration(Duration.seconds(30));
        Tooltip.install(box, tooltip);
        return box;
    }
}
