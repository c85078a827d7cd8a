package io.latentlab.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Locale;

/**
 * The line at the bottom of the window: training state, iteration, speed, mode coverage, and
 * a message area that says what just happened or what went wrong and what to do.
 */
public final class StatusBar extends HBox {

    public StatusBar(ToyLabViewModel lab) {
        getStyleClass().add(Styles.STATUS_BAR);
        Label state = field("stateLabel");
        state.getStyleClass().add(Styles.STATUS_STATE);
        state.textProperty().bind(lab.stateTextProperty());

        Label iteration = field("iterationLabel");
        iteration.textProperty().bind(Bindings.createStringBinding(
                () -> "Iteration " + ToyLabViewModel.formatIteration(lab.iterationProperty().get()),
                lab.iterationProperty()));

        Label rate = field("rateLabel");
        rate.textProperty().bind(Bindings.createStringBinding(
                () -> lab.runningProperty().get()
                        ? String.format(Locale.ROOT, "%,.0f it/s", lab.itersPerSecondProperty().get())
                        : "– it/s",
                lab.itersPerSecondProperty(), lab.runningProperty()));

        Label coverage = field("coverageLabel");
        coverage.textProperty().bind(Bindings.createStringBinding(
                () -> lab.coverageTextProperty().get().isEmpty() ? "Coverage: –" : lab.coverageTextProperty().get(),
                lab.coverageTextProperty()));

        Label message = new Label();
        message.setId("messageLabel");
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        message.textProperty().bind(lab.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        message.setWrapText(true); // an error is read in full, on two lines if need be
        HBox.setHgrow(message, Priority.ALWAYS);
        lab.messageIsErrorProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove(Styles.ERROR);
            if (is) {
                message.getStyleClass().add(Styles.ERROR);
            }
        });
        message.setOnMouseClicked(e -> lab.clearMessage());
        message.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> lab.messageProperty().get().isEmpty() ? null : new javafx.scene.control.Tooltip(lab.messageProperty().get()),
                lab.messageProperty()));

        getChildren().addAll(state, separator(), iteration, separator(), rate, separator(), coverage, separator(), message);
    }

    private static Label field(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(Styles.STATUS_FIELD);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
