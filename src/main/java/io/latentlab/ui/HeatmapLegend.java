package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;

/**
 * The heatmap's colour bar, "fake" to "real", so a teacher can say what the colours mean:
 * purple where the discriminator says generated, green where it says real.
 */
final class HeatmapLegend extends HBox {

    HeatmapLegend() {
        Label title = new Label("Discriminator:");
        Label fake = new Label("fake");
        Label real = new Label("real");
        Rectangle bar = new Rectangle(70, 12, DiscriminatorScale.gradient());
        bar.getStyleClass().add(Styles.HEATMAP_BAR);
        bar.heightProperty().bind(fake.fontProperty().map(f -> f.getSize() * 0.9));
        bar.widthProperty().bind(fake.fontProperty().map(f -> f.getSize() * 6));
        getChildren().addAll(title, fake, bar, real);
        getStyleClass().addAll(Styles.PLOT_LEGEND, Styles.HEATMAP_LEGEND);
        setManaged(false);
        setMouseTransparent(true);
    }
}
