package io.latentlab.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

import java.util.Locale;

/**
 * One latent slider: its name (z3, or PC1 with its share of the variance), the slider over the
 * data's marginal density, the value as a number, and a lock that keeps the value through
 * Randomise. Ids end in the slider's index: {@code #latentSlider0}, {@code #lockLatent0}.
 */
final class LatentSliderRow extends HBox {

    static final String STYLE_CLASS = "latent-slider-row";
    /** On the row while it moves along a principal direction, whose name is longer. */
    static final String PRINCIPAL = "principal";

    private final Label name = new Label();
    private final Slider slider = new Slider();
    private final TrackDensity density = new TrackDensity();
    private final Label value = new Label();
    private final CheckBox lock = new CheckBox("lock");

    LatentSliderRow(int k, DoubleProperty latent, BooleanProperty locked) {
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        name.getStyleClass().add("latent-name");
        name.setId("latentName" + k);
        slider.setId("latentSlider" + k);
        value.setId("latentValue" + k);
        value.getStyleClass().add("latent-value");
        lock.setId("lockLatent" + k);
        lock.setTooltip(new Tooltip("Keep this value when the sliders are randomised"));
        slider.valueProperty().bindBidirectional(latent);
        lock.selectedProperty().bindBidirectional(locked);
        value.textProperty().bind(latent.asString(Locale.ROOT, "%+.2f"));
        StackPane track = new StackPane(density, slider);
        track.getStyleClass().add("latent-track");
        HBox.setHgrow(track, Priority.ALWAYS);
        getChildren().addAll(name, track, value, lock);
        slider.skinProperty().addListener((o, was, now) -> slider.layoutBoundsProperty().addListener((b, w, n) -> fitInset()));
    }

    /** Names the slider and sets its range and the density drawn behind it (null: none). */
    void setAxis(String title, double low, double high, double[] marginal, boolean prior, boolean principal) {
        name.setText(title);
        getStyleClass().remove(PRINCIPAL);
        if (principal) {
            getStyleClass().add(PRINCIPAL);
        }
        slider.setMin(low);
        slider.setMax(high);
        density.show(marginal, low, high, prior);
    }

    Slider slider() {
        return slider;
    }

    TrackDensity density() {
        return density;
    }

    private void fitInset() {
        Node thumb = slider.lookup(".thumb");
        if (thumb != null) {
            density.setInset(slider.getPadding().getLeft() + thumb.getLayoutBounds().getWidth() / 2);
        }
    }
}
