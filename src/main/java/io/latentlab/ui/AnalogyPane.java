package io.latentlab.ui;

import io.latentlab.explore.LatentModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The analogy grid view of the Arithmetic panel (White's J-diagram): n × n pictures
 * (#analogyGrid, n from #analogySize) spanned by the averages of slots A (top left), B (top
 * right) and C (bottom left); the bottom right is B + C − A.
 */
final class AnalogyPane extends VBox {

    private final ArithmeticViewModel arithmetic;
    private final ImageTiles grid = new ImageTiles();

    AnalogyPane(ArithmeticViewModel arithmetic) {
        super(8);
        this.arithmetic = arithmetic;
        Spinner<Integer> side = new Spinner<>(2, 9, arithmetic.analogySideProperty().get());
        side.setId("analogySize");
        side.setPrefWidth(80);
        side.valueProperty().addListener((o, was, now) -> arithmetic.analogySideProperty().set(now));
        grid.setId("analogyGrid");
        grid.setPrefSize(470, 470);
        grid.setMaxSize(470, 470);
        Label how = new Label("A top left, B top right, C bottom left; across A → B, down A → C; bottom right B + C − A."
                + " With C empty, C is z = 0, the prior's centre.");
        how.setWrapText(true);
        Label gridLabel = new Label("Grid");
        gridLabel.setMinWidth(Region.USE_PREF_SIZE);
        side.setMinWidth(Region.USE_PREF_SIZE); // the explanation wraps; the size control keeps its width
        HBox size = new HBox(8, gridLabel, side, how);
        size.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(size, grid);
        arithmetic.picturesProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        ArithmeticPictures now = arithmetic.picturesProperty().get();
        LatentModel model = arithmetic.model();
        if (now == null || model == null || now.analogy() == null) {
            grid.show(null, 0, 28, 28, 2);
            return;
        }
        int n = now.analogySide();
        grid.show(now.analogy(), n * n, model.rows(), model.cols(), n);
    }
}
