package io.latentlab.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.DoubleConsumer;

/**
 * The KL weight β on a log slider from {@value ImageLabViewModel#MIN_BETA} to
 * {@value ImageLabViewModel#MAX_BETA}, with its value in words; a move changes β live, and a
 * change of β elsewhere moves the slider without calling back.
 */
final class BetaSlider extends VBox {

    private final Slider slider = new Slider(Math.log10(ImageLabViewModel.MIN_BETA), Math.log10(ImageLabViewModel.MAX_BETA), 0);

    BetaSlider(ReadOnlyDoubleProperty beta, DoubleConsumer onChange) {
        super(4);
        slider.setId("imageBetaSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.1);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return LearningRateText.format(Math.pow(10, v));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        slider.setValue(Math.log10(beta.get()));
        slider.valueProperty().addListener((o, was, is) -> {
            double value = Math.pow(10, is.doubleValue());
            if (Math.abs(value - beta.get()) > 1e-9 * value) {
                onChange.accept(value);
            }
        });
        beta.addListener((o, was, is) -> {
            double position = Math.log10(is.doubleValue());
            if (Math.abs(position - slider.getValue()) > 1e-9) {
                slider.setValue(position);
            }
        });
        Label title = new Label("KL weight β (VAE only)");
        title.getStyleClass().add(Styles.CONTROL_TITLE);
        Label value = new Label();
        value.setId("imageBetaLabel");
        value.textProperty().bind(Bindings.createStringBinding(
                () -> "β = " + LearningRateText.format(beta.get()), beta));
        getChildren().addAll(title, slider, value);
    }

    Slider slider() {
        return slider;
    }
}
