package io.latentlab.train;

import io.latentlab.data.BadInputException;

/** How a network's parameters follow their gradients. */
public enum Optimizer {
    /** Adam: per-parameter steps normalised by the gradient's running size. */
    ADAM("adam"),
    /**
     * Plain stochastic gradient descent, {@code θ −= lr·∇}: the step is as small as the
     * gradient, which is what makes the minimax loss's early stall visible (Adam's
     * normalisation hides much of it).
     */
    SGD("sgd");

    private final String cliName;

    Optimizer(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optimizer byName(String name) {
        for (Optimizer o : values()) {
            if (o.cliName.equals(name)) {
                return o;
            }
        }
        throw new BadInputException("unknown optimizer '" + name + "': choose adam or sgd");
    }
}
