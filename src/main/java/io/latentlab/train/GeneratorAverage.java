package io.latentlab.train;

import io.latentlab.model.ConvGan;

/**
 * A moving average of a convolutional GAN's generator ({@link ParameterAverage}, decay ramping up
 * to its value): the generator's parameters, which in DL4J include batch normalisation's running
 * mean and variance, and a conditional GAN's per-class scale and shift, averaged alike so they
 * stay consistent with each other.
 */
final class GeneratorAverage {

    private final ConvGan model;
    private final ParameterAverage generator;
    private final ParameterAverage norm;

    GeneratorAverage(ConvGan model, double decay) {
        this.model = model;
        this.generator = new ParameterAverage(model.generator().params(), decay);
        this.norm = model.conditionalNorm() == null ? null : new ParameterAverage(model.conditionalNorm().params(), decay);
    }

    /** Moves the average towards the model's generator as it is now (after an update). */
    void update() {
        generator.update(model.generator().params());
        if (norm != null) {
            norm.update(model.conditionalNorm().params());
        }
    }

    /** A copy of the model with the averaged generator. */
    ConvGan averaged() {
        ConvGan copy = model.copy();
        generator.copyTo(copy.generator().params());
        if (norm != null) {
            norm.copyTo(copy.conditionalNorm().params());
        }
        return copy;
    }
}
