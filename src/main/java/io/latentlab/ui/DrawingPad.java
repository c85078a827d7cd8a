package io.latentlab.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Turns drags on the scatter into brush strokes while the lab is in draw mode: press starts a
 * stroke, every drag event dabs the brush where the pointer is, release ends it. Pointer
 * positions become data units through the plot's square ([−3, 3]²); outside it nothing is
 * painted. Outside draw mode the scatter behaves as before.
 */
final class DrawingPad {

    private DrawingPad() {
    }

    static void install(ScatterPlot scatter, DrawingViewModel drawing, ObservableBooleanValue drawMode) {
        scatter.cursorProperty().bind(javafx.beans.binding.Bindings.when(drawMode).then(Cursor.CROSSHAIR)
                .otherwise(Cursor.DEFAULT));
        scatter.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (drawMode.get() && e.getButton() == MouseButton.PRIMARY) {
                double[] p = dataPoint(scatter, e);
                if (p != null) {
                    drawing.beginStroke(p[0], p[1]);
                }
                e.consume();
            }
        });
        scatter.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (drawMode.get() && e.isPrimaryButtonDown()) {
                double[] p = dataPoint(scatter, e);
                if (p != null) {
                    drawing.paint(p[0], p[1]);
                }
                e.consume();
            }
        });
        scatter.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (drawMode.get() && e.getButton() == MouseButton.PRIMARY) {
                drawing.endStroke();
                e.consume();
            }
        });
    }

    /** The pointer in data units, or null outside the plot's square. */
    static double[] dataPoint(ScatterPlot scatter, MouseEvent e) {
        Bounds b = scatter.plotBounds();
        if (b.getWidth() <= 0 || !b.contains(e.getX(), e.getY())) {
            return null;
        }
        double range = ScatterPlot.RANGE;
        double x = -range + (e.getX() - b.getMinX()) / b.getWidth() * 2 * range;
        double y = range - (e.getY() - b.getMinY()) / b.getHeight() * 2 * range;
        return new double[] {x, y};
    }
}
