package io.latentlab.ui;

import io.latentlab.model.ImageModelKind;
import io.latentlab.train.ImageGridSnapshot;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;

/**
 * The Images workspace: the sample grid (fixed latent vectors, or the manifold map of a 2-D
 * latent) with the scrubber that replays it through time, beside test images and their
 * reconstructions; the chart of the loss terms below; on the right the choices (kind, latent
 * size, data, β, learning rate), Play/Step/Reset, Open/Save model and the status line. Binds to
 * an {@link ImageLabViewModel}; draws, never computes.
 */
public final class ImageLabView extends BorderPane {

    public static final String DEFAULT_STYLE_CLASS = "image-lab";

    /** Tiles in a row of the test images and reconstructions: two pairs. */
    static final int PAIRS_ACROSS = 4;
    /** The least width of the reconstructions and chart column, in pixels. */
    static final double RIGHT_MIN_WIDTH = 340;

    private final ImageTiles samples = new ImageTiles();
    private final ImageTiles pairs = new ImageTiles();
    private final ImageMetricChart chart = new ImageMetricChart();
    private final Slider scrubber = new Slider(0, 0, 0);
    private final ImageLabViewModel lab;
    private SaveTarget saveTarget = SaveTarget.fileChooser();

    public ImageLabView(ImageLabViewModel lab) {
        this.lab = lab;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        samples.setId("sampleGrid");
        pairs.setId("reconstructionPairs");
        Label samplesTitle = new Label();
        samplesTitle.getStyleClass().add(Styles.CONTROL_TITLE);
        samplesTitle.setWrapText(true);
        samplesTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            ImageGridSnapshot g = lab.shownGridProperty().get();
            return g != null && g.manifold() ? "Manifold map of the 2-D latent space over [−3, 3]²"
                    : g != null && g.conditional() ? "A row per class: each column one fixed z ~ N(0, I) under every label"
                    : "64 samples from fixed latent vectors z ~ N(0, I)";
        }, lab.shownGridProperty()));
        scrubber.setId("timeScrubber");
        scrubber.setBlockIncrement(1);
        scrubber.setMajorTickUnit(1);
        scrubber.setMinorTickCount(0);
        scrubber.setSnapToTicks(true);
        scrubber.maxProperty().bind(lab.frameCountProperty());
        lab.frameCountProperty().addListener((o, was, is) -> {
            if (lab.followingProperty().get()) {
                scrubber.setValue(is.doubleValue());
            }
        });
        scrubber.valueProperty().addListener((o, was, is) -> {
            int index = (int) Math.round(is.doubleValue());
            if (index != (int) Math.round(was.doubleValue())) {
                lab.scrubTo(index);
            }
        });
        Label scrubLabel = new Label();
        scrubLabel.setId("scrubLabel");
        scrubLabel.textProperty().bind(lab.scrubTextProperty());
        Label scrubTitle = new Label("Through time:");
        Button animation = new Button("Export animation…");
        animation.setId("imageExportAnimation");
        animation.setTooltip(new javafx.scene.control.Tooltip("Save the kept grids as a looping GIF, one frame each, oldest first"));
        animation.disableProperty().bind(lab.frameCountProperty().isEqualTo(0));
        animation.setOnAction(e -> save("Save the samples through time", "samples-through-time.gif", "Animated GIF", "gif",
                lab.exports()::saveAnimation));
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox scrubRow = new HBox(8, scrubTitle, scrubLabel, spring, animation);
        scrubRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        scrubber.setTooltip(new javafx.scene.control.Tooltip("Drag back to replay how the samples changed; the right end is live"));
        VBox samplesBox = new VBox(6, samplesTitle, scrubRow, scrubber, samples);
        VBox.setVgrow(samples, Priority.ALWAYS);
        Label pairsTitle = new Label("Test images, each beside its reconstruction");
        pairsTitle.getStyleClass().add(Styles.CONTROL_TITLE);
        pairsTitle.setWrapText(true);
        pairsTitle.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            ImageGridSnapshot g = lab.shownGridProperty().get();
            return g == null || g.pairs() > 0;
        }, lab.shownGridProperty()));
        pairsTitle.managedProperty().bind(pairsTitle.visibleProperty());
        pairs.visibleProperty().bind(pairsTitle.visibleProperty()); // a GAN has no encoder: no empty box where reconstructions would be
        pairs.managedProperty().bind(pairsTitle.visibleProperty());
        lab.shownGridProperty().addListener((o, was, grid) -> draw(grid));

        chart.setId("imageLossChart");
        chart.valueAxis().labelProperty().bind(Bindings.createStringBinding(
                () -> lab.kindProperty().get().isGan() ? "loss / D's output" : "nats/image", lab.kindProperty()));
        chart.setPrefHeight(260);
        chart.setMinHeight(180);
        chart.setPrefWidth(420);
        lab.historyProperty().addListener((o, old, history) -> chart.show(history));
        VBox right = new VBox(6, pairsTitle, pairs, chart);
        right.setMinWidth(RIGHT_MIN_WIDTH); // a conditional grid's ten columns and row names must not squeeze it
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox centre = new HBox(12, samplesBox, right);
        HBox.setHgrow(samplesBox, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        centre.setPadding(new Insets(6));
        setCenter(centre);
        ScrollPane side = new ScrollPane(controls());
        side.setFitToWidth(true);
        side.getStyleClass().add(Styles.SIDE_SCROLL);
        side.setPrefWidth(360);
        setRight(side);
    }

    private void draw(ImageGridSnapshot grid) {
        if (grid == null) {
            samples.show(null, 0, 1, 1, 1);
            samples.setRowLabels(java.util.List.of());
            pairs.show(null, 0, 1, 1, 1);
            return;
        }
        samples.setRowLabels(grid.rowLabels());
        samples.show(grid.samples(), grid.count(), grid.rows(), grid.cols(), grid.columns());
        int size = grid.rows() * grid.cols();
        int n = grid.pairs();
        float[] both = new float[2 * n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(grid.originals(), i * size, both, 2 * i * size, size);
            System.arraycopy(grid.reconstructions(), i * size, both, (2 * i + 1) * size, size);
        }
        pairs.show(both, 2 * n, grid.rows(), grid.cols(), PAIRS_ACROSS);
    }

    private VBox controls() {
        ChoicePicker<ImageModelKind> kind = new ChoicePicker<>("imageKindPicker", java.util.List.of(ImageModelKind.values()),
                k -> switch (k) {
                    case VAE -> "VAE (with the KL term)";
                    case AE -> "Autoencoder (no KL term)";
                    case CVAE -> "Conditional VAE (told the class)";
                    case DCGAN -> "DCGAN (convolutional GAN)";
                    case CGAN -> "Conditional GAN (told the class)";
                },
                lab.kindProperty(), lab::chooseKind);
        ChoicePicker<Integer> latent = new ChoicePicker<>("imageLatentPicker", ImageLabViewModel.LATENT_SIZES,
                n -> n + " latent dimensions" + (n == 2 ? " (manifold map)" : ""), lab.latentSizeProperty(),
                lab::chooseLatentSize);
        ChoicePicker<ImageDataChoice> data = new ChoicePicker<>("imageDataPicker", lab.dataChoices(),
                ImageDataChoice::title, lab.dataProperty(), lab::chooseData);
        lab.dataChoices().addListener((javafx.collections.ListChangeListener<ImageDataChoice>) change -> {
            data.getItems().setAll(lab.dataChoices());
            data.setValue(lab.dataProperty().get());
        });
        Label dataNote = new Label();
        dataNote.setId("imageDataNote");
        dataNote.textProperty().bind(Bindings.createStringBinding(() -> lab.dataProperty().get().note(),
                lab.dataProperty()));
        dataNote.setWrapText(true);

        BetaSlider beta = new BetaSlider(lab.betaProperty(), lab::setBeta);
        beta.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !lab.kindProperty().get().hasBeta(), lab.kindProperty()));

        LearningRateControl lr = new LearningRateControl("Learning rate (Adam)", "learning rate",
                lab.learningRateProperty(), lab::setLearningRate, lab::showError);
        lr.field().setId("imageLr");
        lr.slider().setId("imageLrSlider");

        Button play = new Button();
        play.setId("imagePlayButton");
        play.textProperty().bind(Bindings.when(lab.runningProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> lab.togglePlay());
        Button step = new Button("Step");
        step.setId("imageStepButton");
        step.setOnAction(e -> lab.step());
        Button reset = new Button("Reset");
        reset.setId("imageResetButton");
        reset.setOnAction(e -> lab.reset());
        Button open = new Button("Open model…");
        open.setId("imageOpenButton");
        open.setOnAction(e -> chooseFile(false));
        Button save = new Button("Save model…");
        save.setId("imageSaveButton");
        save.setOnAction(e -> chooseFile(true));

        Button metrics = new Button("Save metrics CSV…");
        metrics.setId("imageExportMetrics");
        metrics.setOnAction(e -> save("Save the chart's figures", lab.kindProperty().get().cliName() + "-metrics.csv", "CSV", "csv",
                lab.exports()::saveMetrics));

        Label status = new Label();
        status.setId("imageStatusLabel");
        status.textProperty().bind(lab.statusTextProperty());
        Label terms = new Label();
        terms.setId("imageTermsLabel");
        terms.setWrapText(true);
        terms.textProperty().bind(lab.termsTextProperty());
        Label message = new Label();
        message.setId("imageMessage");
        message.setWrapText(true);
        message.textProperty().bind(lab.messageProperty());
        message.getStyleClass().add(Styles.STATUS_MESSAGE);
        lab.messageIsErrorProperty().addListener((o, was, is) -> {
            message.getStyleClass().remove(Styles.ERROR);
            if (is) {
                message.getStyleClass().add(Styles.ERROR);
            }
        });

        VBox side = new VBox(8,
                PresentationMode.hyperparameter(new VBox(8, title("Model"), kind, latent)),
                title("Data"), data, dataNote,
                new Separator(Orientation.HORIZONTAL),
                PresentationMode.hyperparameter(new VBox(8, beta, lr, new Separator(Orientation.HORIZONTAL))),
                new javafx.scene.layout.FlowPane(8, 8, play, step, reset),
                new javafx.scene.layout.FlowPane(8, 8, open, save, metrics),
                status, terms, message);
        side.getStyleClass().add(Styles.SIDE_PANEL);
        side.setPadding(new Insets(8));
        return side;
    }

    private void chooseFile(boolean saving) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Latent Lab model (*.lab.zip)", "*.lab.zip"));
        io.latentlab.model.PretrainedModels.locate().ifPresent(pretrained -> chooser.setInitialDirectory(pretrained.toFile()));
        File file;
        if (saving) {
            chooser.setTitle("Save the image model");
            chooser.setInitialFileName(lab.kindProperty().get().cliName() + "-" + lab.latentSizeProperty().get()
                    + io.latentlab.model.ModelFile.SUFFIX);
            file = chooser.showSaveDialog(getScene().getWindow());
        } else {
            chooser.setTitle("Open a VAE, autoencoder or conditional VAE model");
            file = chooser.showOpenDialog(getScene().getWindow());
        }
        if (file != null) {
            if (saving) {
                lab.saveModel(file.toPath());
            } else {
                lab.openModel(file.toPath());
            }
        }
    }

    private void save(String title, String name, String kind, String extension, java.util.function.Consumer<java.nio.file.Path> write) {
        java.nio.file.Path file = saveTarget.choose(getScene().getWindow(), title, name, kind, extension);
        if (file != null) {
            write.accept(file);
        }
    }

    /** Where exports are saved: a file chooser unless a test gives another target. */
    void setSaveTarget(SaveTarget target) {
        saveTarget = target;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        return label;
    }

    public ImageTiles samples() {
        return samples;
    }

    public ImageTiles pairs() {
        return pairs;
    }

    public ImageMetricChart chart() {
        return chart;
    }

    public Slider scrubber() {
        return scrubber;
    }
}
