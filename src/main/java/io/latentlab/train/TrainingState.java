package io.latentlab.train;

/** Where a training session is. */
public enum TrainingState {
    /** Built, not yet stepped. */
    READY("Ready"),
    /** Stepping continuously on the worker thread. */
    RUNNING("Training"),
    /** Stopped between steps; single steps allowed. */
    PAUSED("Paused"),
    /** Closed for good; the worker thread has ended. */
    STOPPED("Stopped"),
    /** A step threw; the message says why. Reset to go on. */
    FAILED("Failed");

    private final String label;

    TrainingState(String label) {
        this.label = label;
    }

    /** For people: "Training", "Paused", ... */
    public String label() {
        return label;
    }
}
