package io.latentlab.ui;

import javafx.scene.input.KeyCode;

import java.util.List;

/** The VAE tab's single keys: Space plays or pauses, S takes one step, R resets. */
final class VaeShortcuts {

    /** All of them, in the order Help lists them. */
    static final List<TabShortcuts.Key<VaeViewModel>> KEYS = List.of(
            new TabShortcuts.Key<>(KeyCode.SPACE, "Space", "Play or pause training", VaeViewModel::togglePlay),
            new TabShortcuts.Key<>(KeyCode.S, "S", "One training step", VaeViewModel::step),
            new TabShortcuts.Key<>(KeyCode.R, "R", "Reset: fresh networks with the data, latent size, β and learning rate chosen now",
                    VaeViewModel::reset));

    private VaeShortcuts() {
    }
}
