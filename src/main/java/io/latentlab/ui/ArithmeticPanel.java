package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The Explore tab's Arithmetic panel: three slots A, B, C (#slotA, #slotB, #slotC), each the
 * average of pictures clicked in the grid (framed in the slot's colour) or of a whole class of
 * test images; on the right, A − B + C decoded with its seeded neighbours (Radford et al. 2016),
 * the analogy grid spanned by A, B and C (White 2016), or an attribute vector applied at a
 * chosen strength.
 */
final class ArithmeticPanel extends BorderPane implements ExplorePanel {

    static final String TITLE = "Arithmetic";
    private static final String[] SLOT_STYLE = {"slot-a", "slot-b", "slot-c"};

    private final ArithmeticViewModel arithmetic;
    private final ImageTiles grid = new ImageTiles();
    private final ImageTiles[] slotImages = new ImageTiles[3];
    private final ImageTiles[] sumImages = new ImageTiles[3];
    private final Label[] slotOrigins = new Label[3];
    @SuppressWarnings("unchecked")
    private final ComboBox<String>[] slotClasses = new ComboBox[3];
    private final ImageTiles result = new ImageTiles();
    private final ComboBox<String> decodeClass = new ComboBox<>();
    private final Label decodeTitle = new Label("Decode as class");
    private final Label sumNote = new Label();

    ArithmeticPanel(ExploreViewModel explore) {
        setId("exploreArithmetic");
        arithmetic = new ArithmeticViewModel(explore);

        ToggleGroup pickInto = new ToggleGroup();
        HBox slotButtons = new HBox(4);
        for (int s = 0; s < 3; s++) {
            int slot = s;
            ToggleButton button = new ToggleButton(ArithmeticViewModel.SLOT_NAMES[s]);
            button.setId("slot" + ArithmeticViewModel.SLOT_NAMES[s]);
            button.getStyleClass().add(SLOT_STYLE[s]);
            button.setToggleGroup(pickInto);
            button.setSelected(s == 0);
            button.setOnAction(e -> {
                arithmetic.activeSlotProperty().set(slot);
                button.setSelected(true);
            });
            slotButtons.getChildren().add(button);
        }
        arithmetic.activeSlotProperty().addListener((o, was, now) -> pickInto.selectToggle(pickInto.getToggles().get(now.intValue())));
        Button clear = new Button("Clear slot");
        clear.setId("clearSlot");
        clear.setOnAction(e -> arithmetic.clear(arithmetic.activeSlotProperty().get()));
        ComboBox<String> pictures = new ComboBox<>(FXCollections.observableArrayList("Test images", "Samples"));
        pictures.setId("arithmeticPictures");
        pictures.getSelectionModel().select(arithmetic.testImagesProperty().get() ? 0 : 1);
        pictures.setOnAction(e -> arithmetic.testImagesProperty().set(pictures.getSelectionModel().getSelectedIndex() == 0));
        arithmetic.testImagesProperty().addListener((o, was, now) -> pictures.getSelectionModel().select(now ? 0 : 1));
        Button other = new Button("Other pictures");
        other.setId("newArithmeticGrid");
        other.setOnAction(e -> arithmetic.newGrid());
        decodeClass.setId("arithmeticClass");
        decodeClass.setOnAction(e -> {
            int chosen = decodeClass.getSelectionModel().getSelectedIndex();
            if (chosen >= 0) {
                arithmetic.decodeLabelProperty().set(chosen);
            }
        });
        FlowPane controls = new FlowPane(new Label("Click pictures into"), slotButtons, clear, pictures, other, decodeTitle, decodeClass);
        controls.getStyleClass().add("explore-controls");

        grid.setId("arithmeticGrid");
        grid.setPrefWidth(360);
        grid.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> arithmetic.toggle(grid.tileAt(e.getX(), e.getY())));
        HBox cards = new HBox(10);
        for (int s = 0; s < 3; s++) {
            cards.getChildren().add(slotCard(s));
            sumImages[s] = fixedTiles("sum" + ArithmeticViewModel.SLOT_NAMES[s] + "Image", 120);
        }
        VBox left = new VBox(8, grid, cards);
        left.getStyleClass().add("explore-panel");
        left.setMaxWidth(400);

        VBox right = new VBox(8);
        right.getStyleClass().add("explore-panel");
        ToggleGroup views = new ToggleGroup();
        HBox viewButtons = new HBox(4);
        Node sum = sumView();
        Node analogyView = new AnalogyPane(arithmetic);
        Node attribute = new AttributePane(arithmetic);
        Map<ArithmeticViewModel.View, Node> byView = Map.of(ArithmeticViewModel.View.SUM, sum,
                ArithmeticViewModel.View.ANALOGY, analogyView, ArithmeticViewModel.View.ATTRIBUTE, attribute);
        String[] ids = {"showSum", "showAnalogy", "showAttribute"};
        for (ArithmeticViewModel.View v : ArithmeticViewModel.View.values()) {
            ToggleButton button = new ToggleButton(v.label);
            button.setId(ids[v.ordinal()]);
            button.setToggleGroup(views);
            button.setSelected(v == arithmetic.viewProperty().get());
            button.setOnAction(e -> {
                arithmetic.viewProperty().set(v);
                button.setSelected(true);
            });
            viewButtons.getChildren().add(button);
        }
        right.getChildren().addAll(viewButtons, byView.get(arithmetic.viewProperty().get()));
        arithmetic.viewProperty().addListener((o, was, now) -> {
            right.getChildren().set(1, byView.get(now));
            views.getToggles().get(now.ordinal()).setSelected(true); // e.g. a lesson's view
        });

        VBox top = new VBox(controls);
        top.getStyleClass().add("explore-panel");
        setTop(top);
        setLeft(left);
        setCenter(right);

        arithmetic.modelProperty().addListener((o, was, now) -> showModel());
        arithmetic.imagesProperty().addListener((o, was, now) -> showModel());
        arithmetic.gridProperty().addListener((o, was, now) -> showGrid());
        for (int s = 0; s < 3; s++) {
            arithmetic.slotProperty(s).addListener((o, was, now) -> showGrid());
        }
        arithmetic.picturesProperty().addListener((o, was, now) -> showPictures());
        showModel();
        showGrid();
        showPictures();
    }

    @Override
    public ExploredImages shown() {
        return arithmetic.shown();
    }

    ArithmeticViewModel viewModel() {
        return arithmetic;
    }

    private Node slotCard(int s) {
        String name = ArithmeticViewModel.SLOT_NAMES[s];
        Label title = new Label(name);
        title.getStyleClass().addAll("explore-sign", SLOT_STYLE[s]);
        ComboBox<String> byClass = new ComboBox<>();
        byClass.setId("slot" + name + "Class");
        byClass.setPromptText("class…");
        byClass.setOnAction(e -> {
            int chosen = byClass.getSelectionModel().getSelectedIndex();
            if (chosen >= 0) {
                arithmetic.fillWithClass(s, chosen);
            }
        });
        slotClasses[s] = byClass;
        slotImages[s] = fixedTiles("slot" + name + "Image", 90);
        slotOrigins[s] = new Label("empty");
        slotOrigins[s].setId("slot" + name + "Origin");
        slotOrigins[s].setWrapText(true);
        slotOrigins[s].setMaxWidth(115);
        VBox card = new VBox(4, title, byClass, slotImages[s], slotOrigins[s]);
        card.setAlignment(Pos.TOP_CENTER);
        card.setPrefWidth(118);
        return card;
    }

    private static ImageTiles fixedTiles(String id, double side) {
        ImageTiles tiles = new ImageTiles();
        tiles.setId(id);
        tiles.setPrefSize(side, side);
        tiles.setMinSize(side, side);
        tiles.setMaxSize(side, side);
        return tiles;
    }

    private Node sumView() {
        result.setId("arithmeticResult");
        result.setPrefWidth(360);
        result.setMaxSize(360, 360);
        // beside a lesson pane the panel is narrow: the pictures shrink (to twice the image size at least) so the result stays in view
        result.setMinWidth(112);
        for (ImageTiles slot : sumImages) {
            slot.setMinSize(56, 56);
            slot.setPrefHeight(USE_COMPUTED_SIZE); // as tall as its width draws it, so it stays centred on the row
        }
        HBox equation = new HBox(10, sumImages[0], sign("−"), sumImages[1], sign("+"), sumImages[2], sign("="), result);
        equation.setAlignment(Pos.CENTER_LEFT);
        equation.setFillHeight(false); // the result as tall as its width allows, centred on the row
        sumNote.setWrapText(true);
        return new VBox(8, equation, sumNote);
    }

    private static Label sign(String text) {
        Label sign = new Label(text);
        sign.getStyleClass().add("explore-sign");
        return sign;
    }

    private void showModel() {
        LatentModel model = arithmetic.model();
        boolean conditional = model != null && model.conditional();
        decodeTitle.setVisible(conditional);
        decodeTitle.setManaged(conditional);
        decodeClass.setVisible(conditional);
        decodeClass.setManaged(conditional);
        java.util.List<String> names = IntStream.range(0, arithmetic.classCount()).mapToObj(arithmetic::className).toList();
        if (conditional) {
            decodeClass.setItems(FXCollections.observableArrayList(names));
            decodeClass.getSelectionModel().select(arithmetic.decodeLabelProperty().get());
        }
        boolean byClass = model != null && model.encodes();
        for (ComboBox<String> box : slotClasses) {
            box.setItems(FXCollections.observableArrayList(names));
            box.setDisable(!byClass || names.isEmpty());
        }
    }

    private void showGrid() {
        PickGrid picks = arithmetic.gridProperty().get();
        LatentModel model = arithmetic.model();
        if (picks == null || model == null) {
            grid.show(null, 0, 28, 28, ArithmeticViewModel.ACROSS);
        } else {
            grid.show(picks.pixels(), picks.count(), model.rows(), model.cols(), ArithmeticViewModel.ACROSS);
        }
        Map<Integer, Integer> marks = new HashMap<>();
        for (int s = 0; s < 3; s++) {
            LatentGroup group = arithmetic.slotProperty(s).get();
            slotOrigins[s].setText(group == null ? "empty" : group.origin());
            if (group == null || group.grid() != null) {
                slotClasses[s].getSelectionModel().clearSelection();
            }
            if (group != null && picks != null && picks.sameTiles(group.grid())) {
                for (int tile : group.tiles()) {
                    marks.put(tile, ArithmeticViewModel.SLOT_ARGB[s]);
                }
            }
        }
        grid.setMarks(marks);
    }

    private void showPictures() {
        ArithmeticPictures now = arithmetic.picturesProperty().get();
        LatentModel model = arithmetic.model();
        if (model == null) {
            return;
        }
        int rows = model.rows();
        int cols = model.cols();
        for (int s = 0; s < 3; s++) {
            float[] image = now == null ? null : now.slotImages()[s];
            slotImages[s].show(image, 1, rows, cols, 1);
            sumImages[s].show(image, 1, rows, cols, 1);
        }
        result.show(now == null ? null : now.neighbourhood(), 9, rows, cols, 3);
        sumNote.setText(now != null && now.neighbourhood() != null
                ? "The result, mean(A) − mean(B) + mean(C), in the middle; around it the result plus small seeded noise (σ = "
                        + ArithmeticViewModel.NEIGHBOUR_SIGMA + ")."
                : "Fill A, B and C: click pictures into the chosen slot, or choose a class for a slot.");
    }
}
