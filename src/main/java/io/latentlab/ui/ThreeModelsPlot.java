package io.latentlab.ui;

import io.latentlab.data.LabelledPoints;
import io.latentlab.density.ContourLines;
import io.latentlab.density.Grid;
import io.latentlab.train.ThreeModels;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the three panels: the data on equal axes over what one model learned. The classifier's
 * panel shades p(y | x) and draws its decision boundary; the p(x) panel shades the density of
 * all points, labels ignored, with samples drawn from it (black ×); the p(x | y) panel shades
 * each class's density in the class's colour, with samples of each class (×) and the boundary
 * of Bayes' rule (solid) beside the classifier's (dashed).
 */
final class ThreeModelsPlot extends PlotFrame {

    /** Which model a panel shows. */
    enum Model { CLASSIFIER, JOINT, CONDITIONAL }

    static final Color BOUNDARY = Color.web("#1a1a1a");
    static final Color UNLABELLED = Color.web("#595959");
    static final double CROSS = 5;

    private final Model model;
    private ThreeModels shown;
    private WritableImage field;
    private List<double[]> boundary = List.of();
    private List<double[]> otherBoundary = List.of();

    ThreeModelsPlot(Model model) {
        this.model = model;
        getStyleClass().add("three-models-plot");
        setPrefSize(420, USE_COMPUTED_SIZE);
        setMinSize(0, 0);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return heightFor(width < 0 ? getPrefWidth() : width);
    }

    Model model() {
        return model;
    }

    /** Shows {@code m}: the field's colours, the boundaries and the points, drawn in the next pulse. */
    void show(ThreeModels m) {
        shown = m;
        Grid grid = m.grid();
        int[] pixels = ModelFieldColours.of(model, m);
        field = new WritableImage(grid.nx(), grid.ny());
        field.getPixelWriter().setPixels(0, 0, grid.nx(), grid.ny(), PixelFormat.getIntArgbInstance(), pixels, 0, grid.nx());
        boundary = model == Model.CLASSIFIER ? boundaries(m.classifierProbabilities(), grid)
                : model == Model.CONDITIONAL ? boundaries(m.bayesProbabilities(), grid) : List.of();
        otherBoundary = model == Model.CONDITIONAL ? boundaries(m.classifierProbabilities(), grid) : List.of();
        requestLayout(); // its height follows the range
        redraw();
    }

    /**
     * The height that fits the plotted range at {@code width} with PlotFrame's margins (title
     * line above, tick labels below and left), so the three plots take only the height they use.
     */
    double heightFor(double width) {
        double[] r = range();
        double plotWidth = Math.max(10, width - 3.2 * FONT.getSize() - 2 * PAD);
        return plotWidth * (r[3] - r[2]) / (r[1] - r[0]) + 2 * FONT.getSize() + 3 * PAD;
    }

    /** Whether it shows fitted models yet. */
    boolean hasContent() {
        return shown != null;
    }

    /** Where the most probable class changes, as polylines in data units. */
    static List<double[]> boundaries(double[][] p, Grid grid) {
        int k = p.length;
        List<double[]> lines = new ArrayList<>();
        for (int c = 0; c < (k == 2 ? 1 : k); c++) {
            double[] margin = new double[grid.size()];
            for (int i = 0; i < margin.length; i++) {
                double other = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    if (j != c) {
                        other = Math.max(other, p[j][i]);
                    }
                }
                margin[i] = p[c][i] - other;
            }
            for (double[] line : ContourLines.of(margin, grid.nx(), grid.ny(), 0)) {
                double[] xy = new double[line.length];
                for (int q = 0; q < line.length; q += 2) {
                    xy[q] = grid.x0() + line[q] * grid.dx();
                    xy[q + 1] = grid.y0() + line[q + 1] * grid.dy();
                }
                lines.add(xy);
            }
        }
        return lines;
    }

    @Override
    double[] range() {
        if (shown == null) {
            return new double[] {-3, 3, -3, 3};
        }
        Grid g = shown.grid();
        return new double[] {g.x0() - g.dx() / 2, g.x1() + g.dx() / 2, g.y0() - g.dy() / 2, g.y1() + g.dy() / 2};
    }

    @Override
    String title() {
        return "";
    }

    @Override
    void drawLayers(GraphicsContext g) {
        if (shown == null) {
            return;
        }
        double[] r = range();
        g.setImageSmoothing(true);
        g.drawImage(field, px(r[0]), py(r[3]), px(r[1]) - px(r[0]), py(r[2]) - py(r[3]));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        if (!otherBoundary.isEmpty()) {
            g.setLineDashes(10, 8);
            stroke(g, otherBoundary, Color.WHITE, 5);
            stroke(g, otherBoundary, UNLABELLED, 2.5);
            g.setLineDashes();
        }
        stroke(g, boundary, Color.WHITE, 6);
        stroke(g, boundary, BOUNDARY, 3);
        LabelledPoints data = shown.data();
        double radius = DOT_RADIUS + 0.5;
        g.setLineWidth(1);
        for (int i = 0; i < data.count(); i++) {
            Color fill = model == Model.JOINT ? UNLABELLED : ClassPalette.of(data.label(i));
            double x = px(data.x(i));
            double y = py(data.y(i));
            g.setFill(fill);
            g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
            g.setStroke(model == Model.JOINT ? Color.WHITE : BOUNDARY);
            g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
        }
        if (model == Model.JOINT) {
            double[] s = shown.samples().joint();
            for (int i = 0; i < s.length; i += 2) {
                cross(g, px(s[i]), py(s[i + 1]), Color.BLACK);
            }
        } else if (model == Model.CONDITIONAL) {
            LabelledPoints s = shown.samples().conditional();
            for (int i = 0; i < s.count(); i++) {
                cross(g, px(s.x(i)), py(s.y(i)), sampleColour(s.label(i)));
            }
        }
    }

    /** A sample of class {@code label}: its class colour, darker, so a × stands out from the dots. */
    static Color sampleColour(int label) {
        return ClassPalette.of(label).deriveColor(0, 1, 0.75, 1);
    }

    private static void cross(GraphicsContext g, double x, double y, Color colour) {
        g.setStroke(Color.WHITE);
        g.setLineWidth(4.5);
        g.strokeLine(x - CROSS, y - CROSS, x + CROSS, y + CROSS);
        g.strokeLine(x - CROSS, y + CROSS, x + CROSS, y - CROSS);
        g.setStroke(colour);
        g.setLineWidth(2.2);
        g.strokeLine(x - CROSS, y - CROSS, x + CROSS, y + CROSS);
        g.strokeLine(x - CROSS, y + CROSS, x + CROSS, y - CROSS);
    }

    private void stroke(GraphicsContext g, List<double[]> lines, Color colour, double width) {
        g.setStroke(colour);
        g.setLineWidth(width);
        for (double[] line : lines) {
            g.beginPath();
            g.moveTo(px(line[0]), py(line[1]));
            for (int q = 2; q < line.length; q += 2) {
                g.lineTo(px(line[q]), py(line[q + 1]));
            }
            g.stroke();
        }
    }

    @Override
    void stampPoints() {
        // the points are drawn in drawLayers, under the samples' crosses
    }
}
