package io.latentlab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The brush's controls, shown while "Draw your own" is the data: the brush size, Undo (the last
 * stroke), Clear, and Train on drawing (a fresh GAN on the painted points, then play), with a
 * line saying how much is painted.
 */
final class DrawingControls extends VBox {

    static final String DEFAULT_STYLE_CLASS = "drawing-controls";

    DrawingControls(ToyLabViewModel lab) {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        DrawingViewModel drawing = lab.drawing();
        Label title = new Label();
        title.getStyleClass().add(Styles.CONTROL_TITLE);
        title.setId("drawingCount");
        Runnable describe = () -> title.setText(String.format(Locale.ROOT, "Your drawing: %,d points in %d stroke%s",
                drawing.countProperty().get(), drawing.strokeCountProperty().get(),
                drawing.strokeCountProperty().get() == 1 ? "" : "s"));
        drawing.countProperty().addListener(o -> describe.run());
        drawing.strokeCountProperty().addListener(o -> describe.run());
        describe.run();

        Slider brush = new Slider(DrawingViewModel.MIN_BRUSH, DrawingViewModel.MAX_BRUSH, drawing.brushRadiusProperty().get());
        brush.setId("brushSize");
        brush.setAccessibleText("Brush radius in data units");
        brush.setMajorTickUnit(0.25);
        brush.setShowTickMarks(true);
        brush.valueProperty().addListener((o, was, now) -> drawing.setBrushRadius(now.doubleValue()));
        Label brushLabel = new Label();
        brushLabel.setLabelFor(brush);
        brushLabel.textProperty().bind(drawing.brushRadiusProperty().asString(Locale.ROOT, "Brush %.2f"));
        brushLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox brushRow = new HBox(brushLabel, brush);
        brushRow.setAlignment(Pos.CENTER_LEFT);
        brushRow.setSpacing(8);
        HBox.setHgrow(brush, javafx.scene.layout.Priority.ALWAYS);

        Button undo = new Button("Undo stroke");
        undo.setId("undoStroke");
        undo.setOnAction(e -> drawing.undo());
        undo.disableProperty().bind(drawing.strokeCountProperty().isEqualTo(0));
        Button clear = new Button("Clear");
        clear.setId("clearDrawing");
        clear.setOnAction(e -> drawing.clear());
        clear.disableProperty().bind(drawing.countProperty().isEqualTo(0));
        Button train = new Button("Train on drawing");
        train.setId("trainOnDrawing");
        train.setDefaultButton(false);
        train.setOnAction(e -> lab.trainOnDrawing());
        HBox buttons = new HBox(undo, clear, train);
        buttons.setSpacing(8);

        Label hint = new Label("Drag on the plot to paint points.");
        hint.setWrapText(true);
        getChildren().addAll(title, hint, brushRow, buttons);
        setSpacing(6);
        visibleProperty().bind(lab.drawingModeProperty());
        managedProperty().bind(visibleProperty());
    }
}
