package io.latentlab.train;

/**
 * What one training step measured. Losses are in nats, averaged over the batch; {@code dReal}
 * and {@code dFake} are the mean probabilities D gave to real and to generated points. A loss
 * that a step did not compute is NaN.
 */
public record StepMetrics(long iteration, double discriminatorLoss, double generatorLoss,
                          double dReal, double dFake) {
}
