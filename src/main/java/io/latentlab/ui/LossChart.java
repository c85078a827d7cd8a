package io.latentlab.ui;

import io.latentlab.train.MetricHistory;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;


/**
 * The discriminator's and the generator's loss against the iteration, for the whole run.
 *
 * <p>Fed from the session's bounded history (at most {@link io.latentlab.train.TrainingSession#HISTORY_POINTS} points per series however long the
 * run), redrawn at most four times a second, without animation or symbols: a chart of 100,000
 * iterations costs as much as one of 1,000. The iteration axis picks its own tick step from its
 * width ({@link IterationTicks}).
 */
public final class LossChart extends LineChart<Number, Number> {

    private final IterationTicks iterationTicks = new IterationTicks((NumberAxis) getXAxis());

    public static final String DEFAULT_STYLE_CLASS = "loss-chart";

    private final XYChart.Series<Number, Number> discriminator = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> generator = new XYChart.Series<>();

    public LossChart() {
        super(new NumberAxis(), new NumberAxis());
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setAnimated(false);
        setCreateSymbols(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        getXAxis().setLabel("Iteration");
        getYAxis().setLabel("Loss");
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
            iterationTicks.cover(0, 100);
            return;
        }
        long[] iterations = history.iteration();
        if (iterations.length > 0) {
            iterationTicks.cover(iterations[0], iterations[iterations.length - 1]);
        }
        ChartPoints.update(discriminator.getData(), history.iteration(), history.discriminatorLoss());
        ChartPoints.update(generator.getData(), history.iteration(), history.generatorLoss());
        for (XYChart.Series<Number, Number> series : java.util.List.of(discriminator, generator)) {
            if (series.getData().isEmpty() && series.getNode() instanceof javafx.scene.shape.Path line) {
                line.getElements().clear(); // LineChart keeps drawing the last line of a series emptied in one go (after a reset)
            }
        }
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
