package io.latentlab.ui;

import io.latentlab.density.CovarianceType;
import io.latentlab.density.EmFrame;
import io.latentlab.density.EmSetup;
import io.latentlab.density.EmStart;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The "Mixtures (EM)" workspace: on the left the points coloured by responsibility with each
 * component's ellipses, on the right the data and mixture choices, the player's buttons and
 * speed, the average log-likelihood per iteration, and the fit's BIC and AIC. Binds to an
 * {@link EmPlayerViewModel}; draws, never fits.
 */
public final class EmPlayerView extends SplitPane {

    private final MixturePlot plot = new MixturePlot();
    private final LogLikelihoodChart chart = new LogLikelihoodChart();

    public EmPlayerView(EmPlayerViewModel em) {
        getStyleClass().add(Styles.EM_PLAYER);
        plot.setId("mixturePlot");
        plot.frameProperty().bind(em.frameProperty());
        StackPane plotArea = new StackPane(plot);
        plotArea.getStyleClass().add(Styles.PLOT_AREA);

        chart.setId("logLikelihoodChart");
        chart.valuesProperty().bind(Bindings.createObjectBinding(
                () -> em.frameProperty().get() == null ? new double[0] : em.frameProperty().get().logLikelihoods(),
                em.frameProperty()));
        VBox.setVgrow(chart, Priority.ALWAYS);

        VBox side = new VBox(mixturePanel(em), new Separator(Orientation.HORIZONTAL), playerPanel(em),
                new Separator(Orientation.HORIZONTAL), fitPanel(em));
        side.getStyleClass().add(Styles.SIDE_PANEL);
        side.setMinWidth(340);
        ScrollPane scroll = new ScrollPane(side); // presentation-size text may not fit a laptop's height
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(340);
        getItems().addAll(plotArea, scroll);
        setDividerPositions(0.55);
    }

    private static Node mixturePanel(EmPlayerViewModel em) {
        Label title = title("Data and mixture");
        ChoicePicker<String> data = new ChoicePicker<>("emData", EmPlayerViewModel.dataChoices(),
                name -> DataLabels.title(name), Bindings.createObjectBinding(
                        () -> em.setupProperty().get().data().name(), em.setupProperty()), em::chooseData);
        TextField n = numberField("emPoints", Integer.toString(em.setupProperty().get().n()), em::chooseN);
        TextField seed = numberField("emDataSeed", Long.toString(em.setupProperty().get().dataSeed()), em::chooseDataSeed);
        Spinner<Integer> k = new Spinner<>(1, EmSetup.MAX_COMPONENTS, em.setupProperty().get().k());
        k.setId("emK");
        k.setEditable(false);
        k.setMaxWidth(Double.MAX_VALUE);
        k.valueProperty().addListener((o, was, is) -> em.chooseK(is));
        em.setupProperty().addListener((o, was, is) -> {
            k.getValueFactory().setValue(is.k());
            n.setText(Integer.toString(is.n())); // a lesson may set them
            seed.setText(Long.toString(is.dataSeed()));
        });
        ChoicePicker<CovarianceType> covariance = new ChoicePicker<>("emCovariance", List.of(CovarianceType.values()),
                CovarianceType::toString, Bindings.createObjectBinding(
                        () -> em.setupProperty().get().covarianceType(), em.setupProperty()), em::chooseCovarianceType);
        ChoicePicker<EmStart> start = new ChoicePicker<>("emStart", List.of(EmStart.values()), EmStart::toString,
                Bindings.createObjectBinding(() -> em.setupProperty().get().start(), em.setupProperty()), em::chooseStart);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.MODEL_GRID);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, fieldLabel("Data", data), data);
        grid.addRow(1, fieldLabel("Points", n), n);
        grid.addRow(2, fieldLabel("Data seed", seed), seed);
        grid.addRow(3, fieldLabel("Components k", k), k);
        grid.addRow(4, fieldLabel("Covariance", covariance), covariance);
        grid.addRow(5, fieldLabel("Start", start), start);
        VBox box = new VBox(title, grid);
        box.getStyleClass().add(Styles.MODEL_PANEL);
        return box;
    }

    private static Node playerPanel(EmPlayerViewModel em) {
        Button step = button("emStep", "Step", em::step);
        Button play = button("emPlay", "Play", em::togglePlay);
        play.textProperty().bind(Bindings.when(em.playingProperty()).then("Pause").otherwise("Play"));
        Button reset = button("emReset", "Reset", em::reset);
        Button fit = button("emFit", "Fit to convergence", em::fitToConvergence);
        FlowPane buttons = new FlowPane(step, play, reset, fit);
        buttons.getStyleClass().add(Styles.EM_BUTTONS);

        Slider speed = new Slider(EmPlayerViewModel.MIN_RATE, EmPlayerViewModel.MAX_RATE, em.stepsPerSecondProperty().get());
        speed.setId("emSpeed");
        speed.setMajorTickUnit(2);
        speed.setShowTickLabels(true);
        speed.valueProperty().bindBidirectional(em.stepsPerSecondProperty());
        Label speedLabel = new Label();
        speedLabel.setLabelFor(speed);
        speedLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Play speed: %.1f iterations per second", em.stepsPerSecondProperty().get()), em.stepsPerSecondProperty()));

        Label message = new Label();
        message.setId("emMessage");
        message.setWrapText(true);
        message.textProperty().bind(em.messageProperty());
        message.visibleProperty().bind(em.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        em.errorProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove(Styles.ERROR);
            if (is) {
                message.getStyleClass().add(Styles.ERROR);
            }
        });
        VBox box = new VBox(title("EM, one iteration at a time"), buttons, speedLabel, speed, message);
        box.getStyleClass().add(Styles.MODEL_PANEL);
        return box;
    }

    private Node fitPanel(EmPlayerViewModel em) {
        Label progress = new Label();
        progress.setId("emProgress");
        progress.getStyleClass().add(Styles.EM_PROGRESS);
        progress.textProperty().bind(Bindings.createStringBinding(() -> progressText(em.frameProperty().get()),
                em.frameProperty()));
        Label criteria = new Label();
        criteria.setId("emCriteria");
        criteria.textProperty().bind(Bindings.createStringBinding(() -> criteriaText(em.frameProperty().get()),
                em.frameProperty()));
        VBox box = new VBox(title("Average log-likelihood per iteration"), chart, progress, criteria);
        box.getStyleClass().add(Styles.MODEL_PANEL);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    static String progressText(EmFrame f) {
        if (f == null) {
            return "Drawing the data…";
        }
        if (f.iteration() == 0) {
            return "Iteration 0: press Step or Play";
        }
        String status = f.converged() ? " · converged" : f.exhausted() ? " · stopped at the iteration limit" : "";
        return String.format(Locale.ROOT, "Iteration %d: %.4f%s", f.iteration(), f.logLikelihood(f.iteration()), status);
    }

    static String criteriaText(EmFrame f) {
        if (f == null) {
            return "";
        }
        return String.format(Locale.ROOT, "BIC %.1f · AIC %.1f (lower is better)", f.bic(), f.aic());
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.CONTROL_TITLE);
        return title;
    }

    private static TextField numberField(String id, String initial, java.util.function.Consumer<String> commit) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.setPrefColumnCount(7);
        field.setOnAction(e -> commit.accept(field.getText()));
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.accept(field.getText());
            }
        });
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label fieldLabel(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    public MixturePlot plot() {
        return plot;
    }

    public LogLikelihoodChart chart() {
        return chart;
    }
}
