package io.latentlab.train;

import io.latentlab.data.ToyDistribution;
import io.latentlab.model.Vae;

import java.nio.FloatBuffer;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link Vae} on a toy distribution by minimising the negative β-ELBO of
 * {@link VaeObjective}: each step draws a batch, encodes it to (μ, log σ²), draws
 * z = μ + σ·ε with seeded ε, decodes x̂, and takes one Adam step for encoder and decoder
 * together. The gradients run through the lean {@link DenseStack} path on the networks' own
 * parameters: the decoder's input gradient is the reparameterised path back into the encoder.
 *
 * <p>β and the learning rate may change between steps (Adam's moments are kept). Runs on one
 * thread (the session's worker); the networks are updated in place.
 */
public final class VaeTrainer implements CheckpointedParameters {

    private final Vae vae;
    private final ToyDistribution data;
    private final Random rng;
    private VaeHyperparameters hyperparameters;
    private final DenseStack encoder;
    private final DenseStack decoder;
    private final AdamStep encoderStep;
    private final AdamStep decoderStep;
    private final int batch;
    private final int dim;
    private final int latent;
    private final DenseStack.Pass encodePass;
    private final DenseStack.Pass decodePass;
    private final float[] x;
    private final float[] encoded;
    private final float[] noise;
    private final float[] z;
    private final float[] decoded;
    private final float[] outputDelta;
    private final float[] latentDelta;
    private final float[] encodedDelta;
    private long iteration;
    private double gradientNorm = Double.NaN;

    public VaeTrainer(Vae vae, ToyDistribution data, VaeHyperparameters hyperparameters) {
        this.vae = Objects.requireNonNull(vae);
        this.data = Objects.requireNonNull(data);
        this.hyperparameters = Objects.requireNonNull(hyperparameters);
        if (vae.dataSize() != data.dimension()) {
            throw new IllegalArgumentException("the VAE reads " + vae.dataSize() + "-D points but "
                    + data.name() + " is " + data.dimension() + "-D");
        }
        this.rng = new Random(hyperparameters.seed());
        this.batch = hyperparameters.batch();
        this.dim = vae.dataSize();
        this.latent = vae.latentSize();
        this.encoder = new DenseStack(vae.encoder());
        this.decoder = new DenseStack(vae.decoder());
        this.encoderStep = new AdamStep(vae.encoder().numParams(), hyperparameters.learningRate(),
                VaeHyperparameters.ADAM_BETA1, VaeHyperparameters.ADAM_BETA2, VaeHyperparameters.ADAM_EPSILON);
        this.decoderStep = new AdamStep(vae.decoder().numParams(), hyperparameters.learningRate(),
                VaeHyperparameters.ADAM_BETA1, VaeHyperparameters.ADAM_BETA2, VaeHyperparameters.ADAM_EPSILON);
        this.encodePass = encoder.pass(batch);
        this.decodePass = decoder.pass(batch);
        this.x = new float[batch * dim];
        this.encoded = new float[batch * 2 * latent];
        this.noise = new float[batch * latent];
        this.z = new float[batch * latent];
        this.decoded = new float[batch * dim];
        this.outputDelta = new float[batch * dim];
        this.latentDelta = new float[batch * latent];
        this.encodedDelta = new float[batch * 2 * latent];
    }

    public Vae vae() {
        return vae;
    }

    public ToyDistribution data() {
        return data;
    }

    public VaeHyperparameters hyperparameters() {
        return hyperparameters;
    }

    public long iteration() {
        return iteration;
    }

    /** The KL weight from the next step on. */
    public void setBeta(double beta) {
        hyperparameters = hyperparameters.withBeta(beta);
    }

    /** Adam's learning rate from the next step on; the moment estimates are kept. */
    public void setLearningRate(double rate) {
        hyperparameters = hyperparameters.withLearningRate(rate);
        encoderStep.setLearningRate(rate);
        decoderStep.setLearningRate(rate);
    }

    /** One step on a fresh batch; returns what it measured before the update. */
    public VaeStepMetrics step() {
        double beta = hyperparameters.beta();
        data.sample(rng, batch, (i, v) -> x[i] = v);
        floats(encodePass.input()).put(0, x);
        encoder.forward(encodePass);
        floats(encodePass.output()).get(0, encoded);
        for (int k = 0; k < noise.length; k++) {
            noise[k] = (float) rng.nextGaussian();
        }
        VaeObjective.reparameterise(encoded, noise, batch, latent, z);
        floats(decodePass.input()).put(0, z);
        decoder.forward(decodePass);
        floats(decodePass.output()).get(0, decoded);

        double reconstruction = VaeObjective.reconstruction(x, decoded, batch, dim, hyperparameters.decoderStd());
        double kl = VaeObjective.kl(encoded, batch, latent);

        VaeObjective.reconstructionDelta(x, decoded, batch, dim, hyperparameters.decoderStd(), outputDelta);
        floats(decodePass.outputDelta()).put(0, outputDelta);
        decoder.backward(decodePass, true, true);
        floats(decodePass.inputDelta()).get(0, latentDelta);
        VaeObjective.encoderDelta(encoded, noise, latentDelta, batch, latent, beta, encodedDelta);
        floats(encodePass.outputDelta()).put(0, encodedDelta);
        encoder.backward(encodePass, true, false);

        gradientNorm = StepHealth.norm(encoder.gradients(), decoder.gradients());
        decoderStep.apply(decoder.params(), decoder.gradients());
        encoderStep.apply(encoder.params(), encoder.gradients());
        iteration++;
        return new VaeStepMetrics(iteration, reconstruction, kl, beta);
    }

    /** ‖∇θ‖ of the latest step's loss over encoder and decoder together; NaN before the first step. */
    public double gradientNorm() {
        return gradientNorm;
    }

    @Override
    public java.util.List<org.nd4j.linalg.api.ndarray.INDArray> parameterArrays() {
        return java.util.List.of(encoder.params(), decoder.params());
    }

    /** Adam starts afresh for both networks. */
    @Override
    public void parametersRestored() {
        encoderStep.reset();
        decoderStep.reset();
    }

    /** The encoder's output for row-major {@code points}: per row μ then log σ² (latent values each). */
    public float[] encode(float[] points) {
        return run(encoder, points, dim, 2 * latent);
    }

    /** The decoder's mean x̂(z) for row-major latent vectors. */
    public float[] decode(float[] latents) {
        return run(decoder, latents, latent, dim);
    }

    private static float[] run(DenseStack net, float[] input, int inputs, int outputs) {
        int rows = input.length / inputs;
        DenseStack.Pass pass = net.pass(Math.max(2, rows)); // ND4J makes a one-row matrix non-contiguous
        floats(pass.input()).put(0, input);
        net.forward(pass);
        float[] out = new float[rows * outputs];
        floats(pass.output()).get(0, out);
        return out;
    }

    private static FloatBuffer floats(org.nd4j.linalg.api.ndarray.INDArray array) {
        return array.data().asNioFloat();
    }

    /**
     * What the VAE does now with {@code points} (fixed, to compare over time) and prior draws
     * {@code priorLatents}: posterior means and standard deviations, reconstructions x̂(μ) from
     * the posterior means, and decoded prior samples.
     */
    public VaeSnapshot snapshot(float[] points, float[] priorLatents) {
        int rows = points.length / dim;
        float[] enc = encode(points);
        float[] means = new float[rows * latent];
        float[] sigmas = new float[rows * latent];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < latent; j++) {
                means[r * latent + j] = enc[r * 2 * latent + j];
                sigmas[r * latent + j] = (float) Math.exp(0.5 * VaeObjective.clippedLogVar(enc[r * 2 * latent + latent + j]));
            }
        }
        float[] reconstructions = decode(means);
        float[] priorDecoded = decode(priorLatents);
        double mse = VaeObjective.meanSquaredError(points, reconstructions, rows, dim);
        return new VaeSnapshot(iteration, dim, latent, hyperparameters.beta(), points, means, sigmas,
                reconstructions, priorDecoded, mse);
    }
}
