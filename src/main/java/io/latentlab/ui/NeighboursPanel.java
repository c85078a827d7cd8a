package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The Explore tab's Neighbours panel: the nearest training images of a generated one. (Placeholder until it is built.) */
final class NeighboursPanel extends BorderPane {

    static final String TITLE = "Neighbours";

    NeighboursPanel(ExploreViewModel explore) {
        setId("exploreNeighbours");
        setCenter(new Label("Neighbours: the nearest training images of a generated one."));
    }
}
