package io.latentlab.train;

import io.latentlab.data.ToyDistribution;
import io.latentlab.model.Gan;

/**
 * A copy of a GAN taken between two training steps, with what it was trained on and how:
 * everything a model file records.
 */
public record TrainedGan(Gan gan, ToyDistribution data, GanHyperparameters hyperparameters, long iterations) {
}
