package io.latentlab.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The toy lab workspace: on the left the scatter of real and generated points, on the right the
 * live loss chart, the learning rates of both networks and slow motion. Binds to a
 * {@link ToyLabViewModel}; draws, never computes.
 */
public final class ToyLabView extends SplitPane {

    private final ScatterPlot scatter = new ScatterPlot();
    private final LossChart lossChart = new LossChart();

    public ToyLabView(ToyLabViewModel lab) {
        getStyleClass().add(Styles.TOY_LAB);
        scatter.setId("scatter");
        scatter.realPointsProperty().bind(lab.realPointsProperty());
        scatter.generatedPointsProperty().bind(lab.generatedPointsProperty());
        scatter.showRealProperty().bind(lab.showRealProperty());
        scatter.showGeneratedProperty().bind(lab.showGeneratedProperty());

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

        VBox side = new VBox(lossChart, new Separator(Orientation.HORIZONTAL), generatorLr, discriminatorLr, slowMotion);
        side.getStyleClass().add(Styles.SIDE_PANEL);
        side.setMinWidth(320);
        getItems().addAll(scatter, side);
        setDividerPositions(0.5);
    }

    /** The scatter plot, for snapshots (export, model preview). */
    public ScatterPlot scatter() {
        return scatter;
    }

    public LossChart lossChart() {
        return lossChart;
    }
}
