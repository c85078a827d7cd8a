package io.latentlab.ui;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.VBox;

import java.util.function.LongConsumer;

/**
 * Slow motion: a pause of 0 to 200 ms after every training step, so a class can watch the
 * generated points move one step at a time. 0 is full speed.
 */
public final class SlowMotionControl extends VBox {

    public static final String DEFAULT_STYLE_CLASS = "slow-motion-control";

    private final Slider slider = new Slider(0, ToyLabViewModel.MAX_STEP_DELAY_MS, 0);

    public SlowMotionControl(ReadOnlyLongProperty delayMillis, LongConsumer onChange) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        Label label = new Label();
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        label.setLabelFor(slider);
        slider.setMajorTickUnit(50);
        slider.setMinorTickCount(4);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setSnapToTicks(true);
        slider.setBlockIncrement(10);
        slider.setAccessibleText("Slow motion, milliseconds of pause per step");
        slider.setValue(delayMillis.get());
        label.setText(describe(delayMillis.get()));
        delayMillis.addListener((o, old, now) -> {
            label.setText(describe(now.longValue()));
            if (Math.round(slider.getValue()) != now.longValue()) {
                slider.setValue(now.longValue());
            }
        });
        slider.valueProperty().addListener((o, old, now) -> onChange.accept(Math.round(now.doubleValue())));
        getChildren().addAll(label, slider);
    }

    private static String describe(long ms) {
        return ms == 0 ? "Slow motion: off (full speed)" : "Slow motion: " + ms + " ms pause per step";
    }

    public Slider slider() {
        return slider;
    }
}
