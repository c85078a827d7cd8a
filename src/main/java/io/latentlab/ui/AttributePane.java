package io.latentlab.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The attribute vector view of the Arithmetic panel: where the vector comes from (two classes or
 * slots A and B), whether it is bias-corrected, its strength (#attributeStrength, −3..3), and the
 * sample moved along it at strengths 0 to s (#attributeRow).
 */
final class AttributePane extends VBox {

    private final ArithmeticViewModel arithmetic;
    private final ComboBox<String> plus = new ComboBox<>();
    private final ComboBox<String> minus = new ComboBox<>();
    private final ImageTiles row = new ImageTiles();
    private final Label note = new Label();
    private final Label strengths = new Label();

    AttributePane(ArithmeticViewModel arithmetic) {
        super(8);
        this.arithmetic = arithmetic;
        AttributeSettings settings = arithmetic.attribute();
        ComboBox<String> from = new ComboBox<>(FXCollections.observableArrayList("two classes", "slots A and B"));
        from.setId("attributeSource");
        from.getSelectionModel().select(settings.fromClasses.get() ? 0 : 1);
        from.setOnAction(e -> settings.fromClasses.set(from.getSelectionModel().getSelectedIndex() == 0));
        settings.fromClasses.addListener((o, was, now) -> from.getSelectionModel().select(now ? 0 : 1));
        plus.setId("attributePlus");
        minus.setId("attributeMinus");
        plus.setOnAction(e -> choose(plus, settings.plus));
        minus.setOnAction(e -> choose(minus, settings.minus));
        CheckBox balanced = new CheckBox("Bias-corrected (balanced by ink)");
        balanced.setId("biasCorrected");
        balanced.selectedProperty().bindBidirectional(settings.balanced);
        balanced.setTooltip(new Tooltip("White (2016): the two groups are reweighted so that thin, medium and thick strokes count "
                + "equally in both, so the vector no longer says \"more ink\" when the classes differ in ink."));
        Slider strength = new Slider(-3, 3, settings.strength.get());
        strength.setId("attributeStrength");
        strength.setShowTickLabels(true);
        strength.setShowTickMarks(true);
        strength.setMajorTickUnit(1);
        strength.setPrefWidth(320);
        strength.valueProperty().bindBidirectional(settings.strength);
        Button sample = new Button("New sample");
        sample.setId("newAttributeSample");
        sample.setTooltip(new Tooltip("Apply the vector to a new seeded draw (slot C's average is used when C is filled)"));
        sample.setOnAction(e -> settings.sampleSeed.set(settings.sampleSeed.get() + 1));
        FlowPane first = new FlowPane(new Label("From"), from, plus, new Label("minus"), minus, balanced);
        first.getStyleClass().add("explore-controls");
        FlowPane second = new FlowPane(new Label("Strength"), strength, sample);
        second.getStyleClass().add("explore-controls");
        row.setId("attributeRow");
        note.setId("attributeNote");
        note.setWrapText(true);
        strengths.getStyleClass().add("control-title");
        getChildren().addAll(first, second, note, row, strengths);
        settings.fromClasses.addListener((o, was, now) -> showClasses());
        settings.plus.addListener((o, was, now) -> showClasses()); // e.g. a lesson's classes
        settings.minus.addListener((o, was, now) -> showClasses());
        arithmetic.modelProperty().addListener((o, was, now) -> showClasses());
        arithmetic.imagesProperty().addListener((o, was, now) -> showClasses());
        arithmetic.picturesProperty().addListener((o, was, now) -> showRow());
        showClasses();
        showRow();
    }

    private void showClasses() {
        AttributeSettings settings = arithmetic.attribute();
        boolean classes = settings.fromClasses.get();
        int n = arithmetic.classCount();
        java.util.List<String> names = IntStream.range(0, n).mapToObj(arithmetic::className).toList();
        plus.setItems(FXCollections.observableArrayList(names));
        minus.setItems(FXCollections.observableArrayList(names));
        if (settings.plus.get() < n) {
            plus.getSelectionModel().select(settings.plus.get());
        }
        if (settings.minus.get() < n) {
            minus.getSelectionModel().select(settings.minus.get());
        }
        plus.setDisable(!classes);
        minus.setDisable(!classes);
    }

    private static void choose(ComboBox<String> box, javafx.beans.property.IntegerProperty label) {
        int chosen = box.getSelectionModel().getSelectedIndex();
        if (chosen >= 0) {
            label.set(chosen);
        }
    }

    private void showRow() {
        ArithmeticPictures now = arithmetic.picturesProperty().get();
        if (now == null || arithmetic.model() == null) {
            row.show(null, 0, 28, 28, AttributeSettings.ROW);
            return;
        }
        note.setText(now.attributeNote());
        if (now.attributeRow() == null) {
            row.show(null, 0, 28, 28, AttributeSettings.ROW);
            strengths.setText("");
            return;
        }
        row.show(now.attributeRow(), now.strengths().length, arithmetic.model().rows(), arithmetic.model().cols(), now.strengths().length);
        StringBuilder text = new StringBuilder("strength ");
        for (double s : now.strengths()) {
            text.append(String.format(Locale.ROOT, "%+.1f   ", s));
        }
        strengths.setText(text.toString().trim());
    }
}
