package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Objects;
import java.util.Random;

/**
 * A generative adversarial network on points: a generator, the pushforward of Gaussian noise
 * into data space, and a discriminator that outputs a logit (real versus generated).
 *
 * <p>Not thread-safe, as DL4J networks are not: one thread trains it, others work on a
 * {@link #copy()}.
 */
public final class Gan {

    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final NoisePrior noisePrior;

    public Gan(MultiLayerNetwork generator, MultiLayerNetwork discriminator, NoisePrior noisePrior) {
        this.generator = Objects.requireNonNull(generator);
        this.discriminator = Objects.requireNonNull(discriminator);
        this.noisePrior = Objects.requireNonNull(noisePrior);
        long gOut = MlpShape.of(generator).outputs();
        long dIn = MlpShape.of(discriminator).inputs();
        if (gOut != dIn) {
            throw new IllegalArgumentException("generator writes " + gOut + "-D points but the discriminator reads " + dIn + "-D");
        }
        if (MlpShape.of(discriminator).outputs() != 1) {
            throw new IllegalArgumentException("the discriminator must output one logit");
        }
    }

    /** A fresh network pair, both initialised from {@code seed}. */
    public static Gan create(GanShape shape, long seed, NoisePrior noisePrior) {
        return new Gan(shape.generator().build(seed), shape.discriminator().build(seed + 1), noisePrior);
    }

    public NoisePrior noisePrior() {
        return noisePrior;
    }

    public MultiLayerNetwork generator() {
        return generator;
    }

    public MultiLayerNetwork discriminator() {
        return discriminator;
    }

    public GanShape shape() {
        return new GanShape(MlpShape.of(generator), MlpShape.of(discriminator));
    }

    public int noiseSize() {
        return shape().generator().inputs();
    }

    public int dataSize() {
        return shape().generator().outputs();
    }

    /** A deep copy, for a thread other than the trainer's. */
    public Gan copy() {
        return new Gan(generator.clone(), discriminator.clone(), noisePrior);
    }

    /** The same discriminator and prior with another generator of the same shape (not copied). */
    public Gan withGenerator(MultiLayerNetwork otherGenerator) {
        return new Gan(otherGenerator, discriminator, noisePrior);
    }

    /** Noise from the prior, {@code n} rows, from {@code seed}. */
    public float[] noise(int n, long seed) {
        Random rng = new Random(seed);
        float[] z = new float[n * noiseSize()];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) noisePrior.sample(rng);
        }
        return z;
    }

    /** G(z) for the rows of {@code noise}; row-major points. */
    public float[] generate(float[] noise) {
        int k = noiseSize();
        if (noise.length % k != 0) {
            throw new IllegalArgumentException("noise length " + noise.length + " is not a multiple of " + k);
        }
        INDArray z = Nd4j.create(noise, new long[] {noise.length / k, k}, 'c');
        return generator.output(z, false).dup('c').data().asFloat();
    }

    /** The discriminator's probability that each point is real, σ(D(x)). */
    public float[] realProbability(float[] points) {
        int d = dataSize();
        INDArray x = Nd4j.create(points, new long[] {points.length / d, d}, 'c');
        float[] logits = discriminator.output(x, false).dup('c').data().asFloat();
        for (int i = 0; i < logits.length; i++) {
            logits[i] = (float) (1 / (1 + Math.exp(-logits[i])));
        }
        return logits;
    }
}
