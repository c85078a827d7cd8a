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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
    private final List<FlowPane> headings = new ArrayList<>();
    private final List<Label> explanations = new ArrayList<>();

    ThreeModelsView(ThreeModelsViewModel model) {
        this.model = model;
        getStyleClass().add("three-models");
        setTop(controls());
        HBox panels = new HBox(
                panel(ThreeModelsPlot.Model.CLASSIFIER, "p(y | x)", "Discriminative",
                        "learns the label given the point, never the points. Shade: p(y | x); line: its boundary.",
                        "threeModelsClassifier"),
                panel(ThreeModelsPlot.Model.JOINT, "p(x)", "Generative",
                        "learns where the points lie, labels ignored. Shade: p(x); ×: samples drawn from it.",
                        "threeModelsJoint"),
                panel(ThreeModelsPlot.Model.CONDITIONAL, "p(x | y)", "Conditional generative",
                        "learns where each class lies. ×: its samples; line: Bayes' rule p(y | x) ∝ p(x | y) p(y).",
                        "threeModelsConditional"));
        panels.getStyleClass().add("three-models-panels");
        panels.setAlignment(Pos.CENTER_LEFT); // the plots take the height their width calls for; the rest is left above and below
        // the plots line up and shrink alike: each text as tall as the longest of its row (the third heading,
        // the first explanation, the third legend), and never cut short
        for (int p = 0; p < 3; p++) {
            headings.get(p).setMinHeight(Region.USE_PREF_SIZE);
            explanations.get(p).setMinHeight(Region.USE_PREF_SIZE);
            legends.get(p).setMinHeight(Region.USE_PREF_SIZE);
        }
        for (int p = 0; p < 2; p++) {
            headings.get(p).minHeightProperty().bind(headings.get(2).heightProperty());
            explanations.get(p + 1).minHeightProperty().bind(explanations.get(0).heightProperty());
            legends.get(p).minHeightProperty().bind(legends.get(2).heightProperty());
        }
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

    /** One model's column: its formula and kind, what it learns, the plot, the keys. */
    private VBox panel(ThreeModelsPlot.Model which, String formula, String kind, String explanation, String id) {
        Label title = new Label(formula);
        title.getStyleClass().add("three-models-formula");
        Label kindLabel = new Label(kind);
        kindLabel.getStyleClass().add("three-models-kind");
        FlowPane heading = new FlowPane(title, kindLabel); // the kind goes under the formula when both do not fit
        heading.setRowValignment(VPos.BASELINE);
        heading.getStyleClass().add("three-models-heading");
        headings.add(heading);
        Label text = new Label(explanation);
        text.getStyleClass().add("three-models-explanation");
        text.setWrapText(true);
        text.setAlignment(Pos.TOP_LEFT);
        explanations.add(text);
        ThreeModelsPlot plot = new ThreeModelsPlot(which);
        plot.setId(id + "Plot");
        plot.setMaxHeight(Region.USE_PREF_SIZE); // never taller than its range needs at its width
        plots.add(plot);
        FlowPane legend = new FlowPane();
        legend.setId(id + "Legend");
        legend.getStyleClass().add("three-models-legend");
        legends.add(legend);
        VBox box = new VBox(heading, text, plot, legend);
        box.setId(id + "Panel");
        box.getStyleClass().add("three-models-panel");
        box.setPrefWidth(400); // three equal columns
        box.setMinWidth(0);
        VBox.setVgrow(plot, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
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
