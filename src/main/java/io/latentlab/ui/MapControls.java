package io.latentlab.ui;

import io.latentlab.explore.LatentModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The Map panel's settings: which plane (#mapDirections; two dimensions #mapAxisX and #mapAxisY,
 * or new random directions #mapRedraw), through the origin, a random draw or a test image
 * (#mapThrough, #mapThroughImage), how far it reaches (#mapExtent), how many pictures a side (#mapGridSize) and,
 * for a conditional model, the class every picture is decoded as (#mapClass).
 */
final class MapControls extends FlowPane {

    static final List<Integer> GRID_SIDES = List.of(10, 15, 20);
    private static final String ORIGIN = "the origin";
    private static final String DRAW = "a random draw";
    private static final String TEST_IMAGE = "test image";

    private final LatentMapViewModel map;
    private final ExploreViewModel explore;
    private final ComboBox<MapDirections> directions = new ComboBox<>();
    private final ComboBox<Integer> axisX = new ComboBox<>();
    private final ComboBox<Integer> axisY = new ComboBox<>();
    private final Button redraw = new Button("New directions");
    private final ComboBox<String> through = new ComboBox<>();
    private final Spinner<Integer> throughImage = new Spinner<>(0, 9_999, 0);
    private final ComboBox<String> classPicker = new ComboBox<>();
    private final HBox classBox;

    MapControls(LatentMapViewModel map, ExploreViewModel explore) {
        super(18, 6);
        this.map = map;
        this.explore = explore;
        setPadding(new Insets(8, 8, 0, 8));
        setAlignment(Pos.CENTER_LEFT);
        directions.setId("mapDirections");
        axisX.setId("mapAxisX");
        axisY.setId("mapAxisY");
        redraw.setId("mapRedraw");
        through.setId("mapThrough");
        throughImage.setId("mapThroughImage");
        classPicker.setId("mapClass");
        javafx.util.StringConverter<Integer> zName = new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null ? "" : "z" + LatentMapViewModel.subscript(i + 1);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        };
        axisX.setConverter(zName);
        axisY.setConverter(zName);
        through.getItems().setAll(ORIGIN, DRAW);
        throughImage.setEditable(true);
        throughImage.setPrefWidth(110);

        Spinner<Double> extent = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 10, map.extentProperty().get(), 0.5));
        extent.setId("mapExtent");
        extent.setEditable(true);
        extent.setPrefWidth(100);
        extent.valueProperty().addListener((o, was, now) -> map.extentProperty().set(now));
        ComboBox<Integer> side = new ComboBox<>();
        side.setId("mapGridSize");
        side.getItems().setAll(GRID_SIDES);
        side.setValue(map.sideProperty().get());
        side.setOnAction(e -> map.sideProperty().set(side.getValue()));
        map.extentProperty().addListener((o, was, now) -> extent.getValueFactory().setValue(now.doubleValue())); // e.g. a lesson's
        map.sideProperty().addListener((o, was, now) -> side.setValue(now.intValue()));

        directions.setOnAction(e -> {
            if (directions.getValue() != null) {
                map.directionsProperty().set(directions.getValue());
            }
        });
        axisX.setOnAction(e -> setAxis(map.axisXProperty(), axisX.getValue()));
        axisY.setOnAction(e -> setAxis(map.axisYProperty(), axisY.getValue()));
        redraw.setOnAction(e -> map.redraw());
        through.setOnAction(e -> throughChanged());
        throughImage.valueProperty().addListener((o, was, now) -> throughChanged());
        classPicker.setOnAction(e -> map.labelProperty().set(Math.max(0, classPicker.getSelectionModel().getSelectedIndex())));

        classBox = labelled("Class", classPicker);
        getChildren().addAll(labelled("Plane", directions), labelled("x", axisX), labelled("y", axisY), redraw,
                labelled("Through", through, throughImage), labelled("Extent ±", extent), labelled("Grid", side), classBox);
        map.directionsProperty().addListener((o, was, now) -> showSettings());
        map.axisXProperty().addListener((o, was, now) -> showSettings());
        map.axisYProperty().addListener((o, was, now) -> showSettings());
        map.throughImageProperty().addListener((o, was, now) -> showSettings());
        explore.modelProperty().addListener((o, was, now) -> modelChanged(now));
        explore.encodedProperty().addListener((o, was, now) -> showSettings());
        modelChanged(explore.model());
    }

    private void setAxis(javafx.beans.property.IntegerProperty axis, Integer value) {
        if (value != null) {
            axis.set(value);
        }
    }

    private void throughChanged() {
        if (through.getValue() != null) {
            map.throughImageProperty().set(TEST_IMAGE.equals(through.getValue()) ? throughImage.getValue()
                    : DRAW.equals(through.getValue()) ? LatentMapViewModel.THROUGH_DRAW : LatentMapViewModel.THROUGH_ORIGIN);
        }
    }

    private void modelChanged(LatentModel model) {
        int d = model == null ? 2 : model.latentSize();
        List<Integer> dims = IntStream.range(0, d).boxed().toList();
        axisX.getItems().setAll(dims);
        axisY.getItems().setAll(dims);
        directions.getItems().setAll(model != null && model.encodes() ? List.of(MapDirections.values())
                : List.of(MapDirections.DIMENSIONS, MapDirections.RANDOM));
        boolean conditional = model != null && model.conditional();
        classPicker.getItems().setAll(conditional ? model.classNames() : List.of());
        classPicker.getSelectionModel().select(conditional ? 0 : -1);
        classBox.setVisible(conditional);
        classBox.setManaged(conditional);
        through.getItems().setAll(model != null && model.encodes() ? List.of(ORIGIN, DRAW, TEST_IMAGE) : List.of(ORIGIN, DRAW));
        showSettings();
    }

    /** Shows the view model's settings, and enables what makes sense for them. */
    private void showSettings() {
        LatentModel model = explore.model();
        directions.setValue(map.directionsProperty().get());
        axisX.setValue(map.axisXProperty().get());
        axisY.setValue(map.axisYProperty().get());
        boolean flat = model == null || model.latentSize() <= 2;
        boolean byDimension = map.directionsProperty().get() == MapDirections.DIMENSIONS;
        axisX.setDisable(flat || !byDimension);
        axisY.setDisable(flat || !byDimension);
        directions.setDisable(flat);
        redraw.setDisable(flat);
        int base = map.throughImageProperty().get();
        through.setValue(base == LatentMapViewModel.THROUGH_ORIGIN ? ORIGIN : base == LatentMapViewModel.THROUGH_DRAW ? DRAW : TEST_IMAGE);
        through.setDisable(flat);
        throughImage.setDisable(flat || explore.encodedProperty().get() == null || base < 0);
    }

    private static HBox labelled(String text, Node... controls) {
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(new Label(text));
        box.getChildren().addAll(controls);
        return box;
    }
}
