package io.latentlab.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The Explore tab's Sliders panel: one slider per latent dimension, decoding live. (Placeholder until it is built.) */
final class SliderPanel extends BorderPane {

    static final String TITLE = "Sliders";

    SliderPanel(ExploreViewModel explore) {
        setId("exploreSliders");
        setCenter(new Label("Sliders: one slider per latent dimension, decoding live."));
    }
}
