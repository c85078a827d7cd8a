package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;

/** An Explore panel, as the tab's export commands see it. */
interface ExplorePanel {

    /** What the panel shows now, with the latent vectors behind it; null when it shows nothing to export. */
    ExploredImages shown();
}
