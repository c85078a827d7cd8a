package io.latentlab.ui;

import javafx.scene.input.KeyCode;

import java.util.List;

/** The Images tab's single keys: Space plays or pauses, S takes one step, R resets. */
final class ImageShortcuts {

    /** All of them, in the order Help lists them. */
    static final List<TabShortcuts.Key<ImageLabViewModel>> KEYS = List.of(
            new TabShortcuts.Key<>(KeyCode.SPACE, "Space", "Play or pause training", ImageLabViewModel::togglePlay),
            new TabShortcuts.Key<>(KeyCode.S, "S", "One training step (a batch of 128 images)", ImageLabViewModel::step),
            new TabShortcuts.Key<>(KeyCode.R, "R", "Reset: a fresh model with the kind, latent size and data chosen now",
                    ImageLabViewModel::reset));

    private ImageShortcuts() {
    }
}
