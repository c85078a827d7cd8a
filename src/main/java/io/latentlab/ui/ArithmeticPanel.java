package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The Explore tab's Arithmetic panel: vector arithmetic A − B + C, analogy grids and attribute vectors. (Placeholder until it is built.) */
final class ArithmeticPanel extends BorderPane {

    static final String TITLE = "Arithmetic";

    ArithmeticPanel(ExploreViewModel explore) {
        setId("exploreArithmetic");
        setCenter(new Label("Arithmetic: vector arithmetic A − B + C, analogy grids and attribute vectors."));
    }
}
