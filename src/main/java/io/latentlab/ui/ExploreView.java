package io.latentlab.ui;

import io.latentlab.explore.LatentModel;
import io.latentlab.model.PretrainedModel;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The Explore tab: a model chooser on top (the pretrained image models, or any model file), and
 * one panel per way of looking at its latent space — sliders, interpolation, arithmetic, map,
 * neighbours — each made when first shown.
 */
public final class ExploreView extends BorderPane {

    private final ExploreViewModel explore;
    private final ComboBox<PretrainedModel> pretrained = new ComboBox<>();
    private final TabPane panels = new TabPane();
    private boolean offering;
    private final ExportMenu export;

    public ExploreView(ExploreViewModel explore) {
        this.explore = explore;
        setId("exploreView");
        pretrained.setId("exploreModelPicker");
        pretrained.setPromptText("Pretrained model");
        pretrained.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PretrainedModel m) {
                return m == null ? "" : String.valueOf(m.file().getFileName());
            }

            @Override
            public PretrainedModel fromString(String s) {
                return null;
            }
        });
        Button open = new Button("Open model…");
        open.setId("exploreOpenModel");
        open.setOnAction(e -> chooseFile());
        Label message = new Label();
        message.setId("exploreMessage");
        message.textProperty().bind(explore.messageProperty());
        message.setWrapText(true);
        message.getStyleClass().add("status-message");
        explore.messageIsErrorProperty().addListener((o, was, error) -> {
            message.getStyleClass().remove("error");
            if (Boolean.TRUE.equals(error)) {
                message.getStyleClass().add("error");
            }
        });
        export = new ExportMenu(explore.exports(), this::shownNow, this::panelTitle);
        javafx.scene.layout.Region spring = new javafx.scene.layout.Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("Model"), pretrained, open, spring, export);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, message);
        top.setPadding(new Insets(8));
        HBox.setHgrow(message, Priority.ALWAYS);

        panels.setId("explorePanels");
        addPanel(SliderPanel.TITLE, SliderPanel::new);
        addPanel(InterpolationPanel.TITLE, InterpolationPanel::new);
        addPanel(ArithmeticPanel.TITLE, ArithmeticPanel::new);
        addPanel(LatentMapPanel.TITLE, LatentMapPanel::new);
        addPanel(NeighboursPanel.TITLE, NeighboursPanel::new);
        setTop(top);
        setCenter(panels);
        listPretrained();
        // the chooser names the model explored, however it was opened (a panel, the menu, a test)
        explore.modelProperty().addListener((o, was, now) -> {
            PretrainedModel match = now == null ? null : pretrained.getItems().stream()
                    .filter(m -> String.valueOf(m.file().getFileName()).equals(now.name())).findFirst().orElse(null);
            if (pretrained.getValue() != match) {
                pretrained.setValue(match);
            }
        });
        pretrained.setOnAction(e -> {
            PretrainedModel chosen = pretrained.getValue();
            if (!offering && chosen != null && (explore.model() == null || !explore.model().name().equals(String.valueOf(chosen.file().getFileName())))) {
                explore.openModel(chosen.file());
            }
        });
    }

    /** The panels' tab pane, one tab per panel, titled as the panels are. */
    public TabPane panels() {
        return panels;
    }

    private void addPanel(String title, Function<ExploreViewModel, javafx.scene.Node> make) {
        Tab tab = new Tab(title);
        tab.setId("explore" + title + "Tab");
        tab.setClosable(false);
        panels.getTabs().add(tab);
        LazyTabContent.install(tab, () -> make.apply(explore));
    }

    /** Fills the chooser with the image models in pretrained/ and explores the first one (the 20-latent MNIST VAE when shipped). */
    private void listPretrained() {
        explore.listPretrained(this::offer);
    }

    private void offer(List<PretrainedModel> models) {
        offering = true; // filling the chooser is not the user choosing
        try {
            pretrained.getItems().setAll(models);
            LatentModel now = explore.model();
            if (now != null) {
                models.stream().filter(m -> String.valueOf(m.file().getFileName()).equals(now.name()))
                        .findFirst().ifPresent(pretrained::setValue);
                return;
            }
            models.stream().filter(m -> String.valueOf(m.file().getFileName()).startsWith("mnist-vae-20"))
                    .findFirst().or(() -> models.stream().findFirst())
                    .ifPresent(first -> {
                        pretrained.setValue(first);
                        explore.openFirstModel(first.file());
                    });
        } finally {
            offering = false;
        }
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a model to explore");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Latent Lab models", "*.lab.zip"));
        java.io.File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            explore.openModel(path);
        }
    }

    /** What the selected panel shows now; null when it shows nothing or is not an {@link ExplorePanel}. */
    private io.latentlab.explore.ExploredImages shownNow() {
        Tab tab = panels.getSelectionModel().getSelectedItem();
        return tab != null && tab.getContent() instanceof ExplorePanel panel ? panel.shown() : null;
    }

    private String panelTitle() {
        Tab tab = panels.getSelectionModel().getSelectedItem();
        return tab == null ? "selected" : tab.getText();
    }

    /** Where the Export menu saves: a file chooser unless a test gives another target. */
    void setSaveTarget(SaveTarget target) {
        export.setSaveTarget(target);
    }

    /** The model now explored, for tests. */
    LatentModel model() {
        return explore.model();
    }
}
