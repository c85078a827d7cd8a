package io.latentlab.ui;

import io.latentlab.export.AnimatedGif;
import io.latentlab.export.ImageGridLayout;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Export settings… of the Explore tab: scale, padding, background and columns of a saved or
 * copied grid, and the frames and delay of an animated walk. OK keeps them for the next exports.
 */
final class ExportSettingsDialog extends Dialog<ButtonType> {

    ExportSettingsDialog(ExploreExports exports, Window owner) {
        setTitle("Export settings");
        setHeaderText("How saved and copied images look");
        if (owner != null) {
            initOwner(owner);
        }
        Spinner<Integer> scale = spinner("exportScale", 1, ImageGridLayout.MAX_SCALE, exports.scaleProperty().get());
        Spinner<Integer> padding = spinner("exportPadding", 0, ImageGridLayout.MAX_PADDING, exports.paddingProperty().get());
        Spinner<Integer> columns = spinner("exportColumns", 0, 64, exports.columnsProperty().get());
        ColorPicker background = new ColorPicker(colour(exports.backgroundProperty().get()));
        background.setId("exportBackground");
        Spinner<Integer> walkScale = spinner("exportWalkScale", 1, ImageGridLayout.MAX_SCALE, exports.walkScaleProperty().get());
        Spinner<Integer> frames = spinner("exportFrames", 2, 60, exports.framesPerLegProperty().get());
        Spinner<Integer> delay = spinner("exportDelay", AnimatedGif.MIN_DELAY_CS, 100, exports.delayCsProperty().get());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Scale (screen pixels per image pixel)"), scale);
        grid.addRow(1, new Label("Padding (pixels around and between images)"), padding);
        grid.addRow(2, new Label("Background"), background);
        grid.addRow(3, new Label("Columns (0: as the panel shows them)"), columns);
        grid.addRow(4, new Label("Walk: scale of its one picture a frame"), walkScale);
        grid.addRow(5, new Label("Walk: frames from one picture to the next"), frames);
        grid.addRow(6, new Label("Walk: hundredths of a second a frame"), delay);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> {
            if (button == ButtonType.OK) {
                exports.scaleProperty().set(scale.getValue());
                exports.paddingProperty().set(padding.getValue());
                exports.columnsProperty().set(columns.getValue());
                exports.backgroundProperty().set(rgb(background.getValue()));
                exports.walkScaleProperty().set(walkScale.getValue());
                exports.framesPerLegProperty().set(frames.getValue());
                exports.delayCsProperty().set(delay.getValue());
            }
            return button;
        });
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }

    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
