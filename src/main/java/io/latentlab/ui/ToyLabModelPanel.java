package io.latentlab.ui;

import io.latentlab.model.NoisePrior;
import io.latentlab.train.GanLoss;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The "Model" section of the toy lab: which data the GAN learns (2-D first, then 1-D), which
 * noise its generator draws from (uniform or Gaussian, 1-D or 2-D: a 1-D noise generator can
 * only make a curve), and which loss it trains with. Data and noise rebuild the
 * GAN; the loss changes at the next step. Disabled until the training session is ready.
 */
public final class ToyLabModelPanel extends VBox {

    /** The noise size as the picker's object value; a field, since the view model holds it only weakly. */
    private final javafx.beans.value.ObservableValue<Integer> noiseSizeValue;

    public ToyLabModelPanel(ToyLabViewModel lab) {
        getStyleClass().add(Styles.MODEL_PANEL);
        Label title = new Label("Model");
        title.getStyleClass().add(Styles.CONTROL_TITLE);

        ChoicePicker<String> data = new ChoicePicker<>("dataPicker", ToyLabViewModel.dataChoices(), ToyLabViewModel::dataPickerLabel,
                lab.dataNameProperty(), lab::chooseData);
        ChoicePicker<NoisePrior> noise = new ChoicePicker<>("noisePicker", List.of(NoisePrior.UNIFORM, NoisePrior.GAUSSIAN),
                ModelChoiceLabels::noise, lab.noiseProperty(), lab::chooseNoise);
        ChoicePicker<Integer> noiseSize = new ChoicePicker<>("noiseSizePicker", List.of(1, 2), ModelChoiceLabels::noiseSize,
                noiseSizeValue = lab.noiseSizeProperty().asObject(), lab::chooseNoiseSize);
        noiseSize.setMaxWidth(Region.USE_PREF_SIZE);
        noiseSize.setMinWidth(Region.USE_PREF_SIZE);
        noiseSize.setTooltip(new Tooltip("Noise size: how many numbers the generator draws. 1-D noise on 2-D data can only make a curve."));
        noise.setTooltip(new Tooltip("Noise prior: where the generator's random numbers come from."));
        HBox noiseRow = new HBox(8, noise, noiseSize);
        HBox.setHgrow(noise, Priority.ALWAYS);
        ChoicePicker<GanLoss> loss = new ChoicePicker<>("lossPicker", List.of(GanLoss.values()),
                ModelChoiceLabels::loss, lab.lossProperty(), lab::chooseLoss);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.MODEL_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints pickers = new ColumnConstraints();
        pickers.setHgrow(Priority.ALWAYS);
        pickers.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, pickers);
        grid.addRow(0, fieldLabel("Data", data), data);
        grid.addRow(1, fieldLabel("Noise", noise), noiseRow);
        grid.addRow(2, fieldLabel("Loss", loss), loss);
        getChildren().addAll(title, grid, PresentationMode.hyperparameter(new NetworkControls(lab.networks())));
        disableProperty().bind(lab.readyProperty().not());
    }

    private static Label fieldLabel(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
