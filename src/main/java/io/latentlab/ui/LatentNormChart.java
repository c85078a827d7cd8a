package io.latentlab.ui;

import io.latentlab.explore.InterpolationStrip;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * The norm |z| at each step of the linear and the spherical path, against the prior's typical
 * radius √d (dashed): the lerp path sags inside the shell where draws of N(0, I) lie, which is
 * why its middle pictures look washed out, while the slerp path stays on it. Colours: lerp blue,
 * slerp vermillion, √d black (Okabe–Ito), set in latentlab.css.
 */
final class LatentNormChart extends LineChart<Number, Number> {

    private final XYChart.Series<Number, Number> lerp = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> slerp = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> radius = new XYChart.Series<>();

    LatentNormChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("normChart");
        getStyleClass().add("latent-norm-chart");
        getXAxis().setLabel("step");
        getYAxis().setLabel("norm |z|");
        ((NumberAxis) getXAxis()).setMinorTickVisible(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(true);
        lerp.setName("linear (lerp)");
        slerp.setName("spherical (slerp)");
        radius.setName("prior radius √d");
        getData().add(lerp);
        getData().add(slerp);
        getData().add(radius);
        setMinHeight(150);
        setPrefHeight(210);
        setMaxHeight(340);
    }

    /** Plots both strips' norms and the radius {@code priorRadius}. */
    void show(InterpolationStrip linear, InterpolationStrip spherical, double priorRadius) {
        fill(lerp, linear.norms());
        fill(slerp, spherical.norms());
        int k = linear.steps();
        radius.getData().setAll(new XYChart.Data<>(1, priorRadius), new XYChart.Data<>(k, priorRadius));
        radius.setName(String.format(java.util.Locale.ROOT, "prior radius √d = %.2f", priorRadius));
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setLowerBound(1);
        x.setUpperBound(k);
        x.setTickUnit(k <= 12 ? 1 : k <= 24 ? 2 : 4);
        for (XYChart.Data<Number, Number> d : radius.getData()) {
            if (d.getNode() != null) {
                d.getNode().setVisible(false);
            }
        }
    }

    /** The norms plotted for the linear path, first to last. */
    double[] lerpNorms() {
        return lerp.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).toArray();
    }

    /** The norms plotted for the spherical path. */
    double[] slerpNorms() {
        return slerp.getData().stream().mapToDouble(d -> d.getYValue().doubleValue()).toArray();
    }

    private static void fill(XYChart.Series<Number, Number> series, double[] norms) {
        java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
        for (int k = 0; k < norms.length; k++) {
            points.add(new XYChart.Data<>(k + 1, norms[k]));
        }
        series.getData().setAll(points);
    }
}
