package io.latentlab.ui;

import io.latentlab.train.ImageMetricHistory;
import io.latentlab.train.ImageSeries;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * The Images tab's chart: whatever series the trainer measures ({@link ImageSeries}: the
 * autoencoders' reconstruction, KL and −ELBO; a GAN's losses and D outputs), each in its own
 * colour and dash, against the iteration, for the whole run, from the session's bounded history;
 * a legend below of the same lines. No animation or symbols.
 */
public final class ImageMetricChart extends VBox {

    public static final String DEFAULT_STYLE_CLASS = "image-metric-chart";
    private static final double LINE_WIDTH = 2.5;

    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final IterationTicks iterationTicks = new IterationTicks((NumberAxis) chart.getXAxis());
    private final FlowPane legend = new FlowPane(16, 4);
    private final List<XYChart.Series<Number, Number>> lines = new ArrayList<>();
    private List<ImageSeries> shown = List.of();

    public ImageMetricChart() {
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        chart.getStyleClass().add(VaeChart.DEFAULT_STYLE_CLASS);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAxisSortingPolicy(LineChart.SortingPolicy.NONE);
        chart.getXAxis().setLabel("Iteration");
        chart.getXAxis().setAnimated(false);
        chart.getYAxis().setAnimated(false);
        chart.setData(FXCollections.observableArrayList());
        legend.getStyleClass().add("chart-legend");
        legend.setId("imageChartLegend");
        getChildren().addAll(chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
    }

    /** The value axis, to label. */
    public NumberAxis valueAxis() {
        return (NumberAxis) chart.getYAxis();
    }

    /** Shows {@code history}, or nothing when it is null; new series replace the lines and the legend. */
    public void show(ImageMetricHistory.Points history) {
        List<ImageSeries> series = history == null ? shown : history.series();
        if (!series.equals(shown)) {
            rebuild(series);
        }
        if (history == null || history.size() == 0) {
            for (XYChart.Series<Number, Number> line : lines) {
                line.getData().clear();
            }
            iterationTicks.cover(0, 100);
            return;
        }
        long[] iterations = history.iteration();
        iterationTicks.cover(iterations[0], iterations[iterations.length - 1]);
        for (int k = 0; k < lines.size(); k++) {
            ChartPoints.update(lines.get(k).getData(), iterations, history.values()[k]);
        }
    }

    private void rebuild(List<ImageSeries> series) {
        shown = series;
        lines.clear();
        legend.getChildren().clear();
        for (ImageSeries s : series) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(s.name());
            String style = "-fx-stroke: " + s.colour() + "; -fx-stroke-width: " + LINE_WIDTH + "px;"
                    + (s.dashed() ? " -fx-stroke-dash-array: 8 4;" : "");
            line.nodeProperty().addListener((o, was, node) -> styled(node, style));
            lines.add(line);
            Line sample = new Line(0, 0, 28, 0);
            sample.setStyle(style);
            Label item = new Label(s.name(), sample);
            item.getStyleClass().add("chart-legend-item");
            legend.getChildren().add(item);
        }
        chart.getData().setAll(lines);
        for (XYChart.Series<Number, Number> line : lines) {
            int k = lines.indexOf(line);
            ImageSeries s = series.get(k);
            styled(line.getNode(), "-fx-stroke: " + s.colour() + "; -fx-stroke-width: " + LINE_WIDTH + "px;"
                    + (s.dashed() ? " -fx-stroke-dash-array: 8 4;" : ""));
        }
    }

    private static void styled(Node node, String style) {
        if (node != null) {
            node.setStyle(style);
        }
    }

    /** The names in the legend now. */
    public List<String> seriesNames() {
        return shown.stream().map(ImageSeries::name).toList();
    }

    /** Points in the last series now. */
    public int pointCount() {
        return lines.isEmpty() ? 0 : lines.get(lines.size() - 1).getData().size();
    }
}
