package io.latentlab.ui;

import io.latentlab.data.LabelledPoints;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys under each of the three panels, drawn as the plot draws them: a class's dot, a
 * sample's ×, a boundary's solid or dashed line, each with its words.
 */
final class ThreeModelsLegend {

    private static final double SIZE = 22;

    private ThreeModelsLegend() {
    }

    static List<Node> entries(ThreeModelsPlot.Model model, LabelledPoints data) {
        List<Node> out = new ArrayList<>();
        if (model == ThreeModelsPlot.Model.JOINT) {
            out.add(entry(dot(ThreeModelsPlot.UNLABELLED), "data (labels not used)"));
            out.add(entry(cross(Color.BLACK), "sample"));
            return out;
        }
        for (int c = 0; c < data.classCount(); c++) {
            out.add(entry(dot(ClassPalette.of(c)), data.classNames().get(c)));
        }
        if (model == ThreeModelsPlot.Model.CLASSIFIER) {
            out.add(entry(line(false), "boundary"));
        } else {
            out.add(entry(cross(ThreeModelsPlot.BOUNDARY), "sample"));
            out.add(entry(line(false), "Bayes' rule"));
            out.add(entry(line(true), "classifier's"));
        }
        return out;
    }

    private static Label entry(Canvas key, String text) {
        Label label = new Label(text, key);
        label.getStyleClass().add("three-models-key");
        return label;
    }

    private static Canvas dot(Color colour) {
        Canvas c = new Canvas(SIZE, SIZE);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(colour);
        g.fillOval(4, 4, SIZE - 8, SIZE - 8);
        g.setStroke(ThreeModelsPlot.BOUNDARY);
        g.strokeOval(4, 4, SIZE - 8, SIZE - 8);
        return c;
    }

    private static Canvas cross(Color colour) {
        Canvas c = new Canvas(SIZE, SIZE);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(colour);
        g.setLineWidth(2.5);
        double a = SIZE / 2 - ThreeModelsPlot.CROSS - 1;
        double b = SIZE / 2 + ThreeModelsPlot.CROSS + 1;
        g.strokeLine(a, a, b, b);
        g.strokeLine(a, b, b, a);
        return c;
    }

    private static Canvas line(boolean dashed) {
        Canvas c = new Canvas(1.6 * SIZE, SIZE);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(dashed ? ThreeModelsPlot.UNLABELLED : ThreeModelsPlot.BOUNDARY);
        g.setLineWidth(dashed ? 2.5 : 3);
        if (dashed) {
            g.setLineDashes(7, 5);
        }
        g.strokeLine(1, SIZE / 2, 1.6 * SIZE - 1, SIZE / 2);
        return c;
    }
}
