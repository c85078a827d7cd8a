package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The generator manifold: the lines of a regular grid in the noise space, drawn where the
 * generator sends them, thin and grey under the points. Shows how G stretches and folds the
 * noise to cover the modes, and where it squeezes space between them. With 1-D noise the
 * manifold is one curve, drawn bolder: the image of the noise line, all such a generator can
 * make. A canvas the size of the plot area, redrawn when a new snapshot comes or the plot is
 * resized.
 */
final class ManifoldLayer extends Canvas {

    static final Color LINE = Color.rgb(60, 60, 60, 0.45);
    /** The 1-D noise curve: alone, so darker and thicker than the grid's lines. */
    static final Color CURVE = Color.rgb(40, 40, 40, 0.8);
    static final double CURVE_WIDTH = 3;

    ManifoldLayer() {
        setManaged(false);
        setMouseTransparent(true);
    }

    private FieldSnapshot drawn;
    private double drawnSide = -1;
    private int paints;

    /**
     * Draws {@code fields}' manifold over a square of side {@code side} showing [−range, range]²;
     * null clears. Nothing happens when that snapshot is already drawn at that size. All lines
     * are one path, stroked once.
     */
    void draw(FieldSnapshot fields, double side, double range) {
        if (fields == drawn && side == drawnSide) {
            return;
        }
        drawn = fields;
        drawnSide = side;
        paints++;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (fields == null) {
            return;
        }
        double scale = side / (2 * range);
        if (fields.curvePoints() > 1) {
            drawCurve(g, fields, scale, range);
        }
        if (fields.manifoldLines() == 0) {
            return;
        }
        g.setStroke(LINE);
        g.setLineWidth(0.9);
        int n = fields.manifoldLines();
        g.beginPath();
        for (int along = 0; along < 2; along++) {
            for (int line = 0; line < n; line++) {
                for (int k = 0; k < n; k++) {
                    int a = along == 0 ? k : line;
                    int b = along == 0 ? line : k;
                    double x = (fields.manifoldAt(a, b, 0) + range) * scale;
                    double y = (range - fields.manifoldAt(a, b, 1)) * scale;
                    if (k == 0) {
                        g.moveTo(x, y);
                    } else {
                        g.lineTo(x, y);
                    }
                }
            }
        }
        g.stroke();
    }

    /** How many times the layer was drawn (cleared or painted). */
    int paints() {
        return paints;
    }

    private static void drawCurve(GraphicsContext g, FieldSnapshot fields, double scale, double range) {
        g.setStroke(CURVE);
        g.setLineWidth(CURVE_WIDTH);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        g.beginPath();
        for (int i = 0; i < fields.curvePoints(); i++) {
            double x = (fields.curveAt(i, 0) + range) * scale;
            double y = (range - fields.curveAt(i, 1)) * scale;
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }
}
