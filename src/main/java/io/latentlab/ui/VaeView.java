package io.latentlab.ui;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;

/**
 * The VAE workspace: the data space (points and reconstructions) and the latent space
 * (posteriors over the prior) side by side, the chart of the ELBO's terms below, and on the
 * right the controls: data, latent size, β on a log slider (live), learning rate, play, step,
 * reset. Binds to a {@link VaeViewModel}; draws, never computes.
 */
public final class VaeView extends BorderPane {

    public static final String DEFAULT_STYLE_CLASS = "vae-lab";

    private final VaeDataPlot dataPlot = new VaeDataPlot();
    private final VaeLatentPlot latentPlot = new VaeLatentPlot();
    private final VaeChart chart = new VaeChart();
    private final Slider betaSlider = new Slider(Math.log10(VaeViewModel.MIN_BETA), Math.log10(VaeViewModel.MAX_BETA), 0);

    public VaeView(VaeViewModel vae) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        dataPlot.setId("vaeDataPlot");
        dataPlot.snapshotProperty().bind(vae.snapshotProperty());
        dataPlot.showPriorProperty().bind(vae.showPriorSamplesProperty());
        latentPlot.setId("vaeLatentPlot");
        latentPlot.snapshotProperty().bind(vae.snapshotProperty());
        HBox plots = new HBox(8, dataPlot, latentPlot);
        HBox.setHgrow(dataPlot, Priority.ALWAYS);
        HBox.setHgrow(latentPlot, Priority.ALWAYS);
        VBox.setVgrow(plots, Priority.ALWAYS);
        chart.setId("vaeChart");
        chart.setPrefHeight(230);
        chart.setMinHeight(160);
        vae.historyProperty().addListener((o, old, history) -> chart.show(history));
        VBox centre = new VBox(6, plots, chart);
        centre.setPadding(new Insets(6));
        setCenter(centre);
        setRight(controls(vae));
    }

    private VBox controls(VaeViewModel vae) {
        ChoicePicker<String> data = new ChoicePicker<>("vaeDataPicker", VaeViewModel.dataChoices(),
                name -> DataLabels.title(name), vae.dataNameProperty(), vae::chooseData);
        ChoicePicker<Integer> latent = new ChoicePicker<>("vaeLatentPicker", List.of(1, 2),
                n -> n + "-D latent space", vae.latentSizeProperty().asObject(), vae::chooseLatentSize);

        betaSlider.setId("betaSlider");
        betaSlider.setMajorTickUnit(1);
        betaSlider.setMinorTickCount(0);
        betaSlider.setShowTickMarks(true);
        betaSlider.setShowTickLabels(true);
        betaSlider.setBlockIncrement(0.1);
        betaSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return LearningRateText.format(Math.pow(10, v));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        betaSlider.setValue(Math.log10(vae.betaProperty().get()));
        betaSlider.valueProperty().addListener((o, was, is) -> {
            double beta = Math.pow(10, is.doubleValue());
            if (Math.abs(beta - vae.betaProperty().get()) > 1e-9 * beta) {
                vae.setBeta(beta);
            }
        });
        vae.betaProperty().addListener((o, was, is) -> {
            double position = Math.log10(is.doubleValue());
            if (Math.abs(position - betaSlider.getValue()) > 1e-9) {
                betaSlider.setValue(position);
            }
        });
        Label betaValue = new Label();
        betaValue.setId("betaLabel");
        betaValue.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "β = " + LearningRateText.format(vae.betaProperty().get()) + "  (KL weight)", vae.betaProperty()));
        Label betaHint = new Label("Small β: an autoencoder, holes in the prior. Large β: the posteriors collapse onto the prior,"
                + " and may stay there when β comes down again: Reset to start afresh.");
        betaHint.setWrapText(true);

        LearningRateControl lr = new LearningRateControl("Learning rate (Adam)", "learning rate",
                vae.learningRateProperty(), vae::setLearningRate, vae::showError);
        lr.field().setId("vaeLr");
        lr.slider().setId("vaeLrSlider");

        Button play = new Button();
        play.setId("vaePlayButton");
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vae.runningProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> vae.togglePlay());
        Button step = new Button("Step");
        step.setId("vaeStepButton");
        step.setOnAction(e -> vae.step());
        Button reset = new Button("Reset");
        reset.setId("vaeResetButton");
        reset.setOnAction(e -> vae.reset());
        HBox buttons = new HBox(8, play, step, reset);

        CheckBox prior = new CheckBox("Show decoded prior draws");
        prior.setId("vaePriorToggle");
        prior.selectedProperty().bindBidirectional(vae.showPriorSamplesProperty());

        Label state = new Label();
        state.setId("vaeStateLabel");
        state.textProperty().bind(vae.stateTextProperty());
        Label iteration = new Label();
        iteration.setId("vaeIterationLabel");
        iteration.textProperty().bind(vae.iterationProperty().asString("Iteration %,d"));
        Label terms = new Label();
        terms.setId("vaeTermsLabel");
        terms.setWrapText(true);
        terms.textProperty().bind(vae.termsTextProperty());
        Label message = new Label();
        message.setId("vaeMessage");
        message.setWrapText(true);
        message.textProperty().bind(vae.messageProperty());
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        vae.messageIsErrorProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove(Styles.ERROR);
            if (is) {
                message.getStyleClass().add(Styles.ERROR);
            }
        });

        VBox side = new VBox(8,
                title("Data"), data, latent,
                new Separator(Orientation.HORIZONTAL),
                title("KL weight β"), betaSlider, betaValue, betaHint,
                new Separator(Orientation.HORIZONTAL),
                PresentationMode.hyperparameter(new VBox(8, lr, new Separator(Orientation.HORIZONTAL))),
                buttons, prior, state, iteration, terms, message);
        side.getStyleClass().add(Styles.SIDE_PANEL);
        side.setPadding(new Insets(8));
        side.setPrefWidth(340);
        side.setMinWidth(300);
        return side;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        return label;
    }

    public VaeDataPlot dataPlot() {
        return dataPlot;
    }

    public VaeLatentPlot latentPlot() {
        return latentPlot;
    }

    public VaeChart chart() {
        return chart;
    }

    public Slider betaSlider() {
        return betaSlider;
    }
}
