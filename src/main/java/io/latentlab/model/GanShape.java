package io.latentlab.model;

/** The generator's and the discriminator's layer sizes. */
public record GanShape(MlpShape generator, MlpShape discriminator) {

    /** Hidden width of the toy GANs, as the peer benchmark's. */
    public static final int TOY_HIDDEN = 64;
    /** Hidden layers of each toy network. */
    public static final int TOY_DEPTH = 2;

    /** The peer benchmark's toy GAN: G noise(2)→64→64→2, D 2→64→64→1 logit, ReLU inside. */
    public static GanShape toy2d() {
        return toy(2, 2);
    }

    /**
     * A toy GAN for {@code dataDimension}-D points (1 or 2) from {@code noiseDimension}-D noise
     * (1 or 2): G noise→64→64→data, D data→64→64→1, ReLU inside.
     */
    public static GanShape toy(int dataDimension, int noiseDimension) {
        if (dataDimension < 1 || dataDimension > 2 || noiseDimension < 1 || noiseDimension > 2) {
            throw new IllegalArgumentException("a toy GAN's data and noise dimensions must be 1 or 2, were "
                    + dataDimension + " and " + noiseDimension);
        }
        return new GanShape(new MlpShape(noiseDimension, TOY_HIDDEN, TOY_DEPTH, dataDimension),
                new MlpShape(dataDimension, TOY_HIDDEN, TOY_DEPTH, 1));
    }
}
