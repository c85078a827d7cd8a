package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The Explore tab's Map panel: the decoded manifold and the encoded test set on a plane. (Placeholder until it is built.) */
final class LatentMapPanel extends BorderPane {

    static final String TITLE = "Map";

    LatentMapPanel(ExploreViewModel explore) {
        setId("exploreMap");
        setCenter(new Label("Map: the decoded manifold and the encoded test set on a plane."));
    }
}
