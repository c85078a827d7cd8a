package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import java.util.Arrays;

/**
 * Gradient arrows: from some generated points, the way the generator's loss pushes each one
 * (−∂L_G/∂x), drawn over the points. The lengths are relative: the snapshot's typical large
 * push (the 90th percentile) gets a fixed share of the plot, longer ones are capped, so the
 * arrows stay readable whether the gradients are large or small. Below {@link #SMALL_PUSH} the
 * lengths are absolute: a vanishing gradient draws vanishing arrows, as in the minimax stall
 * (pushes of about 0.005 there, against 0.06 or more for every loss at the first step). A canvas the size of the plot
 * area, redrawn when a new snapshot comes or the plot is resized.
 */
final class GradientArrows extends Canvas {

    static final Color ARROW = Color.rgb(25, 25, 25, 0.8);
    /** The 90th-percentile arrow as a share of the plot side. */
    private static final double TYPICAL_LENGTH = 0.05;
    private static final double MAX_LENGTH = 0.08;
    /** The push (data units per point) below which arrows shrink with it rather than being scaled up. */
    static final double SMALL_PUSH = 0.1;

    private FieldSnapshot drawn;
    private double drawnSide = -1;
    private int paints;

    GradientArrows() {
        setManaged(false);
        setMouseTransparent(true);
    }

    /** Draws {@code fields}' arrows over a square of side {@code side} showing [−range, range]²; null clears. */
    void draw(FieldSnapshot fields, double side, double range) {
        if (fields == drawn && side == drawnSide) {
            return; // already drawn
        }
        drawn = fields;
        drawnSide = side;
        paints++;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int count = fields == null ? 0 : fields.arrowCount();
        if (count == 0) {
            return;
        }
        double[] lengths = new double[count];
        for (int i = 0; i < count; i++) {
            lengths[i] = Math.hypot(fields.arrowVector(i, 0), fields.arrowVector(i, 1));
        }
        double[] sorted = lengths.clone();
        Arrays.sort(sorted);
        double typical = sorted[(int) (0.9 * (count - 1))];
        if (!(typical > 0) || !Double.isFinite(typical)) {
            return;
        }
        double pixelsPerPush = TYPICAL_LENGTH * side / Math.max(typical, SMALL_PUSH);
        double maxPixels = MAX_LENGTH * side;
        double scale = side / (2 * range);
        g.setStroke(ARROW);
        g.setFill(ARROW);
        g.setLineWidth(1.3);
        // All shafts are one path, stroked once, and all heads one path, filled once.
        double[] heads = new double[6 * count];
        int headCount = 0;
        g.beginPath();
        for (int i = 0; i < count; i++) {
            double pixels = Math.min(maxPixels, lengths[i] * pixelsPerPush);
            if (!(pixels >= 2)) {
                continue;
            }
            double x0 = (fields.arrowOrigin(i, 0) + range) * scale;
            double y0 = (range - fields.arrowOrigin(i, 1)) * scale;
            double ux = fields.arrowVector(i, 0) / lengths[i];
            double uy = -fields.arrowVector(i, 1) / lengths[i];
            double x1 = x0 + ux * pixels;
            double y1 = y0 + uy * pixels;
            double head = Math.min(5, 0.45 * pixels);
            g.moveTo(x0, y0);
            g.lineTo(x1 - ux * head * 0.6, y1 - uy * head * 0.6);
            double bx = x1 - ux * head;
            double by = y1 - uy * head;
            double half = head * 0.5;
            double[] h = {x1, y1, bx - uy * half, by + ux * half, bx + uy * half, by - ux * half};
            System.arraycopy(h, 0, heads, 6 * headCount++, 6);
        }
        g.stroke();
        g.beginPath();
        for (int i = 0; i < headCount; i++) {
            g.moveTo(heads[6 * i], heads[6 * i + 1]);
            g.lineTo(heads[6 * i + 2], heads[6 * i + 3]);
            g.lineTo(heads[6 * i + 4], heads[6 * i + 5]);
            g.closePath();
        }
        g.fill();
    }

    /** How many times the layer was drawn (cleared or painted). */
    int paints() {
        return paints;
    }
}
