package io.latentlab.train;

/**
 * What one training step measured. Losses are averaged over the batch (in nats for the
 * cross-entropy losses). {@code dReal} and {@code dFake} are what D said, on average, about
 * real and generated points: the mean probability σ(D) for {@link GanLoss#NON_SATURATING} and
 * {@link GanLoss#MINIMAX}, the mean raw output D for {@link GanLoss#LEAST_SQUARES} (where 1
 * means real and 0 fake) and {@link GanLoss#HINGE} (positive real, negative fake). A figure
 * that a step did not compute is NaN.
 */
public record StepMetrics(long iteration, double discriminatorLoss, double generatorLoss,
                          double dReal, double dFake) {
}
