package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.Locale;

/**
 * The Explore tab's Map panel: a grid of pictures decoded over a plane through the latent space
 * (the manifold) beside the encoded test set projected onto the same plane, coloured by class.
 * A click on either decodes that point into a large preview and marks it on both. For a 2-D VAE
 * the plane is the whole latent space; otherwise it runs along two chosen dimensions, the test
 * set's principal directions or random directions ({@link MapControls}).
 */
final class LatentMapPanel extends BorderPane implements ExplorePanel {

    static final String TITLE = "Map";
    private static final int PREVIEW_SIDE = 224;

    private final ExploreViewModel explore;
    private final LatentMapViewModel map;
    private final MapManifold manifold = new MapManifold();
    private final Label manifoldCaption = new Label();
    private final LatentScatter scatter = new LatentScatter();
    private final Label noScatter = new Label();
    private final StackPane middle;
    private final VBox legend = new VBox(2);
    private final ImageTiles preview = new ImageTiles();
    private final Label coordinates = new Label("Click the map or the manifold to decode a point.");

    LatentMapPanel(ExploreViewModel explore) {
        setId("exploreMap");
        this.explore = explore;
        map = new LatentMapViewModel(explore);
        scatter.setId("mapScatter");
        legend.setId("mapLegend");
        preview.setId("mapPreview");
        coordinates.setId("mapCoordinates");
        coordinates.setWrapText(true);
        coordinates.setMaxWidth(PREVIEW_SIDE + 40);
        noScatter.setWrapText(true);
        noScatter.setMaxWidth(360);
        manifoldCaption.setWrapText(true);
        manifoldCaption.setMinHeight(Region.USE_PREF_SIZE);

        manifold.setId("mapManifold");
        manifold.tiles().setId("mapManifoldTiles");
        manifold.setOnPick(map::pick);
        scatter.setOnPick(map::pick);
        preview.setMinSize(PREVIEW_SIDE, PREVIEW_SIDE);
        preview.setPrefSize(PREVIEW_SIDE, PREVIEW_SIDE);
        preview.setMaxSize(PREVIEW_SIDE, PREVIEW_SIDE);

        VBox left = new VBox(6, manifoldCaption, manifold); // the caption on top: the manifold may take the height left
        middle = new StackPane(scatter, noScatter);
        StackPane.setAlignment(scatter, Pos.TOP_LEFT);
        Label previewTitle = new Label("The point clicked");
        previewTitle.getStyleClass().add(Styles.CONTROL_TITLE);
        VBox right = new VBox(8, previewTitle, preview, coordinates, legend);
        VBox.setMargin(legend, new Insets(10, 0, 0, 0));
        right.setMinWidth(PREVIEW_SIDE + 40);
        right.setPrefWidth(PREVIEW_SIDE + 40);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(middle, Priority.ALWAYS);
        left.setPrefWidth(460);
        middle.setPrefWidth(460);
        HBox centre = new HBox(16, left, middle, right);
        centre.setPadding(new Insets(8));
        setTop(new MapControls(map, explore));
        setCenter(centre);

        map.mapProperty().addListener((o, was, now) -> showMap(now));
        map.pickedProperty().addListener((o, was, now) -> showPicked(now));
        showMap(null);
    }

    /** The view model, for tests. */
    LatentMapViewModel viewModel() {
        return map;
    }

    LatentScatter scatter() {
        return scatter;
    }

    @Override
    public ExploredImages shown() {
        LatentMapViewModel.Shown now = map.mapProperty().get();
        if (now == null) {
            return null;
        }
        return new ExploredImages("latent map", now.model(), now.z(), now.labels(), now.side() * now.side(), now.side(),
                now.pixels(), now.recipe());
    }

    private void showMap(LatentMapViewModel.Shown now) {
        if (now == null) {
            manifold.show(null, 2, LatentMapViewModel.DEFAULT_EXTENT, 1, 1);
            manifoldCaption.setText("Decoding the map…");
            scatter.show(null, null, 0, LatentMapViewModel.DEFAULT_EXTENT, "", "");
            showScatter(false, "");
            return;
        }
        LatentModel model = now.model();
        manifold.show(now.pixels(), now.side(), now.extent(), model.rows(), model.cols());
        String caption = String.format(Locale.ROOT, "Decoded on a %d×%d grid: %s across, %s up, each from −%s to %s.",
                now.side(), now.side(), now.xName(), now.yName(), number(now.extent()), number(now.extent()));
        boolean hasScatter = now.scatter() != null;
        if (hasScatter) {
            scatter.show(now.scatter(), now.scatterLabels(), now.scatterCount(), now.extent(), now.xName(), now.yName());
        }
        // without an encoder there is nothing to scatter: the manifold takes the room, and the caption says why
        middle.setVisible(model.encodes());
        middle.setManaged(model.encodes());
        manifoldCaption.setText(model.encodes() ? caption : caption + " " + capitalised(model.kind().withArticle())
                + " has no encoder, so no test images can be placed on the plane.");
        showScatter(hasScatter, "Encoding the test images…");
        legend.getChildren().clear();
        java.util.List<String> names = classNames(now);
        for (int k = 0; hasScatter && now.scatterLabels() != null && k < names.size(); k++) {
            Label entry = new Label(k + (names.get(k).equals(Integer.toString(k)) ? "" : "  " + names.get(k)), new Circle(8, ClassPalette.of(k)));
            entry.setGraphicTextGap(8);
            legend.getChildren().add(entry);
        }
        showPicked(map.pickedProperty().get());
    }

    private void showScatter(boolean shown, String why) {
        scatter.setVisible(shown);
        noScatter.setVisible(!shown);
        noScatter.setText(why);
    }

    private void showPicked(LatentMapViewModel.Point point) {
        LatentMapViewModel.Shown now = map.mapProperty().get();
        if (point == null || now == null) {
            preview.show(null, 0, 1, 1, 1);
            coordinates.setText("Click the map or the manifold to decode a point.");
            scatter.setMark(null);
            manifold.setMark(null);
            return;
        }
        LatentModel model = now.model();
        preview.show(point.pixels(), 1, model.rows(), model.cols(), 1);
        scatter.setMark(new double[] {point.a(), point.b()});
        coordinates.setText(String.format(Locale.ROOT, "%s = %.2f, %s = %.2f", now.xName(), point.a(), now.yName(), point.b())
                .replace('-', '−'));
        manifold.setMark(new double[] {point.a(), point.b()});
    }

    /** The class names of the test set on the map: the dataset's (digits, garments), else the labels as numbers. */
    private java.util.List<String> classNames(LatentMapViewModel.Shown now) {
        io.latentlab.data.ImageSet images = explore.imagesProperty().get();
        if (images != null && images.hasLabels()) {
            return io.latentlab.data.ClassNames.of(images);
        }
        int classes = now.scatterLabels() == null ? 0 : java.util.stream.IntStream.of(now.scatterLabels()).max().orElse(-1) + 1;
        return io.latentlab.data.ClassNames.numbered(classes);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String number(double x) {
        return x == Math.rint(x) ? String.format(Locale.ROOT, "%.0f", x) : String.format(Locale.ROOT, "%.1f", x);
    }
}
