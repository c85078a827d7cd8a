package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;

/**
 * One latent vector under every class of a conditional model: a row of tiles (an
 * {@link ImageTiles}), each with its class name underneath, enlarged by the largest whole factor
 * the width allows (at most {@link #MAX_SCALE}).
 */
final class ClassRow extends Region {

    static final String STYLE_CLASS = "class-row";
    static final int MAX_SCALE = 3;
    private static final double GAP = 2;

    private final ImageTiles tiles = new ImageTiles();
    private final List<Label> captions = new ArrayList<>();
    private int count;
    private int rows = 28;
    private int cols = 28;

    ClassRow() {
        getStyleClass().add(STYLE_CLASS);
        tiles.setId("latentLabelRow");
        getChildren().add(tiles);
    }

    /** Shows {@code names.size()} images of {@code rows × cols} from {@code pixels}, each captioned with its class name. */
    void show(float[] pixels, int imageRows, int imageCols, List<String> names) {
        count = names.size();
        rows = imageRows;
        cols = imageCols;
        tiles.show(pixels, count, rows, cols, Math.max(1, count));
        if (!captions.stream().map(Label::getText).toList().equals(names)) {
            getChildren().removeAll(captions);
            captions.clear();
            for (String name : names) {
                Label caption = new Label(name);
                caption.getStyleClass().add("class-caption");
                captions.add(caption);
            }
            getChildren().addAll(captions);
        }
        requestLayout();
    }

    ImageTiles tiles() {
        return tiles;
    }

    /** The class names under the tiles, left to right. */
    List<String> captions() {
        return captions.stream().map(Label::getText).toList();
    }

    private int scale(double width) {
        int unitsWide = Math.max(1, count * (cols + 1) - 1);
        return (int) Math.max(1, Math.min(MAX_SCALE, Math.floor(width / unitsWide)));
    }

    private double captionHeight() {
        return captions.stream().mapToDouble(c -> c.prefHeight(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(1, count * (cols + 1) - 1) * MAX_SCALE;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        return rows * scale(w) + GAP + captionHeight();
    }

    /** Its height follows its width (the scale the width allows). */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(1, count * (cols + 1) - 1);
    }

    @Override
    protected void layoutChildren() {
        int scale = scale(getWidth());
        double tileHeight = rows * scale;
        double tilesWidth = (count * (cols + 1) - 1) * scale;
        tiles.resizeRelocate(0, 0, getWidth(), tileHeight);
        double x0 = Math.floor((getWidth() - tilesWidth) / 2);
        double pitch = (cols + 1) * scale;
        for (int k = 0; k < captions.size(); k++) {
            Label caption = captions.get(k);
            double w = Math.min(caption.prefWidth(-1), pitch + 16);
            double centre = x0 + k * pitch + cols * scale / 2.0;
            caption.resizeRelocate(Math.floor(centre - w / 2), tileHeight + GAP, w, caption.prefHeight(-1));
        }
    }
}
