package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.ToyGanRecipe;

import java.util.function.Supplier;

/**
 * What the toy lab trains when it opens: a small GAN on the 8-Gaussian ring with the default
 * settings and a fixed seed, so every classroom sees the same run.
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
}
