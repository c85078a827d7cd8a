package io.latentlab.train;

/**
 * The generator's loss. The discriminator always minimises the binary cross-entropy
 * {@code −log σ(D(x)) − log(1 − σ(D(G(z))))}.
 */
public enum GanLoss {
    /** G maximises {@code log σ(D(G(z)))}: strong gradients early, when D wins easily. */
    NON_SATURATING("non-saturating"),
    /** G minimises {@code log(1 − σ(D(G(z))))}, the original minimax game: it stalls early in training. */
    MINIMAX("minimax");

    private final String cliName;

    GanLoss(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** By its command-line name, e.g. {@code non-saturating}. */
    public static GanLoss byName(String name) {
        for (GanLoss loss : values()) {
            if (loss.cliName.equals(name)) {
                return loss;
            }
        }
        throw new io.latentlab.data.BadInputException("unknown loss '" + name + "': choose non-saturating or minimax");
    }
}
