package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The generator manifold: the lines of a regular grid in the noise space, drawn where the
 * generator sends them, thin and grey under the points. Shows how G stretches and folds the
 * noise to cover the modes, and where it squeezes space between them. A canvas the size of the
 * plot area, redrawn when a new snapshot comes or the plot is resized.
 */
final class ManifoldLayer extends Canvas {

    static final Color LINE = Color.rgb(60, 60, 60, 0.45);

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
        if (fields == null || fields.manifoldLines() == 0) {
            return;
        }
        g.setStroke(LINE);
        g.setLineWidth(0.9);
        int n = fields.manifoldLines();
        double scale = side / (2 * range);
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
}
