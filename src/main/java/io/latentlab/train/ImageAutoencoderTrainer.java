package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.ImageAutoencoder;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains an {@link ImageAutoencoder} on the lean path: {@link DenseStack} forward and backward
 * passes straight on the networks' parameters and a fused {@link AdamStep} per network, as the
 * toy {@link VaeTrainer} does, with the Bernoulli likelihood ({@link BernoulliLikelihood}) in
 * place of the Gaussian. A VAE step draws z = μ + σ·ε and adds β·KL
 * ({@link VaeObjective}); a plain autoencoder step decodes μ and has no KL term.
 *
 * <p>Where the images come from is the caller's: {@link #step} takes a batch, {@link #epoch}
 * walks an {@link ImageSet} in a seeded random order. Runs on one thread; the networks are
 * updated in place.
 */
public final class ImageAutoencoderTrainer implements CheckpointedParameters {

    private final ImageAutoencoder model;
    private ImageTrainingSettings settings;
    private final Random rng;
    private final DenseStack encoder;
    private final DenseStack decoder;
    private final AdamStep encoderStep;
    private final AdamStep decoderStep;
    private final boolean variational;
    private final int dim;
    private final int latent;
    private final int encoded;
    private final int classes;
    private final float[] x;
    private final int[] y;
    private final float[] encoderIn;
    private final float[] decoderIn;
    private final float[] decoderInDelta;
    private final float[] encoderOut;
    private final float[] noise;
    private final float[] z;
    private final float[] logits;
    private final float[] outputDelta;
    private final float[] latentDelta;
    private final float[] encoderDelta;
    private long iteration;

    public ImageAutoencoderTrainer(ImageAutoencoder model, ImageTrainingSettings settings) {
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        this.rng = new Random(settings.seed());
        this.variational = model.kind().variational();
        this.dim = model.pixels();
        this.latent = model.latentSize();
        this.encoded = model.kind().encoderOutputsPerLatent() * latent;
        this.classes = model.classes();
        this.encoder = new DenseStack(model.encoder(), SgemmLibrary.chosen());
        this.decoder = new DenseStack(model.decoder(), SgemmLibrary.chosen());
        this.encoderStep = adam(model.encoder().numParams(), settings.learningRate());
        this.decoderStep = adam(model.decoder().numParams(), settings.learningRate());
        int rows = Math.max(2, settings.batch());
        this.x = new float[rows * dim];
        this.y = new int[rows];
        this.encoderIn = new float[rows * (dim + classes)];
        this.decoderIn = new float[rows * (latent + classes)];
        this.decoderInDelta = new float[rows * (latent + classes)];
        this.encoderOut = new float[rows * encoded];
        this.noise = new float[rows * latent];
        this.z = new float[rows * latent];
        this.logits = new float[rows * dim];
        this.outputDelta = new float[rows * dim];
        this.latentDelta = new float[rows * latent];
        this.encoderDelta = new float[rows * encoded];
    }

    private static AdamStep adam(long parameters, double rate) {
        return new AdamStep(parameters, rate, VaeHyperparameters.ADAM_BETA1, VaeHyperparameters.ADAM_BETA2,
                VaeHyperparameters.ADAM_EPSILON);
    }

    public ImageAutoencoder model() {
        return model;
    }

    public ImageTrainingSettings settings() {
        return settings;
    }

    /** Counts on from {@code steps} taken before (a model opened from a file); only before the first step. */
    public ImageAutoencoderTrainer continuingFrom(long steps) {
        if (iteration != 0 || steps < 0) {
            throw new IllegalStateException("continue from " + steps + " only before the first step");
        }
        iteration = steps;
        return this;
    }

    public long iteration() {
        return iteration;
    }

    /** The KL weight β from the next step on. */
    public void setBeta(double beta) {
        settings = new ImageTrainingSettings(beta, settings.learningRate(), settings.batch(), settings.seed());
    }

    /** Adam's learning rate from the next step on; the moment estimates are kept. */
    public void setLearningRate(double rate) {
        settings = new ImageTrainingSettings(settings.beta(), rate, settings.batch(), settings.seed());
        encoderStep.setLearningRate(rate);
        decoderStep.setLearningRate(rate);
    }

    /** ‖∇θ‖ of the latest step over encoder and decoder together; NaN before the first step. */
    public double gradientNorm() {
        return Math.hypot(encoderStep.gradientNorm(), decoderStep.gradientNorm());
    }

    @Override
    public java.util.List<INDArray> parameterArrays() {
        return java.util.List.of(encoder.params(), decoder.params());
    }

    /** Adam starts afresh for both networks. */
    @Override
    public void parametersRestored() {
        encoderStep.reset();
        decoderStep.reset();
    }

    /** One step of an unconditional model; see {@link #step(float[], int[], int)}. */
    public ImageStepMetrics step(float[] images, int rows) {
        return step(images, null, rows);
    }

