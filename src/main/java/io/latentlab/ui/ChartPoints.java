package io.latentlab.ui;

import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart.Data;

import java.util.ArrayList;
import java.util.List;

/** Keeps a line chart's series in step with a history of (iteration, value) points, NaNs left out. */
final class ChartPoints {

    private ChartPoints() {
    }

    /**
     * Moves the existing points to the new values and adds or removes only the difference:
     * replacing all points would make the chart look each removed point up, quadratic in the count.
     */
    static void update(ObservableList<Data<Number, Number>> data, long[] iteration, double[] value) {
        List<Data<Number, Number>> added = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < iteration.length; i++) {
            if (!Double.isFinite(value[i])) {
                continue;
            }
            if (used < data.size()) {
                Data<Number, Number> point = data.get(used);
                if (point.getXValue().longValue() != iteration[i]) {
                    point.setXValue(iteration[i]);
                }
                if (point.getYValue().doubleValue() != value[i]) {
                    point.setYValue(value[i]);
                }
            } else {
                added.add(new Data<>(iteration[i], value[i]));
            }
            used++;
        }
        if (used < data.size()) {
            data.remove(used, data.size());
        } else if (!added.isEmpty()) {
            data.addAll(added);
        }
    }
}
