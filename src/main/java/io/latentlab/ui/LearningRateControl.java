package io.latentlab.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * One network's learning rate: a log-scale slider from 1e-5 to 1e-1, one decade per tick, and a
 * field showing the value that also takes a typed number (Enter or leaving the field applies it,
 * Escape restores the value in force).
 * Text that is not a learning rate is reported and the rate stays as it was.
 */
public final class LearningRateControl extends VBox {

    public static final String DEFAULT_STYLE_CLASS = "learning-rate-control";
    static final double MIN_DECADE = -5;
    static final double MAX_DECADE = -1;

    private final Slider slider = new Slider(MIN_DECADE, MAX_DECADE, -3);
    private final TextField field = new TextField();
    private final ReadOnlyDoubleProperty rate;
    private final String what;
    private final DoubleConsumer onChange;
    private final Consumer<String> onInvalid;
    private boolean showing;

    /**
     * @param title     shown above, e.g. "Generator learning rate"
     * @param what      for messages, e.g. "generator learning rate"
     * @param rate      the rate in force, followed
     * @param onChange  asked to apply a new rate
     * @param onInvalid told what to say when typed text is not a rate
     */
    public LearningRateControl(String title, String what, ReadOnlyDoubleProperty rate,
                               DoubleConsumer onChange, Consumer<String> onInvalid) {
        this.rate = rate;
        this.what = what;
        this.onChange = onChange;
        this.onInvalid = onInvalid;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        Label label = new Label(title);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        label.setLabelFor(field);

        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.25);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double decade) {
                return "1e" + Math.round(decade);
            }

            @Override
            public Double fromString(String text) {
                return Double.valueOf(text.substring(2));
            }
        });
        slider.setAccessibleText(title);
        HBox.setHgrow(slider, Priority.ALWAYS);
        field.setPrefColumnCount(7);
        field.setAccessibleText(title);

        getChildren().addAll(label, new HBox(12, slider, field));
        show(rate.get());
        rate.addListener((o, old, now) -> show(now.doubleValue()));
        slider.valueProperty().addListener((o, old, now) -> {
            if (!showing) {
                onChange.accept(tidy(Math.pow(10, now.doubleValue())));
            }
        });
        // Enter applies the text and hands the focus back to the window, so Space plays again.
        field.setOnAction(e -> {
            commitText();
            leaveField();
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(rate.get());
                leaveField();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitText();
            }
        });
    }

    private void leaveField() {
        if (getScene() != null && getScene().getRoot() != null) {
            getScene().getRoot().requestFocus();
        }
    }

    private void show(double value) {
        showing = true;
        try {
            double decade = Math.log10(value);
            if (Math.abs(slider.getValue() - decade) > 0.005) {
                slider.setValue(Math.max(MIN_DECADE, Math.min(MAX_DECADE, decade)));
            }
            field.setText(LearningRateText.format(value));
        } finally {
            showing = false;
        }
    }

    private void commitText() {
        String text = field.getText();
        if (text.equals(LearningRateText.format(rate.get()))) {
            return;
        }
        OptionalDouble parsed = LearningRateText.parse(text);
        if (parsed.isPresent()) {
            onChange.accept(parsed.getAsDouble());
            show(rate.get());
        } else {
            onInvalid.accept(LearningRateText.invalid(what, text, rate.get()));
            show(rate.get());
        }
    }

    /** Three significant digits, so a dragged slider gives 0.00316, not 0.0031622776. */
    private static double tidy(double value) {
        return Double.parseDouble(LearningRateText.format(value));
    }

    /** The field a rate is typed into; ids for tests go on it. */
    public TextField field() {
        return field;
    }

    public Slider slider() {
        return slider;
    }
}
