package io.latentlab.ui;

import io.latentlab.data.DrawnDistribution;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * "Draw your own" data: the strokes a person paints on the scatter with a round brush. Each
 * brush event adds {@link #POINTS_PER_EVENT} points spread uniformly over the brush's disc,
 * drawn from a seeded generator, so the same gestures paint the same points. Undo removes the
 * last stroke; Clear removes all. {@link #distribution()} is the data the GAN then trains on.
 * All methods are for the FX thread.
 */
public final class DrawingViewModel {

    /** Points each brush event paints. */
    public static final int POINTS_PER_EVENT = 4;
    /** The brush radius range, in data units (the plot shows [−3, 3]). */
    public static final double MIN_BRUSH = 0.05;
    public static final double MAX_BRUSH = 0.8;
    public static final double DEFAULT_BRUSH = 0.2;
    /** The drawing stops taking points at this many, far more than a GAN needs. */
    public static final int MAX_POINTS = 20_000;

    private final List<BrushStroke> strokes = new ArrayList<>();
    private final Random random;
    private final ReadOnlyDoubleWrapper brushRadius = new ReadOnlyDoubleWrapper(this, "brushRadius", DEFAULT_BRUSH);
    private final ReadOnlyObjectWrapper<float[]> points = new ReadOnlyObjectWrapper<>(this, "points", new float[0]);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyIntegerWrapper strokeCount = new ReadOnlyIntegerWrapper(this, "strokeCount");
    private BrushStroke current;
    private int version;

    public DrawingViewModel(long seed) {
        random = new Random(seed);
    }

    /** Starts a stroke with a dab at (x, y), in data units. */
    public void beginStroke(double x, double y) {
        current = new BrushStroke();
        strokes.add(current);
        paint(x, y);
    }

    /** A dab at (x, y) on the current stroke (a new one if none is open). */
    public void paint(double x, double y) {
        if (current == null) {
            beginStroke(x, y);
            return;
        }
        double r = brushRadius.get();
        for (int i = 0; i < POINTS_PER_EVENT && count.get() + i < MAX_POINTS; i++) {
            double angle = 2 * Math.PI * random.nextDouble();
            double distance = r * Math.sqrt(random.nextDouble());
            current.add((float) clamp(x + distance * Math.cos(angle)), (float) clamp(y + distance * Math.sin(angle)));
        }
        publish();
    }

    private static double clamp(double v) {
        return Math.max(-ScatterPlot.RANGE, Math.min(ScatterPlot.RANGE, v));
    }

    /** Ends the current stroke; a stroke that painted nothing is dropped. */
    public void endStroke() {
        if (current != null && current.count() == 0) {
            strokes.remove(current);
            publish();
        }
        current = null;
    }

    /** Removes the last stroke. */
    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            current = null;
            publish();
        }
    }

    /** Removes every stroke. */
    public void clear() {
        strokes.clear();
        current = null;
        publish();
    }

    /** Sets the brush radius, clamped to [{@link #MIN_BRUSH}, {@link #MAX_BRUSH}]. */
    public void setBrushRadius(double radius) {
        brushRadius.set(Math.max(MIN_BRUSH, Math.min(MAX_BRUSH, radius)));
    }

    /** The drawing as data to train on (a copy: painting on does not change it). */
    public DrawnDistribution distribution() {
        return DrawnDistribution.of(points.get());
    }

    /** Changes with every stroke, dab, undo and clear: whether a GAN trained on an older drawing. */
    public int version() {
        return version;
    }

    private void publish() {
        int total = 0;
        for (BrushStroke s : strokes) {
            total += s.count();
        }
        float[] all = new float[2 * total];
        int offset = 0;
        for (BrushStroke s : strokes) {
            offset = s.copyInto(all, offset);
        }
        version++;
        points.set(all);
        count.set(total);
        strokeCount.set(strokes.size());
    }

    /** All painted points, row-major x,y pairs; a new array after every change, never modify it. */
    public ReadOnlyObjectProperty<float[]> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty strokeCountProperty() {
        return strokeCount.getReadOnlyProperty();
    }

    /** In data units. */
    public ReadOnlyDoubleProperty brushRadiusProperty() {
        return brushRadius.getReadOnlyProperty();
    }
}
