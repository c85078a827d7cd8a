package io.latentlab.model;

import io.latentlab.data.BadInputException;

import java.util.Random;

/**
 * The simple noise a generator pushes forward into data space, one value per latent dimension.
 * Both have mean 0 and variance 1, so switching changes only the shape.
 */
public enum NoisePrior {
    /** Standard normal, as the PyTorch peer uses. */
    GAUSSIAN("gaussian"),
    /**
     * Uniform on [−√3, √3]. Without tails, the generator need not stretch far-out noise between
     * the modes: on the 8-Gaussian ring more seeds reach all eight modes (measured in the notes).
     */
    UNIFORM("uniform");

    private static final double SQRT3 = Math.sqrt(3);

    private final String cliName;

    NoisePrior(String cliName) {
        this.cliName = cliName;
    }

    /** The name on the command line and in model cards. */
    public String cliName() {
        return cliName;
    }

    public double sample(Random rng) {
        return this == GAUSSIAN ? rng.nextGaussian() : (2 * rng.nextDouble() - 1) * SQRT3;
    }

    public static NoisePrior byName(String name) {
        for (NoisePrior prior : values()) {
            if (prior.cliName.equals(name)) {
                return prior;
            }
        }
        throw new BadInputException("unknown noise '" + name + "': choose gaussian or uniform");
    }
}
