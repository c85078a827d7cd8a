package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Explore tab's Interpolation panel: two strips between the same endpoints A and B, linear
 * (lerp) above spherical (slerp), and under them the norm of each step against the prior's radius
 * √d. Endpoints are seeded draws (New A, New B), or picked from a grid of samples or test images
 * (click for A, then B; shift-click for B), framed blue (A) and vermillion (B). A conditional
 * model has a class per endpoint; different classes mix along the strip.
 */
final class InterpolationPanel extends BorderPane implements ExplorePanel {

    static final String TITLE = "Interpolation";
    static final int A_ARGB = 0xFF0072B2;
    static final int B_ARGB = 0xFFD55E00;

    private final InterpolationViewModel strips;
    private final ImageTiles lerpStrip = new ImageTiles();
    private final ImageTiles slerpStrip = new ImageTiles();
    private final ImageTiles grid = new ImageTiles();
    private final LatentNormChart norms = new LatentNormChart();
    private final Label endpoints = new Label();
    private final ComboBox<String> labelA = new ComboBox<>();
    private final ComboBox<String> labelB = new ComboBox<>();
    private final Label classesTitle = new Label("Classes: A");
    private final Label toB = new Label("B");
    private final Label gridTitle = new Label();
    private final VBox gridBox;

    InterpolationPanel(ExploreViewModel explore) {
        setId("exploreInterpolation");
        strips = new InterpolationViewModel(explore);

        ComboBox<EndpointSource> source = new ComboBox<>(FXCollections.observableArrayList(EndpointSource.values()));
        source.setId("endpointSource");
        source.valueProperty().bindBidirectional(strips.sourceProperty());
        Button newA = new Button("New A");
        newA.setId("newEndpointA");
        newA.setOnAction(e -> strips.newA());
        newA.setTooltip(new Tooltip("A becomes a new seeded draw of the prior N(0, I)"));
        Button newB = new Button("New B");
        newB.setId("newEndpointB");
        newB.setOnAction(e -> strips.newB());
        Button swap = new Button("Swap A ↔ B");
        swap.setId("swapEndpoints");
        swap.setOnAction(e -> strips.swap());
        Spinner<Integer> steps = new Spinner<>(2, 32, InterpolationViewModel.DEFAULT_STEPS);
        steps.setId("interpolationSteps");
        steps.setEditable(true);
        steps.setPrefWidth(90);
        steps.valueProperty().addListener((o, was, now) -> strips.stepsProperty().set(now));
        strips.stepsProperty().addListener((o, was, now) -> steps.getValueFactory().setValue(now.intValue())); // e.g. a lesson's
        labelA.setId("labelA");
        labelB.setId("labelB");
        labelA.setOnAction(e -> choose(labelA, strips.labelAProperty()));
        labelB.setOnAction(e -> choose(labelB, strips.labelBProperty()));
        strips.labelAProperty().addListener((o, was, now) -> labelA.getSelectionModel().select(now.intValue()));
        strips.labelBProperty().addListener((o, was, now) -> labelB.getSelectionModel().select(now.intValue()));
        FlowPane controls = new FlowPane(new Label("Endpoints"), source, newA, newB, swap, new Label("Steps"), steps,
                classesTitle, labelA, toB, labelB);
        controls.getStyleClass().add("explore-controls");
        endpoints.setId("endpointInfo");
        endpoints.setWrapText(true);

        lerpStrip.setId("lerpStrip");
        slerpStrip.setId("slerpStrip");
        Label lerpTitle = new Label("Linear (lerp): the straight segment from A to B");
        lerpTitle.getStyleClass().addAll("strip-title", "lerp");
        Label slerpTitle = new Label("Spherical (slerp): the great circle from A to B");
        slerpTitle.getStyleClass().addAll("strip-title", "slerp");
        VBox centre = new VBox(6, lerpTitle, lerpStrip, slerpTitle, slerpStrip, norms);
        VBox.setVgrow(norms, javafx.scene.layout.Priority.ALWAYS);
        centre.getStyleClass().add("explore-panel");

        grid.setId("endpointGrid");
        grid.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> strips.pick(grid.tileAt(e.getX(), e.getY()), e.isShiftDown()));
        Button other = new Button("Other pictures");
        other.setId("newPickGrid");
        other.setOnAction(e -> strips.newGrid());
        gridTitle.setWrapText(true);
        gridTitle.getStyleClass().add("control-title");
        gridBox = new VBox(6, gridTitle, grid, other);
        gridBox.getStyleClass().add("explore-panel");
        gridBox.setPrefWidth(300);
        gridBox.setMaxWidth(300);

