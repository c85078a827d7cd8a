package io.latentlab.ui;

import io.latentlab.train.TrainingFault;

/**
 * Tells a view model, once per fault, that its training session paused itself on a step that
 * went wrong: {@link #fresh} gives the fault's one-line message the first time it sees that
 * fault, null otherwise. FX thread only.
 */
final class FaultNotice {

    private TrainingFault shown;

    /** The message of {@code latest} when it is a fault not shown yet, else null. */
    String fresh(TrainingFault latest) {
        if (latest == null || latest == shown) {
            shown = latest;
            return null;
        }
        shown = latest;
        return latest.message();
    }
}
