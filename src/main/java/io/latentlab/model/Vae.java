package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.Objects;

/**
 * A variational autoencoder of two DL4J networks: the encoder maps a point x to the mean μ and
 * the log-variance log σ² of its Gaussian posterior q(z|x) (the first {@code latentSize} outputs
 * are μ, the next {@code latentSize} are log σ²); the decoder maps a latent z to the mean x̂ of
 * the Gaussian likelihood p(x|z). The prior is N(0, I).
 *
 * <p>Both are plain {@link MultiLayerNetwork}s of dense layers, so model files and the image VAE
 * can reuse them; training updates them in place.
 */
public final class Vae {

    /** Hidden width of the toy VAE's encoder and decoder. */
    public static final int TOY_HIDDEN = 64;
    /** Hidden layers of the toy VAE's encoder and decoder. */
    public static final int TOY_DEPTH = 2;

    private final MultiLayerNetwork encoder;
    private final MultiLayerNetwork decoder;
    private final int dataSize;
    private final int latentSize;

    public Vae(MultiLayerNetwork encoder, MultiLayerNetwork decoder) {
        this.encoder = Objects.requireNonNull(encoder);
        this.decoder = Objects.requireNonNull(decoder);
        MlpShape e = MlpShape.of(encoder);
        MlpShape d = MlpShape.of(decoder);
        if (e.outputs() != 2 * d.inputs()) {
            throw new IllegalArgumentException("the encoder must give μ and log σ² for each of the decoder's "
                    + d.inputs() + " latent inputs (" + 2 * d.inputs() + " outputs), gives " + e.outputs());
        }
        if (e.inputs() != d.outputs()) {
            throw new IllegalArgumentException("the encoder reads " + e.inputs() + "-D points but the decoder makes "
                    + d.outputs() + "-D points");
        }
        this.dataSize = e.inputs();
        this.latentSize = d.inputs();
    }

    /** A fresh VAE with MLPs {@code data → hidden×depth → 2·latent} and {@code latent → hidden×depth → data}. */
    public static Vae create(int dataSize, int latentSize, int hidden, int depth, long seed) {
        if (latentSize < 1 || latentSize > 64) {
            throw new IllegalArgumentException("latent size must be in 1..64, was " + latentSize);
        }
        MultiLayerNetwork encoder = new MlpShape(dataSize, hidden, depth, 2 * latentSize).build(seed);
        MultiLayerNetwork decoder = new MlpShape(latentSize, hidden, depth, dataSize).build(seed + 1);
        return new Vae(encoder, decoder);
    }

    /** The toy VAE for 2-D (or 1-D) points: {@value #TOY_DEPTH} hidden layers of {@value #TOY_HIDDEN}. */
    public static Vae toy(int dataSize, int latentSize, long seed) {
        return create(dataSize, latentSize, TOY_HIDDEN, TOY_DEPTH, seed);
    }

    public MultiLayerNetwork encoder() {
        return encoder;
    }

    public MultiLayerNetwork decoder() {
        return decoder;
    }

    public int dataSize() {
        return dataSize;
    }

    public int latentSize() {
        return latentSize;
    }

    /** Layer sizes, e.g. {@code encoder 2-64-64-4, decoder 2-64-64-2}. */
    public String describe() {
        return "encoder " + MlpShape.of(encoder).describe() + ", decoder " + MlpShape.of(decoder).describe();
    }

    /** A deep copy, for decoding or saving elsewhere while this one trains. */
    public Vae copy() {
        return new Vae(encoder.clone(), decoder.clone());
    }
}