        VBox top = new VBox(4, controls, endpoints);
        top.getStyleClass().add("explore-panel");
        setTop(top);
        setCenter(centre);

        strips.modelProperty().addListener((o, was, now) -> showModel(now));
        strips.aProperty().addListener((o, was, now) -> showEndpoints());
        strips.bProperty().addListener((o, was, now) -> showEndpoints());
        strips.labelAProperty().addListener((o, was, now) -> showEndpoints());
        strips.labelBProperty().addListener((o, was, now) -> showEndpoints());
        strips.gridProperty().addListener((o, was, now) -> showGrid());
        strips.sourceProperty().addListener((o, was, now) -> showGrid());
        strips.stripsProperty().addListener((o, was, now) -> showStrips());
        showModel(strips.model());
        showEndpoints();
        showGrid();
        showStrips();
    }

    @Override
    public ExploredImages shown() {
        return strips.shown();
    }

    InterpolationViewModel viewModel() {
        return strips;
    }

    private void showModel(LatentModel model) {
        boolean conditional = model != null && model.conditional();
        for (javafx.scene.Node n : new javafx.scene.Node[] {classesTitle, labelA, toB, labelB}) {
            n.setVisible(conditional);
            n.setManaged(conditional);
        }
        if (conditional) {
            labelA.setItems(FXCollections.observableArrayList(model.classNames()));
            labelB.setItems(FXCollections.observableArrayList(model.classNames()));
            labelA.getSelectionModel().select(strips.labelAProperty().get());
            labelB.getSelectionModel().select(strips.labelBProperty().get());
        }
    }

    private static void choose(ComboBox<String> box, javafx.beans.property.IntegerProperty label) {
        int chosen = box.getSelectionModel().getSelectedIndex();
        if (chosen >= 0) {
            label.set(chosen);
        }
    }

    private void showEndpoints() {
        LatentEndpoint a = strips.aProperty().get();
        LatentEndpoint b = strips.bProperty().get();
        LatentModel model = strips.model();
        String classes = "";
        if (model != null && model.conditional()) {
            int la = strips.labelAProperty().get();
            int lb = strips.labelBProperty().get();
            classes = la == lb ? "    every picture as class " + model.classNames().get(la)
                    : "    the class input mixes linearly from " + model.classNames().get(la) + " to " + model.classNames().get(lb);
        }
        endpoints.setText(a == null || b == null ? "" : "A: " + a.origin() + "    B: " + b.origin() + classes);
        showGrid();
    }

    private void showGrid() {
        boolean picking = strips.sourceProperty().get() != EndpointSource.DRAWS;
        setRight(picking ? gridBox : null);
        PickGrid picks = strips.gridProperty().get();
        LatentModel model = strips.model();
        if (!picking || picks == null || model == null) {
            grid.show(null, 0, 28, 28, 4);
            gridTitle.setText(picking ? "Loading pictures…" : "");
            return;
        }
        grid.show(picks.pixels(), picks.count(), model.rows(), model.cols(), 4);
        gridTitle.setText("Click a picture for A, then one for B (shift-click: B)");
        Map<Integer, Integer> marks = new java.util.HashMap<>();
        LatentEndpoint a = strips.aProperty().get();
        LatentEndpoint b = strips.bProperty().get();
        IntStream.range(0, picks.count()).forEach(k -> {
            if (b != null && b.origin().equals(picks.origin(k))) {
                marks.put(k, B_ARGB);
            }
            if (a != null && a.origin().equals(picks.origin(k))) {
                marks.put(k, A_ARGB);
            }
        });
        grid.setMarks(marks);
    }

    private void showStrips() {
        StripPair now = strips.stripsProperty().get();
        LatentModel model = strips.model();
        if (now == null || model == null) {
            return;
        }
        int k = now.lerp().steps();
        lerpStrip.show(now.lerp().pixels(), k, model.rows(), model.cols(), k);
        slerpStrip.show(now.slerp().pixels(), k, model.rows(), model.cols(), k);
        norms.show(now.lerp(), now.slerp(), model.priorRadius());
    }
}
