package io.latentlab.model;

/** The generator's and the discriminator's layer sizes. */
public record GanShape(MlpShape generator, MlpShape discriminator) {

    /** The peer benchmark's toy GAN: G noise(2)→64→64→2, D 2→64→64→1 logit, ReLU inside. */
    public static GanShape toy2d() {
        return new GanShape(new MlpShape(2, 64, 2, 2), new MlpShape(2, 64, 2, 1));
    }
}
