package io.latentlab.ui;

import io.latentlab.density.DensityEstimator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The kernel density's bandwidth h as a slider a teacher can drag in front of a class: a log scale
 * from {@value #MIN_WIDTH} to {@value #MAX_WIDTH} in data units, the width in force beside it, and
 * Scott's rule back with one click. Shown while a density overlay is on and the estimator is a KDE.
 * Dragging sets a fixed width on the {@link DensityOverlayModel}'s estimator, which refits in the
 * background; the slider follows the estimator however it is changed.
 */
public final class BandwidthControl extends VBox {

    public static final String DEFAULT_STYLE_CLASS = "bandwidth-control";
    public static final double MIN_WIDTH = 0.01;
    public static final double MAX_WIDTH = 3;

    private final Slider slider = new Slider(Math.log10(MIN_WIDTH), Math.log10(MAX_WIDTH), -1);
    private final Label value = new Label();
    private boolean showing;

    public BandwidthControl(DensityOverlayModel densities) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setId("bandwidthControl");
        Label title = new Label("KDE bandwidth h");
        title.getStyleClass().add(Styles.CONTROL_TITLE);
        title.setLabelFor(slider);
        slider.setId("bandwidthSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.1);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double decade) {
                return format(Math.pow(10, decade));
            }

            @Override
            public Double fromString(String text) {
                return Math.log10(Double.parseDouble(text));
            }
        });
        slider.setAccessibleText("KDE bandwidth");
        HBox.setHgrow(slider, Priority.ALWAYS);
        value.setId("bandwidthValue");
        value.setMinWidth(Label.USE_PREF_SIZE);
        Button scott = new Button("Scott");
        scott.setId("bandwidthScott");
        scott.setOnAction(e -> densities.estimatorProperty().set(densities.estimatorProperty().get().withBandwidth("scott")));
        getChildren().addAll(title, new HBox(12, slider, value, scott));

        show(densities.estimatorProperty().get());
        densities.estimatorProperty().addListener((o, was, is) -> show(is));
        slider.valueProperty().addListener((o, was, is) -> {
            if (!showing) {
                double h = tidy(Math.pow(10, is.doubleValue()));
                densities.estimatorProperty().set(densities.estimatorProperty().get().withWidth(h));
            }
        });
        BooleanBinding shown = Bindings.createBooleanBinding(
                () -> densities.estimatorProperty().get().method() == DensityEstimator.Method.KDE,
                densities.estimatorProperty()).and(densities.showRealProperty().or(densities.showGeneratedProperty()));
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
    }

    private void show(DensityEstimator estimator) {
        showing = true;
        try {
            double h = estimator.width();
            if (Double.isNaN(h)) {
                value.setText(estimator.bandwidth().equals("scott") ? "Scott's rule" : "Silverman's rule");
            } else {
                value.setText("h = " + format(h));
                if (Math.abs(slider.getValue() - Math.log10(h)) > 0.005) {
                    slider.setValue(Math.log10(h));
                }
            }
        } finally {
            showing = false;
        }
    }

    /** Two significant digits, so a dragged slider gives 0.25, not 0.2511886. */
    static double tidy(double h) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.2g", h));
    }

    static String format(double h) {
        return java.math.BigDecimal.valueOf(Double.parseDouble(String.format(Locale.ROOT, "%.2g", h)))
                .stripTrailingZeros().toPlainString();
    }

    public Slider slider() {
        return slider;
    }
}
