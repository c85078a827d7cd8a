package io.latentlab.train;

import io.latentlab.data.BadInputException;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The GAN objective: what the discriminator and the generator minimise, on D's raw output o
 * (a logit for the cross-entropy losses). {@link #NON_SATURATING} and {@link #MINIMAX} share the
 * discriminator's binary cross-entropy {@code −log σ(D(x)) − log(1 − σ(D(G(z))))} and differ in
 * the generator's loss; {@link #LEAST_SQUARES}, {@link #HINGE} and {@link #WASSERSTEIN_GP}
 * change both.
 */
public enum GanLoss {
    /** G maximises {@code log σ(D(G(z)))}: strong gradients early, when D wins easily. */
    NON_SATURATING("non-saturating"),
    /** G minimises {@code log(1 − σ(D(G(z))))}, the original minimax game: it stalls early in training. */
    MINIMAX("minimax"),
    /**
     * LSGAN (Mao et al. 2017): D minimises {@code ½(D(x) − 1)² + ½D(G(z))²}, G minimises
     * {@code ½(D(G(z)) − 1)²}, on raw outputs; gradients do not vanish for points far on the
     * right side of the boundary.
     */
    LEAST_SQUARES("least-squares"),
    /**
     * Hinge loss (as in SAGAN and BigGAN): D minimises {@code relu(1 − D(x)) + relu(1 + D(G(z)))},
     * G minimises {@code −D(G(z))}, on raw outputs.
     */
    HINGE("hinge"),
    /**
     * WGAN-GP (Gulrajani et al. 2017): the critic D minimises {@code D(G(z)) − D(x)} plus
     * {@code λ·(‖∇ₓD(x̂)‖ − 1)²} at points x̂ between real and generated ones, G minimises
     * {@code −D(G(z))}. {@code D(x) − D(G(z))} estimates the Wasserstein distance.
     */
    WASSERSTEIN_GP("wasserstein-gp");

    private final String cliName;

    GanLoss(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** True when D's output is a logit and dReal/dFake are probabilities; false when they are raw outputs. */
    public boolean probabilistic() {
        return this == NON_SATURATING || this == MINIMAX;
    }

    /** The command-line names, comma-separated, in declaration order. */
    public static String cliNames() {
        return Arrays.stream(values()).map(GanLoss::cliName).collect(Collectors.joining(", "));
    }

    /** By its command-line name, e.g. {@code non-saturating}. */
    public static GanLoss byName(String name) {
        for (GanLoss loss : values()) {
            if (loss.cliName.equals(name)) {
                return loss;
            }
        }
        throw new BadInputException("unknown loss '" + name + "': choose one of " + cliNames());
    }
}
