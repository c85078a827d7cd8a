package io.latentlab.train;

/**
 * What one step of an {@link ImageModelTrainer} measured: a value per series of the trainer
 * (its {@link ImageModelTrainer#series()}, in that order) and the loss it minimised, which must
 * stay finite.
 */
public interface ImageStep {

    /** Steps taken, this one included. */
    long iteration();

    /** One value per series of the trainer; NaN where a step did not measure it. */
    double[] values();

    /** What the step minimised; the session stops when it is not finite. */
    double loss();
}