    /**
     * One step on {@code rows} images, row-major in {@code images} (at least rows × pixels values;
     * rows at most the batch size), with their labels for a conditional model (null otherwise);
     * returns what it measured before the update.
     */
    public ImageStepMetrics step(float[] images, int[] labels, int rows) {
        if (rows < 1 || rows > settings.batch() || images.length < rows * dim) {
            throw new IllegalArgumentException("a step takes 1.." + settings.batch() + " images of " + dim
                    + " pixels, got " + rows + " rows in " + images.length + " values");
        }
        model.checkLabels(labels, rows);
        System.arraycopy(images, 0, x, 0, rows * dim);
        if (classes > 0) {
            System.arraycopy(labels, 0, y, 0, rows);
        }
        if (rows == 1) { // ND4J makes a one-row matrix non-contiguous: the image twice has the same mean gradient
            System.arraycopy(images, 0, x, dim, dim);
            y[1] = y[0];
            rows = 2;
        }
        int n = rows * dim;
        DenseStack.Pass encodePass = encoder.pass(rows);
        floats(encodePass.input()).put(0, joined(x, dim, rows, encoderIn), 0, rows * (dim + classes));
        encoder.forward(encodePass);
        floats(encodePass.output()).get(0, encoderOut, 0, rows * encoded);
        if (variational) {
            for (int k = 0; k < rows * latent; k++) {
                noise[k] = (float) rng.nextGaussian();
            }
            VaeObjective.reparameterise(encoderOut, noise, rows, latent, z);
        } else {
            System.arraycopy(encoderOut, 0, z, 0, rows * latent);
        }
        DenseStack.Pass decodePass = decoder.pass(rows);
        floats(decodePass.input()).put(0, joined(z, latent, rows, decoderIn), 0, rows * (latent + classes));
        decoder.forward(decodePass);
        floats(decodePass.output()).get(0, logits, 0, n);

        double beta = settings.beta();
        double reconstruction = BernoulliLikelihood.lossAndDelta(x, logits, rows, dim, outputDelta);
        double kl = variational ? VaeObjective.kl(encoderOut, rows, latent) : 0;

        floats(decodePass.outputDelta()).put(0, outputDelta, 0, n);
        decoder.backward(decodePass, true, true);
        if (classes == 0) {
            floats(decodePass.inputDelta()).get(0, latentDelta, 0, rows * latent);
        } else {
            floats(decodePass.inputDelta()).get(0, decoderInDelta, 0, rows * (latent + classes));
            for (int r = 0; r < rows; r++) {
                System.arraycopy(decoderInDelta, r * (latent + classes), latentDelta, r * latent, latent);
            }
        }
        if (variational) {
            VaeObjective.encoderDelta(encoderOut, noise, latentDelta, rows, latent, beta, encoderDelta);
            floats(encodePass.outputDelta()).put(0, encoderDelta, 0, rows * encoded);
        } else {
            floats(encodePass.outputDelta()).put(0, latentDelta, 0, rows * latent);
        }
        encoder.backward(encodePass, true, false);

        decoderStep.apply(decoder.params(), decoder.gradients());
        encoderStep.apply(encoder.params(), encoder.gradients());
        iteration++;
        return new ImageStepMetrics(iteration, reconstruction, kl, variational ? beta : 0);
    }

    /**
     * One pass over {@code images} in a fresh random order (⌈count / batch⌉ steps, the last one
     * short), gathering each batch; {@code each} sees every step's metrics. Returns the mean
     * over the epoch's images of the steps' negative ELBO (β = 1, as the steps measured it).
     */
    public double epoch(ImageSet images, Consumer<ImageStepMetrics> each) {
        if (images.size() != dim) {
            throw new IllegalArgumentException(images.name() + " has images of " + images.rows() + "×" + images.cols()
                    + " but the model reads " + model.rows() + "×" + model.cols());
        }
        int count = images.count();
        int[] order = permutation(count);
        checkLabelled(images);
        float[] pixels = images.pixelsView();
        float[] batchPixels = new float[settings.batch() * dim];
        int[] batchLabels = classes > 0 ? new int[settings.batch()] : null;
        double total = 0;
        for (int start = 0; start < count; start += settings.batch()) {
            int rows = Math.min(settings.batch(), count - start);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(pixels, order[start + r] * dim, batchPixels, r * dim, dim);
                if (batchLabels != null) {
                    batchLabels[r] = images.label(order[start + r]);
                }
            }
            ImageStepMetrics m = step(batchPixels, batchLabels, rows);
            total += m.negativeElbo() * rows;
            if (each != null) {
                each.accept(m);
            }
        }
        return count == 0 ? Double.NaN : total / count;
    }

    /** Fails unless {@code images} carry the labels a conditional model needs. */
    public void checkLabelled(ImageSet images) {
        if (classes > 0 && (!images.hasLabels() || images.classes() > classes)) {
            throw new io.latentlab.data.BadInputException(images.name() + (images.hasLabels() ? " has " + images.classes()
                    + " classes but the model knows " + classes : " has no labels") + "; a " + model.kind().cliName()
                    + " trains on labelled images of its classes: choose MNIST or Fashion-MNIST, or a folder with label files");
        }
    }

    /** {@code values} (rows of {@code width}) followed by each row's one-hot label, in {@code into}; {@code values} when unconditional. */
    private float[] joined(float[] values, int width, int rows, float[] into) {
        if (classes == 0) {
            return values;
        }
        java.util.Arrays.fill(into, 0, rows * (width + classes), 0f);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * width, into, r * (width + classes), width);
            into[r * (width + classes) + width + y[r]] = 1f;
        }
        return into;
    }

    /** A seeded random order of {@code 0..count−1} (Fisher–Yates), from this trainer's generator. */
    int[] permutation(int count) {
        return permutation(count, rng);
    }

    /** A random order of {@code 0..count−1} (Fisher–Yates) from {@code rng}. */
    static int[] permutation(int count, Random rng) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static FloatBuffer floats(INDArray array) {
        return array.data().asNioFloat();
    }
}
