package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ToyDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.model.GanShape;
import io.latentlab.model.HiddenLayers;
import io.latentlab.model.NoisePrior;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.ToyGanRecipe;

import java.util.function.Supplier;

/**
 * What the toy lab trains: when it opens, a small GAN on the 8-Gaussian ring with the default
 * settings and a fixed seed, so every classroom sees the same run; after a change in the Model
 * panel, the default GAN for the chosen data with the chosen noise and settings.
 */
public final class ToyLabSetup {

    /** The seed of the networks, the noise, the real batches and the real points shown. */
    public static final long DEFAULT_SEED = 42;

    private ToyLabSetup() {
    }

    /** Makes a fresh trainer for a GAN on {@code ring8}; call it on the training thread. */
    public static Supplier<GanTrainer> ring8(long seed) {
        return () -> ToyGanRecipe.defaults(seed).newTrainer(GaussianRing.ring8());
    }

    /** The noise the default GAN draws from. */
    public static NoisePrior defaultNoise() {
        return ToyGanRecipe.defaults(DEFAULT_SEED).noise();
    }

    /** The default settings for {@code seed}, loss included. */
    public static GanHyperparameters defaultSettings(long seed) {
        return ToyGanRecipe.defaults(seed).hyperparameters();
    }

    /**
     * Makes a fresh trainer for the default GAN shape of {@code dataName}'s dimension, with noise
     * of that dimension drawn from {@code noise}, trained with {@code settings}; call it on the
     * training thread. The same arguments make the same start.
     */
    public static Supplier<GanTrainer> gan(String dataName, NoisePrior noise, GanHyperparameters settings) {
        return gan(dataName, noise, settings, HiddenLayers.TOY, HiddenLayers.TOY);
    }

    /** As {@link #gan(String, NoisePrior, GanHyperparameters)}, with the generator's and the discriminator's hidden layers. */
    public static Supplier<GanTrainer> gan(String dataName, NoisePrior noise, GanHyperparameters settings,
                                           HiddenLayers generator, HiddenLayers discriminator) {
        return () -> gan(ToyDistributions.byName(dataName), noise, settings, generator, discriminator).get();
    }

    /** The same for data at hand, such as a drawing (immutable, so safe on the training thread). */
    public static Supplier<GanTrainer> gan(ToyDistribution data, NoisePrior noise, GanHyperparameters settings,
                                           HiddenLayers generator, HiddenLayers discriminator) {
        return gan(data, noise, data.dimension(), settings, generator, discriminator);
    }

    /** As {@link #gan(String, NoisePrior, GanHyperparameters, HiddenLayers, HiddenLayers)}, with {@code noiseSize}-D noise (1 or 2). */
    public static Supplier<GanTrainer> gan(String dataName, NoisePrior noise, int noiseSize, GanHyperparameters settings,
                                           HiddenLayers generator, HiddenLayers discriminator) {
        return () -> gan(ToyDistributions.byName(dataName), noise, noiseSize, settings, generator, discriminator).get();
    }

    /** As {@link #gan(ToyDistribution, NoisePrior, GanHyperparameters, HiddenLayers, HiddenLayers)}, with {@code noiseSize}-D noise (1 or 2). */
    public static Supplier<GanTrainer> gan(ToyDistribution data, NoisePrior noise, int noiseSize, GanHyperparameters settings,
                                           HiddenLayers generator, HiddenLayers discriminator) {
        return () -> {
            ToyGanRecipe recipe = ToyGanRecipe.defaults(settings.seed(), data.dimension())
                    .withShape(GanShape.toy(data.dimension(), noiseSize));
            GanShape shape = new GanShape(generator.applyTo(recipe.shape().generator()),
                    discriminator.applyTo(recipe.shape().discriminator()));
            return recipe.withShape(shape).withNoise(noise).withHyperparameters(settings).newTrainer(data);
        };
    }
}
