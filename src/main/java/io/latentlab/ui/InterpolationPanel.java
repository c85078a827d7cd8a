package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The Explore tab's Interpolation panel: interpolation strips, linear and spherical. (Placeholder until it is built.) */
final class InterpolationPanel extends BorderPane {

    static final String TITLE = "Interpolation";

    InterpolationPanel(ExploreViewModel explore) {
        setId("exploreInterpolation");
        setCenter(new Label("Interpolation: interpolation strips, linear and spherical."));
    }
}
