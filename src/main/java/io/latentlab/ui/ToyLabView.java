package io.latentlab.ui;

import io.latentlab.density.DensityOverlay;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The toy lab workspace: on the left the scatter of real and generated points (a histogram of
 * them for 1-D data) with its density overlays, on the right the Model choices, the live loss
 * chart with the divergence figures under it, the learning rates
 * of both networks and slow motion. Binds to a {@link ToyLabViewModel}; draws, never computes.
 */
public final class ToyLabView extends SplitPane {

    private final ScatterPlot scatter = new ScatterPlot();
    private final HistogramPlot histogram = new HistogramPlot();
    private final LossChart lossChart = new LossChart();
    private final PushforwardPlot pushforward = new PushforwardPlot();

    public ToyLabView(ToyLabViewModel lab) {
        getStyleClass().add(Styles.TOY_LAB);
        BooleanBinding oneDimensional = lab.dataDimensionProperty().isEqualTo(1);
        scatter.setId("scatter");
        scatter.realPointsProperty().bind(pointsWhen(oneDimensional.not(), lab.realPointsProperty()));
        scatter.generatedPointsProperty().bind(pointsWhen(oneDimensional.not(), lab.generatedPointsProperty()));
        scatter.showRealProperty().bind(lab.showRealProperty());
        scatter.showGeneratedProperty().bind(lab.showGeneratedProperty());
        scatter.fieldsProperty().bind(lab.fieldsProperty());
        scatter.showDiscriminatorProperty().bind(lab.showDiscriminatorProperty());
        scatter.showManifoldProperty().bind(lab.showManifoldProperty());
        scatter.showArrowsProperty().bind(lab.showArrowsProperty());
        scatter.visibleProperty().bind(oneDimensional.not());
        DrawingPad.install(scatter, lab.drawing(), lab.drawingModeProperty());
        DensityOverlayModel densities = lab.densities();
        DensityOverlays overlays = scatter.densityOverlays();
        overlays.overlayProperty().bind(Bindings.when(oneDimensional.not()).then(densities.overlayProperty())
                .otherwise((DensityOverlay) null));
        overlays.showRealProperty().bind(densities.showRealProperty());
        overlays.showGeneratedProperty().bind(densities.showGeneratedProperty());
        overlays.styleProperty().bind(densities.styleProperty());
        histogram.setId("histogram");
        histogram.realPointsProperty().bind(pointsWhen(oneDimensional, lab.realPointsProperty()));
        histogram.generatedPointsProperty().bind(pointsWhen(oneDimensional, lab.generatedPointsProperty()));
        histogram.showRealProperty().bind(lab.showRealProperty());
        histogram.showGeneratedProperty().bind(lab.showGeneratedProperty());
        histogram.visibleProperty().bind(oneDimensional);
        DensityCurves curves = histogram.densityCurves();
        curves.overlayProperty().bind(Bindings.when(oneDimensional).then(densities.overlayProperty())
                .otherwise((DensityOverlay) null));
        curves.showRealProperty().bind(densities.showRealProperty());
        curves.showGeneratedProperty().bind(densities.showGeneratedProperty());
        pushforward.setId("pushforward");
        pushforward.mapProperty().bind(lab.pushforwardProperty());
        pushforward.realPointsProperty().bind(pointsWhen(oneDimensional, lab.realPointsProperty()));
        pushforward.generatedPointsProperty().bind(pointsWhen(oneDimensional, lab.generatedPointsProperty()));
        pushforward.visibleProperty().bind(oneDimensional.and(lab.showPushforwardProperty()));
        pushforward.managedProperty().bind(pushforward.visibleProperty());
        VBox.setVgrow(histogram, Priority.ALWAYS);
        histogram.setPrefHeight(400); // shares the height evenly with the pushforward map
        VBox.setVgrow(pushforward, Priority.ALWAYS);
        VBox oneDimensionalPlots = new VBox(histogram, pushforward);
        oneDimensionalPlots.visibleProperty().bind(oneDimensional);
        StackPane plotArea = new StackPane(scatter, oneDimensionalPlots);
        plotArea.getStyleClass().add(Styles.PLOT_AREA);

        lossChart.setId("lossChart");
        lossChart.show(lab.lossHistoryProperty().get());
        lab.lossHistoryProperty().addListener((o, old, history) -> lossChart.show(history));
        VBox.setVgrow(lossChart, Priority.ALWAYS);

        LearningRateControl generatorLr = new LearningRateControl("Generator learning rate", "generator learning rate",
                lab.generatorLrProperty(), lab::setGeneratorLr, lab::showError);
        generatorLr.field().setId("generatorLr");
        generatorLr.slider().setId("generatorLrSlider");
        LearningRateControl discriminatorLr = new LearningRateControl("Discriminator learning rate",
                "discriminator learning rate", lab.discriminatorLrProperty(), lab::setDiscriminatorLr, lab::showError);
        discriminatorLr.field().setId("discriminatorLr");
        discriminatorLr.slider().setId("discriminatorLrSlider");
        SlowMotionControl slowMotion = new SlowMotionControl(lab.stepDelayMillisProperty(), lab::setStepDelayMillis);
        slowMotion.slider().setId("stepDelay");

        VBox side = new VBox(new ToyLabModelPanel(lab), new DrawingControls(lab), new Separator(Orientation.HORIZONTAL), lossChart,
                new DivergencePanel(densities), new BandwidthControl(densities), new Separator(Orientation.HORIZONTAL),
                PresentationMode.hyperparameter(generatorLr), PresentationMode.hyperparameter(discriminatorLr), slowMotion);
        side.getStyleClass().add(Styles.SIDE_PANEL);
        side.setMinWidth(320);
        ScrollPane sideScroll = new ScrollPane(side); // scrolls only when the open Networks section or larger text needs it
        sideScroll.setFitToWidth(true);
        sideScroll.setFitToHeight(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add(Styles.SIDE_SCROLL);
        getItems().addAll(plotArea, sideScroll);
        setDividerPositions(0.5);
    }

    /** The points for a plot while it shows, none while the other plot shows: a hidden plot costs nothing. */
    private static ObservableObjectValue<float[]> pointsWhen(BooleanBinding showing, ObservableObjectValue<float[]> points) {
        return Bindings.when(showing).then(points).otherwise((float[]) null);
    }

    public ScatterPlot scatter() {
        return scatter;
    }

    public HistogramPlot histogram() {
        return histogram;
    }

    /** The plot showing now, scatter or histogram: what exports and model previews picture. */
    public Node plot() {
        return histogram.isVisible() ? histogram : scatter;
    }

    /** The 1-D generator's map z ↦ G(z), under the histogram (View ▸ Pushforward map). */
    public PushforwardPlot pushforward() {
        return pushforward;
    }

    public LossChart lossChart() {
        return lossChart;
    }
}
