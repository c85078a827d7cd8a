package io.latentlab.ui;

import io.latentlab.train.MetricHistory;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The discriminator's and the generator's loss against the iteration, for the whole run.
 *
 * <p>Fed from the session's bounded history (at most 1000 points per series however long the
 * run), redrawn at most ten times a second, without animation or symbols: a chart of 100,000
 * iterations costs as much as one of 1,000.
 */
public final class LossChart extends LineChart<Number, Number> {

    public static final String DEFAULT_STYLE_CLASS = "loss-chart";

    private final XYChart.Series<Number, Number> discriminator = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> generator = new XYChart.Series<>();

    public LossChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAnimated(false);
        setCreateSymbols(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        setTitle("Loss");
        getXAxis().setLabel("Iteration");
        getYAxis().setLabel("Loss (nats)");
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        discriminator.setName("Discriminator (D)");
        generator.setName("Generator (G)");
        ObservableList<Series<Number, Number>> series = FXCollections.observableArrayList();
        series.add(discriminator);
        series.add(generator);
        setData(series);
    }

    /** Shows {@code history}, or nothing when it is null. */
    public void show(MetricHistory.Points history) {
        if (history == null) {
            discriminator.getData().clear();
            generator.getData().clear();
            return;
        }
        discriminator.getData().setAll(points(history.iteration(), history.discriminatorLoss()));
        generator.getData().setAll(points(history.iteration(), history.generatorLoss()));
    }

    private static List<Data<Number, Number>> points(long[] iteration, double[] loss) {
        List<Data<Number, Number>> points = new ArrayList<>(iteration.length);
        for (int i = 0; i < iteration.length; i++) {
            if (Double.isFinite(loss[i])) {
                points.add(new Data<>(iteration[i], loss[i]));
            }
        }
        return points;
    }

    /** Points in the discriminator's series now. */
    public int discriminatorPointCount() {
        return discriminator.getData().size();
    }

    /** Points in the generator's series now. */
    public int generatorPointCount() {
        return generator.getData().size();
    }
}
