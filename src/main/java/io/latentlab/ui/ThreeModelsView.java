package io.latentlab.ui;

import io.latentlab.data.LabelledToyData;
import io.latentlab.density.DensityKind;
import io.latentlab.train.ClassifierKind;
import io.latentlab.train.ThreeModels;
import io.latentlab.train.ThreeModelsSettings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The "Three models" workspace: the lecture's opening contrast on one labelled toy data set.
 * Three panels side by side on the same axes and the same points, titled by what each model
 * learns: a classifier p(y | x), a density p(x) with the labels ignored, and a density per
 * class p(x | y), with samples drawn from the two generative ones. Controls above, one line of
 * figures below. Binds to a {@link ThreeModelsViewModel}.
 */
final class ThreeModelsView extends BorderPane {

    private final ThreeModelsViewModel model;
    private final List<ThreeModelsPlot> plots = new ArrayList<>();
    private final List<FlowPane> legends = new ArrayList<>();

    ThreeModelsView(ThreeModelsViewModel model) {
        this.model = model;
        getStyleClass().add("three-models");
        setTop(controls());
        GridPane panels = new GridPane();
        panels.getStyleClass().add("three-models-panels");
        panel(panels, 0, ThreeModelsPlot.Model.CLASSIFIER, "p(y | x)", "Discriminative",
                "learns the label given the point, never the points. Shade: its p(y | x); line: its decision boundary.",
                "threeModelsClassifier");
        panel(panels, 1, ThreeModelsPlot.Model.JOINT, "p(x)", "Generative",
                "learns where the points lie, labels ignored. Shade: its density p(x); ×: samples drawn from it.",
                "threeModelsJoint");
        panel(panels, 2, ThreeModelsPlot.Model.CONDITIONAL, "p(x | y)", "Conditional generative",
                "learns where each class lies. ×: samples of each class; solid: Bayes' rule p(y | x) ∝ p(x | y) p(y);"
                        + " dashed: the classifier's boundary.",
                "threeModelsConditional");
        for (int c = 0; c < 3; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 3);
            column.setHgrow(Priority.ALWAYS);
            panels.getColumnConstraints().add(column);
        }
        RowConstraints fixed = new RowConstraints();
        panels.getRowConstraints().addAll(fixed, new RowConstraints(), new RowConstraints(), new RowConstraints());
        panels.setAlignment(Pos.CENTER); // the plots take the height their width calls for; the rest is spread above and below
        setCenter(panels);
        Label message = new Label();
        message.setId("threeModelsMessage");
        message.getStyleClass().add("three-models-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        model.errorProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove(Styles.ERROR);
            if (is) {
                message.getStyleClass().add(Styles.ERROR);
            }
        });
        setBottom(message);
        model.modelsProperty().addListener((o, old, m) -> show(m));
        if (model.modelsProperty().get() != null) {
            show(model.modelsProperty().get());
        }
        model.open();
    }

    private Node controls() {
        ThreeModelsSettings now = model.settingsProperty().get();
        ChoiceBox<LabelledToyData> data = choice("threeModelsData", List.of(LabelledToyData.values()), now.data(), model::setData);
        ChoiceBox<Integer> points = choice("threeModelsPoints", pointCounts(now.points()), now.points(), model::setPointCount);
        ChoiceBox<ClassifierKind> classifier = choice("threeModelsClassifier", List.of(ClassifierKind.values()),
                now.classifier(), model::setClassifier);
        ChoiceBox<DensityKind> density = choice("threeModelsDensity", List.of(DensityKind.values()), now.density(),
                model::setDensity);
        model.settingsProperty().addListener((o, old, s) -> { // a lesson may set them all at once
            data.setValue(s.data());
            if (!points.getItems().contains(s.points())) {
                points.getItems().setAll(pointCounts(s.points()));
            }
            points.setValue(s.points());
            classifier.setValue(s.classifier());
            density.setValue(s.density());
        });
        Button newData = new Button("New data");
        newData.setId("threeModelsNewData");
        newData.setOnAction(e -> model.newData());
        Button samples = new Button("Draw samples");
        samples.setId("threeModelsDrawSamples");
        samples.setOnAction(e -> model.drawSamples());
        samples.disableProperty().bind(model.modelsProperty().isNull());
        FlowPane bar = new FlowPane(caption("Data"), data, caption("Points"), points, caption("Classifier"), classifier,
                caption("Densities"), density, newData, samples);
        bar.getStyleClass().add("three-models-controls");
        return bar;
    }

    private static List<Integer> pointCounts(int current) {
        List<Integer> counts = new ArrayList<>(ThreeModelsViewModel.POINT_COUNTS);
        if (!counts.contains(current)) {
            counts.add(current);
            counts.sort(Integer::compare);
        }
        return counts;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> items, T value, Consumer<T> onChange) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setValue(value);
        box.valueProperty().addListener((o, was, is) -> {
            if (is != null) {
                onChange.accept(is);
            }
        });
        return box;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        return label;
    }

    /** Puts one model's heading, explanation, plot and legend into column {@code column} of {@code grid}. */
    private void panel(GridPane grid, int column, ThreeModelsPlot.Model which, String formula, String kind,
                       String explanation, String id) {
        Label title = new Label(formula);
        title.getStyleClass().add("three-models-formula");
        Label kindLabel = new Label(kind);
        kindLabel.getStyleClass().add("three-models-kind");
        HBox heading = new HBox(title, kindLabel);
        heading.setAlignment(Pos.BASELINE_LEFT);
        heading.getStyleClass().add("three-models-heading");
        heading.setId(id + "Heading");
        Label text = new Label(explanation);
        text.getStyleClass().add("three-models-explanation");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(text, VPos.TOP);
        ThreeModelsPlot plot = new ThreeModelsPlot(which);
        plot.setId(id + "Plot");
        plots.add(plot);
        FlowPane legend = new FlowPane();
        legend.setId(id + "Legend");
        legend.getStyleClass().add("three-models-legend");
        legend.setPrefWrapLength(300);
        GridPane.setValignment(legend, VPos.TOP);
        legends.add(legend);
        grid.add(heading, column, 0);
        grid.add(text, column, 1);
        grid.add(plot, column, 2);
        grid.add(legend, column, 3);
    }

    private void show(ThreeModels m) {
        if (m == null) {
            return;
        }
        for (int p = 0; p < plots.size(); p++) {
            plots.get(p).show(m);
            legends.get(p).getChildren().setAll(ThreeModelsLegend.entries(plots.get(p).model(), m.data()));
        }
    }

    /** The three plots, left to right. */
    List<ThreeModelsPlot> plots() {
        return List.copyOf(plots);
    }
}
