package io.latentlab.ui;

import io.latentlab.train.VaeHistory;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;


/**
 * The VAE's reconstruction term, KL term and negative ELBO (nats per sample) against the
 * iteration, for the whole run, from the session's bounded history; no animation or symbols.
 */
public final class VaeChart extends LineChart<Number, Number> {

    private final IterationTicks iterationTicks = new IterationTicks((NumberAxis) getXAxis());

    public static final String DEFAULT_STYLE_CLASS = "vae-chart";

    private final XYChart.Series<Number, Number> reconstruction = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> kl = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> negativeElbo = new XYChart.Series<>();

    public VaeChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAnimated(false);
        setCreateSymbols(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        getXAxis().setLabel("Iteration");
        getYAxis().setLabel("nats");
        setLegendSide(javafx.geometry.Side.RIGHT);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        reconstruction.setName("Reconstruction");
        kl.setName("KL");
        negativeElbo.setName("−ELBO");
        ObservableList<Series<Number, Number>> series = FXCollections.observableArrayList();
        series.add(reconstruction);
        series.add(kl);
        series.add(negativeElbo);
        setData(series);
    }

    /** Shows {@code history}, or nothing when it is null. */
    public void show(VaeHistory.Points history) {
        if (history == null) {
            reconstruction.getData().clear();
            kl.getData().clear();
            negativeElbo.getData().clear();
            iterationTicks.cover(0, 100);
            return;
        }
        long[] iterations = history.iteration();
        if (iterations.length > 0) {
            iterationTicks.cover(iterations[0], iterations[iterations.length - 1]);
        }
        ChartPoints.update(reconstruction.getData(), history.iteration(), history.reconstruction());
        ChartPoints.update(kl.getData(), history.iteration(), history.kl());
        ChartPoints.update(negativeElbo.getData(), history.iteration(), history.negativeElbo());
    }

    /** Points in the −ELBO series now. */
    public int pointCount() {
        return negativeElbo.getData().size();
    }
}
