package io.latentlab.ui;

import io.latentlab.model.HiddenActivation;
import io.latentlab.model.HiddenLayers;
import io.latentlab.train.Optimizer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The Networks section of the Model panel, one column per network: hidden layers, their width
 * and activation (these rebuild the GAN), the optimizer, and the discriminator steps per
 * generator step (these change live). Collapsible; its title sums up both networks.
 */
final class NetworkControls extends TitledPane {

    /** The widths offered: powers of two, as teachers usually pick them. */
    static final List<Integer> WIDTHS = List.of(4, 8, 16, 32, 64, 128);

    NetworkControls(NetworkSettingsModel networks) {
        setId("networksPane");
        getStyleClass().add(Styles.NETWORKS_PANE);
        textProperty().bind(Bindings.createStringBinding(() -> "Networks: G " + summary(networks.generatorProperty().get())
                        + ", D " + summary(networks.discriminatorProperty().get()),
                networks.generatorProperty(), networks.discriminatorProperty()));
        setExpanded(false);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.MODEL_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints g = new ColumnConstraints();
        ColumnConstraints d = new ColumnConstraints();
        for (ColumnConstraints c : List.of(g, d)) {
            c.setHgrow(Priority.ALWAYS);
            c.setFillWidth(true);
        }
        grid.getColumnConstraints().addAll(labels, g, d);
        grid.addRow(0, new Label(""), heading("Generator"), heading("Discriminator"));
        addNetwork(grid, 1, "generator", networks.generatorProperty(), networks::chooseGenerator,
                networks.generatorOptimizerProperty(), networks::chooseGeneratorOptimizer);
        addNetwork(grid, 2, "discriminator", networks.discriminatorProperty(), networks::chooseDiscriminator,
                networks.discriminatorOptimizerProperty(), networks::chooseDiscriminatorOptimizer);
        Spinner<Integer> dSteps = spinner("discriminatorSteps", NetworkSettingsModel.MIN_DISCRIMINATOR_STEPS,
                NetworkSettingsModel.MAX_DISCRIMINATOR_STEPS, networks.discriminatorStepsProperty().asObject(),
                networks::chooseDiscriminatorSteps);
        grid.add(fieldLabel("D steps per G step", dSteps), 0, 5);
        grid.add(dSteps, 2, 5);
        setContent(grid);
    }

    private static void addNetwork(GridPane grid, int column, String network, ReadOnlyObjectProperty<HiddenLayers> layers,
                                   Consumer<HiddenLayers> choose, ReadOnlyObjectProperty<Optimizer> optimizer,
                                   Consumer<Optimizer> chooseOptimizer) {
        Spinner<Integer> depth = spinner(network + "Layers", 0, 4,
                Bindings.createObjectBinding(() -> layers.get().depth(), layers),
                n -> choose.accept(new HiddenLayers(n, layers.get().width(), layers.get().activation())));
        ChoicePicker<Integer> width = new ChoicePicker<>(network + "Width", WIDTHS, String::valueOf,
                Bindings.createObjectBinding(() -> layers.get().width(), layers),
                w -> choose.accept(new HiddenLayers(layers.get().depth(), w, layers.get().activation())));
        ChoicePicker<HiddenActivation> activation = new ChoicePicker<>(network + "Activation", List.of(HiddenActivation.values()),
                HiddenActivation::label, Bindings.createObjectBinding(() -> layers.get().activation(), layers),
                f -> choose.accept(new HiddenLayers(layers.get().depth(), layers.get().width(), f)));
        var noHidden = Bindings.createBooleanBinding(() -> layers.get().depth() == 0, layers);
        width.disableProperty().bind(noHidden);
        activation.disableProperty().bind(noHidden);
        ChoicePicker<Optimizer> optimizerPicker = new ChoicePicker<>(network + "Optimizer", List.of(Optimizer.values()),
                ModelChoiceLabels::optimizer, optimizer, chooseOptimizer);
        Node[] controls = {depth, width, activation, optimizerPicker};
        String[] names = {"Hidden layers", "Width", "Activation", "Optimizer"};
        for (int row = 0; row < controls.length; row++) {
            if (column == 1) {
                grid.add(fieldLabel(names[row], controls[row]), 0, row + 1);
            }
            grid.add(controls[row], column, row + 1);
        }
    }

    /** An arrows-only spinner that follows {@code current} and hands a person's change to {@code choose}. */
    private static Spinner<Integer> spinner(String id, int min, int max, ObservableValue<Integer> current, IntConsumer choose) {
        Spinner<Integer> spinner = new Spinner<>(min, max, current.getValue());
        spinner.setId(id);
        spinner.setEditable(false);
        spinner.setMaxWidth(Double.MAX_VALUE);
        current.addListener((o, was, is) -> spinner.getValueFactory().setValue(is));
        spinner.valueProperty().addListener((o, was, picked) -> {
            if (picked != null && !picked.equals(current.getValue())) {
                choose.accept(picked);
            }
        });
        return spinner;
    }

    private static String summary(HiddenLayers layers) {
        return layers.depth() == 0 ? "linear" : layers.depth() + "×" + layers.width() + " " + layers.activation().label()
                .replace(" (0.2)", "");
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        return label;
    }

    private static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
