package io.latentlab.ui;

import io.latentlab.data.ClassNames;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.Neighbour;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Explore tab's Neighbours panel: is a generated image new, or a copy of a real one? Click
 * one of the generated samples (#neighbourSamples; #neighbourNewSamples draws others) or pick a
 * point on the Map panel, and the k nearest real images by pixel distance (#neighbourCount)
 * appear in a row with their labels and distances (#neighbourImages), beside a line saying which
 * images were searched (#neighbourSource) and how the nearest distance compares with the typical
 * distance between a real image and its nearest other one (#neighbourVerdict).
 */
final class NeighboursPanel extends BorderPane implements ExplorePanel {

    static final String TITLE = "Neighbours";
    private static final int TILE = 84;
    private static final int QUERY_TILE = 112;

    private final ExploreViewModel explore;
    private final NeighboursViewModel neighbours;
    private final ImageTiles samples = new ImageTiles();
    private final ImageTiles query = new ImageTiles();
    private final Label queryCaption = new Label();
    private final FlowPane row = new FlowPane(12, 10);
    private final Label source = new Label("Reading the real images to search…");
    private final Label verdict = new Label("Click a generated sample to find the real images nearest to it.");

    NeighboursPanel(ExploreViewModel explore) {
        setId("exploreNeighbours");
        this.explore = explore;
        neighbours = new NeighboursViewModel(explore);
        samples.setId("neighbourSamples");
        query.setId("neighbourQuery");
        row.setId("neighbourImages");
        source.setId("neighbourSource");
        verdict.setId("neighbourVerdict");
        source.setWrapText(true);
        verdict.setWrapText(true);
        verdict.getStyleClass().add("neighbour-verdict");

        Button more = new Button("New samples");
        more.setId("neighbourNewSamples");
        more.setOnAction(e -> neighbours.newSamples());
        Spinner<Integer> k = new Spinner<>(1, 32, neighbours.kProperty().get());
        k.setId("neighbourCount");
        k.setEditable(true);
        k.setPrefWidth(90);
        k.valueProperty().addListener((o, was, now) -> neighbours.kProperty().set(now));
        HBox controls = new HBox(12, more, new Label("Neighbours k"), k);
        controls.setAlignment(Pos.CENTER_LEFT);

        samples.setPrefWidth(8 * 29 * 3);
        samples.setMaxWidth(8 * 29 * 3);
        samples.setOnMouseClicked(e -> neighbours.askSample(samples.tileAt(e.getX(), e.getY())));
        Label samplesTitle = title("Generated samples: click one");
        query.setMinSize(QUERY_TILE, QUERY_TILE);
        query.setPrefSize(QUERY_TILE, QUERY_TILE);
        query.setMaxSize(QUERY_TILE, QUERY_TILE);
        VBox queryBox = new VBox(4, query, queryCaption);
        queryBox.setAlignment(Pos.TOP_CENTER);
        Label arrow = new Label("→");
        arrow.getStyleClass().add("neighbour-arrow");
        row.setPrefWrapLength(8 * (TILE + 12));
        HBox.setHgrow(row, javafx.scene.layout.Priority.ALWAYS);
        HBox answer = new HBox(16, queryBox, arrow, row);
        answer.setAlignment(Pos.TOP_LEFT);

        VBox content = new VBox(10, controls, samplesTitle, samples, title("Nearest real images"), source, answer, verdict);
        content.setPadding(new Insets(10));
        setCenter(content);

        neighbours.samplesProperty().addListener((o, was, now) -> showSamples());
        neighbours.foundProperty().addListener((o, was, now) -> showFound(now));
        neighbours.searchedProperty().addListener((o, was, now) -> source.setText(now == null ? "Reading the real images to search…" : now.data().description()));
        showSamples();
        showFound(null);
    }

    /** The view model, for tests. */
    NeighboursViewModel viewModel() {
        return neighbours;
    }

    @Override
    public ExploredImages shown() {
        NeighboursViewModel.Found now = neighbours.foundProperty().get();
        if (now == null) {
            NeighboursViewModel.Samples s = neighbours.samplesProperty().get();
            return s == null ? null : new ExploredImages("samples", s.model(), s.z(), s.labels(), NeighboursViewModel.SAMPLES,
                    NeighboursViewModel.SAMPLE_COLUMNS, s.pixels(), Map.of("command", "sample", "seed", Long.toString(s.seed()),
                    "n", Integer.toString(NeighboursViewModel.SAMPLES)));
        }
        int n = now.neighbours().size();
        LatentModel model = now.query().model();
        float[] pixels = new float[(n + 1) * model.pixels()];
        System.arraycopy(now.query().pixels(), 0, pixels, 0, model.pixels());
        System.arraycopy(now.pixels(), 0, pixels, model.pixels(), n * model.pixels());
        return new ExploredImages("nearest real images", model, null, null, n + 1, n + 1, pixels, now.query().recipe());
    }

    private void showSamples() {
        NeighboursViewModel.Samples now = neighbours.samplesProperty().get();
        if (now == null) {
            samples.show(null, 0, 1, 1, 1);
            return;
        }
        samples.show(now.pixels(), NeighboursViewModel.SAMPLES, now.model().rows(), now.model().cols(), NeighboursViewModel.SAMPLE_COLUMNS);
        NeighboursViewModel.Found found = neighbours.foundProperty().get();
        markSample(found);
    }

    private void markSample(NeighboursViewModel.Found found) {
        NeighboursViewModel.Samples now = neighbours.samplesProperty().get();
        boolean fromGrid = found != null && found.sample() >= 0 && now != null && found.query().recipe().get("seed") != null
                && found.query().recipe().get("seed").equals(Long.toString(now.seed()));
        samples.setMarks(fromGrid ? Map.of(found.sample(), ClassPalette.argb(ClassPalette.MARK)) : Map.of());
    }

    private void showFound(NeighboursViewModel.Found found) {
        markSample(found);
        row.getChildren().clear();
        if (found == null) {
            query.show(null, 0, 1, 1, 1);
            queryCaption.setText("");
            verdict.setText("Click a generated sample, or a point on the Map, to find the real images nearest to it.");
            return;
        }
        LatentModel model = found.query().model();
        query.show(found.query().pixels(), 1, model.rows(), model.cols(), 1);
        queryCaption.setText(found.sample() >= 0 ? "sample " + (found.sample() + 1) : "map point");
        List<String> names = ClassNames.of(found.searched().data().images());
        int p = model.pixels();
        for (int r = 0; r < found.neighbours().size(); r++) {
            Neighbour n = found.neighbours().get(r);
            ImageTiles tile = new ImageTiles();
            tile.setMinSize(TILE, TILE);
            tile.setPrefSize(TILE, TILE);
            tile.setMaxSize(TILE, TILE);
            tile.show(java.util.Arrays.copyOfRange(found.pixels(), r * p, (r + 1) * p), 1, model.rows(), model.cols(), 1);
            String name = n.label() < 0 ? "" : n.label() < names.size() ? names.get(n.label()) : Integer.toString(n.label());
            Label caption = new Label(String.format(Locale.ROOT, "%s%nd = %.2f", name, n.distance()));
            caption.setMaxWidth(TILE + 10);
            caption.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            VBox cell = new VBox(2, tile, caption);
            cell.setAlignment(Pos.TOP_CENTER);
            row.getChildren().add(cell);
        }
        double nearest = found.neighbours().get(0).distance();
        double typical = found.searched().typicalDistance();
        String set = found.searched().data().trainingSet() ? "training" : "test";
        verdict.setText(String.format(Locale.ROOT,
                "Nearest real image: distance %.2f, %.2f× the typical distance from a real %s image to its nearest other one "
                        + "(%.2f, the median of %d). Far below 1× would mean the model copies; about 1× or more, it makes new images.",
                nearest, nearest / typical, set, typical, NeighboursViewModel.TYPICAL_SAMPLE));
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.CONTROL_TITLE);
        return label;
    }

    /** The explorer's view model, for tests. */
    ExploreViewModel explore() {
        return explore;
    }
}
