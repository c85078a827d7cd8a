package io.latentlab.model;

/**
 * What a person chooses about one network's inside: how many hidden layers
 * ({@value MlpShape#MIN_DEPTH}–{@value MlpShape#MAX_DEPTH}), how wide
 * ({@value MlpShape#MIN_WIDTH}–{@value MlpShape#MAX_WIDTH}) and which activation. The inputs and
 * outputs follow the data and the noise.
 */
public record HiddenLayers(int depth, int width, HiddenActivation activation) {

    /** The toy GAN's: two hidden layers of 64 with ReLU, as the peer benchmark's. */
    public static final HiddenLayers TOY = new HiddenLayers(GanShape.TOY_DEPTH, GanShape.TOY_HIDDEN, HiddenActivation.RELU);

    public HiddenLayers {
        java.util.Objects.requireNonNull(activation, "activation");
        if (depth < MlpShape.MIN_DEPTH || depth > MlpShape.MAX_DEPTH) {
            throw new IllegalArgumentException("hidden layers " + depth + " is out of range: choose "
                    + MlpShape.MIN_DEPTH + " to " + MlpShape.MAX_DEPTH);
        }
        if (width < MlpShape.MIN_WIDTH || width > MlpShape.MAX_WIDTH) {
            throw new IllegalArgumentException("width " + width + " is out of range: choose "
                    + MlpShape.MIN_WIDTH + " to " + MlpShape.MAX_WIDTH);
        }
    }

    /** The hidden layers of {@code shape}, kept in range (a network without hidden layers shows the toy width). */
    public static HiddenLayers of(MlpShape shape) {
        int depth = Math.max(MlpShape.MIN_DEPTH, Math.min(MlpShape.MAX_DEPTH, shape.depth()));
        int width = shape.depth() == 0 ? TOY.width() : Math.max(MlpShape.MIN_WIDTH, Math.min(MlpShape.MAX_WIDTH, shape.hidden()));
        return new HiddenLayers(depth, width, shape.activation());
    }

    /** {@code base} (its inputs and outputs) with these hidden layers. */
    public MlpShape applyTo(MlpShape base) {
        return base.withHidden(depth, width, activation);
    }

    /** In words: "3 hidden layers of 32, tanh", "1 hidden layer of 16, ReLU", "no hidden layers (one linear map)". */
    public String describe() {
        if (depth == 0) {
            return "no hidden layers (one linear map)";
        }
        return depth + (depth == 1 ? " hidden layer of " : " hidden layers of ") + width + ", " + activation.label();
    }
}
