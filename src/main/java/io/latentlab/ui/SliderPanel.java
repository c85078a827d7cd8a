package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentMarginals;
import io.latentlab.explore.LatentModel;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Explore tab's Sliders panel: a slider per latent dimension (or per principal direction),
 * each over the data's density along it, decoding live into a large picture; Randomise, Reset,
 * locks, the class of a conditional model with the same z under every class, and a strip of test
 * images to set the sliders from (models with an encoder).
 */
final class SliderPanel extends BorderPane implements ExplorePanel {

    static final String TITLE = "Sliders";
    /** Test images in the strip to pick from. */
    static final int STRIP = 10;

    private final SliderViewModel sliders;
    private final ExploreViewModel explore;
    private final VBox column = new VBox();
    private final List<LatentSliderRow> rows = new ArrayList<>();
    private final ImageTiles image = new ImageTiles();
    private final ClassRow classRow = new ClassRow();
    private final ComboBox<String> label = new ComboBox<>();
    private final ToggleButton principal = new ToggleButton("Principal directions");
    private final Spinner<Integer> index = new Spinner<>(0, 9_999, 0);
    private final ImageTiles strip = new ImageTiles();
    private final HBox labelBox;
    private final VBox encodeBox;
    private LatentModel shownModel;

    SliderPanel(ExploreViewModel explore) {
        this.explore = explore;
        this.sliders = new SliderViewModel(explore);
        setId("exploreSliders");
        getStyleClass().add("slider-panel");
        Runnable countFrame = () -> sliders.latency().pulse();
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(countFrame);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(countFrame); // before any picture's one-shot listener: frames counted first
            }
        });

        Button randomise = new Button("Randomise");
        randomise.setId("randomiseLatents");
        randomise.setTooltip(new Tooltip("A new draw of N(0, I) for every unlocked slider"));
        randomise.setOnAction(e -> sliders.randomise());
        Button reset = new Button("Reset to zero");
        reset.setId("resetLatents");
        reset.setOnAction(e -> sliders.reset());
        principal.setId("principalDirections");
        principal.setTooltip(new Tooltip("Move along the directions in which the latent vectors vary most (PCA; for a GAN, GANSpace)"));
        principal.setOnAction(e -> sliders.setPrincipal(principal.isSelected()));
        label.setId("latentLabel");
        label.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                sliders.labelProperty().set(now.intValue());
            }
        });
        sliders.labelProperty().addListener((o, was, now) -> label.getSelectionModel().select(now.intValue()));
        labelBox = new HBox(8, new Label("Class"), label);
        labelBox.setAlignment(Pos.CENTER_LEFT);
        Label latency = new Label();
        latency.setId("sliderLatency");
        latency.getStyleClass().add("slider-latency");
        latency.textProperty().bind(sliders.latencyTextProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, randomise, reset, principal, labelBox, grow, latency);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        column.setId("latentSliders");
        column.setSpacing(2);
        column.setPadding(new Insets(4, 12, 4, 8));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, Priority.ALWAYS);

        image.setId("sliderImage");
        image.setPrefSize(29 * 12, 29 * 12);
        image.setMinSize(29 * 8, 29 * 8);
        image.setMaxSize(29 * 12, 29 * 12);
        index.setId("encodeIndex");
        index.setEditable(true);
        index.setPrefWidth(110);
        index.valueProperty().addListener((o, was, now) -> showStrip());
        Button encode = new Button("Set from test image");
        encode.setId("encodeImage");
        encode.setTooltip(new Tooltip("Set the sliders to this test image's latent mean μ; or click an image below"));
        encode.setOnAction(e -> encode(index.getValue()));
        strip.setId("encodeStrip");
        strip.setPrefWidth(STRIP * 29 * 2);
        strip.setOnMouseClicked(e -> {
            int tile = strip.tileAt(e.getX(), e.getY());
            if (tile >= 0) {
                encode(index.getValue() + tile);
            }
        });
        HBox encodeBar = new HBox(8, new Label("Test image"), index, encode);
        encodeBar.setAlignment(Pos.CENTER_LEFT);
        encodeBox = new VBox(6, encodeBar, strip);
        VBox side = new VBox(12, image, classRow, encodeBox);
        side.setPadding(new Insets(8, 12, 8, 12));
        side.setAlignment(Pos.TOP_CENTER);
        side.setPrefWidth(STRIP * 29 * 2 + 30);
        side.setMinWidth(Region.USE_PREF_SIZE);

        setTop(bar);
        setCenter(new HBox(scroll, side));
        sliders.setupProperty().addListener((o, was, now) -> setUp(now));
        sliders.pictureProperty().addListener((o, was, now) -> show(now));
        sliders.classRowProperty().addListener((o, was, row) -> {
            LatentModel model = explore.model();
            if (row != null && model != null) {
                classRow.show(row, model.rows(), model.cols(), model.classNames());
            }
        });
        explore.imagesProperty().addListener((o, was, now) -> showStrip());
        setUp(sliders.setupProperty().get());
        showStrip();
    }

    @Override
    public ExploredImages shown() {
        return sliders.shown();
    }

    /** The panel's state, for tests. */
    SliderViewModel sliders() {
        return sliders;
    }

    List<LatentSliderRow> rows() {
        return rows;
    }

    ClassRow classRow() {
        return classRow;
    }

    private void encode(int i) {
        sliders.encode(i);
        int tile = i - index.getValue();
        strip.setMarks(tile >= 0 && tile < STRIP ? Map.of(tile, 0xFFE69F00) : Map.of());
    }

    private void setUp(SliderSetup setup) {
        if (setup == null) {
            column.getChildren().clear();
            rows.clear();
            return;
        }
        LatentModel model = setup.model();
        if (model != shownModel) {
            shownModel = model;
            rows.clear();
            for (int k = 0; k < model.latentSize(); k++) {
                rows.add(new LatentSliderRow(k, sliders.value(k), sliders.lock(k)));
            }
            column.getChildren().setAll(rows);
            label.getItems().setAll(model.classNames());
            label.getSelectionModel().select(sliders.labelProperty().get());
            labelBox.setVisible(model.conditional());
            labelBox.setManaged(model.conditional());
            classRow.setVisible(model.conditional());
            classRow.setManaged(model.conditional());
            encodeBox.setVisible(model.encodes());
            encodeBox.setManaged(model.encodes());
            showStrip();
        }
        principal.setDisable(setup.axes() == null);
        principal.setSelected(setup.principal());
        LatentMarginals marginals = setup.marginals();
        boolean prior = !setup.principal() || !marginals.hasDensity();
        for (int k = 0; k < rows.size(); k++) {
            rows.get(k).setAxis(setup.name(k), marginals.low()[k], marginals.high()[k],
                    marginals.hasDensity() ? marginals.density()[k] : null, prior, setup.principal());
        }
    }

    private void show(SliderPicture p) {
        if (p == null) {
            return;
        }
        LatentModel model = p.model();
        image.show(p.pixels(), 1, model.rows(), model.cols(), 1);
        Scene scene = getScene();
        if (scene == null) {
            sliders.onScreen(p);
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                sliders.onScreen(p);
            }
        });
        Platform.requestNextPulse();
    }

    private void showStrip() {
        io.latentlab.data.ImageSet images = explore.imagesProperty().get();
        LatentModel model = explore.model();
        if (images == null || model == null || !model.encodes() || images.rows() != model.rows() || images.cols() != model.cols()) {
            strip.show(null, 0, 28, 28, STRIP);
            return;
        }
        int first = Math.max(0, Math.min(images.count() - STRIP, index.getValue()));
        int pixels = images.rows() * images.cols();
        strip.show(java.util.Arrays.copyOfRange(images.pixelsView(), first * pixels, (first + STRIP) * pixels),
                STRIP, images.rows(), images.cols(), STRIP);
        strip.setMarks(Map.of());
    }
}
