package io.latentlab.train;

/** What one training step updates. */
public enum StepKind {
    /** One discriminator step on a real and a generated batch, then one generator step. */
    BOTH,
    /** Only the discriminator. */
    DISCRIMINATOR,
    /** Only the generator. */
    GENERATOR
}
