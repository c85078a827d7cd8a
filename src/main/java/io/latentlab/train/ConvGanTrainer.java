package io.latentlab.train;

import io.latentlab.data.ImageSet;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link ConvGan} on the convolutional lean path ({@link ConvStack}) with the peer's
 * iteration: draw z, {@code fake = G(z)}; the discriminator step on the real and the generated
 * batch in two separate forward passes (so batch normalisation's statistics are each batch's
 * own), {@code D} updated by Adam; then the generator step reusing {@code fake} against the
 * updated D. Batch normalisation is in training mode throughout, and every pass through D moves
 * its running statistics, as PyTorch's do. A conditional GAN gives G and D each image's class
 * (G's generated batch takes the real batch's classes).
 *
 * <p>Images come in as pixels in [0, 1] and are scaled to [−1, 1], G's tanh range. A step runs
 * on the calling thread and, with {@link ConvGanSettings#blasThreads()} above 1, that many
 * {@link StepThreads} in all, each product on one OpenBLAS thread.
 */
public final class ConvGanTrainer implements CheckpointedParameters {

    private final ConvGan model;
    private ConvGanSettings settings;
    private final Random rng;
    private final ConvStack generator;
    private final ConvStack discriminator;
    private final AdamStep generatorStep;
    private final AdamStep discriminatorStep;
    private final AdamStep normStep;
    private final INDArray normGrads;
    private final INDArray realGrads;
    private final ConvStack.Pass gPass;
    private final ConvStack.Pass realPass;
    private final ConvStack.Pass fakePass;
    private final StepThreads stepThreads;
    /** A second lean path over D for the fake batch's D step, run beside the real one's ({@link DiscriminatorPair}); null on one thread. */
    private final DiscriminatorPair pair;
    private final int latent;
    private final int classes;
    private final int pixels;
    private long iteration;
    private GeneratorAverage generatorAverage;

    public ConvGanTrainer(ConvGan model, ConvGanSettings settings) {
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        this.rng = new Random(settings.seed());
        this.latent = model.latentSize();
        this.classes = model.classes();
        this.pixels = model.shape().pixels();
        int side = ConvGanShape.SIDE;
        this.normGrads = model.conditionalNorm() == null ? null
                : Nd4j.create(DataType.FLOAT, model.conditionalNorm().params().length());
        this.generator = new ConvStack(model.generator(), new int[] {1, 1, model.shape().generatorInputs()}, -1,
                model.conditionalNorm(), normGrads);
        this.discriminator = new ConvStack(model.discriminator(), new int[] {side, side, model.shape().discriminatorPlanes()},
                settings.spectralNorm() ? settings.seed() + 17 : -1, null, null);
        this.generatorStep = adam(model.generator().numParams(), settings.learningRate());
        this.discriminatorStep = adam(model.discriminator().numParams(), settings.learningRate());
        this.normStep = normGrads == null ? null : adam(normGrads.length(), settings.learningRate());
        this.realGrads = Nd4j.create(DataType.FLOAT, model.discriminator().numParams());
        int batch = settings.batch();
        this.gPass = generator.pass(batch);
        this.realPass = discriminator.pass(batch);
        this.fakePass = discriminator.pass(batch);
        this.stepThreads = StepThreads.of(settings.blasThreads());
        generator.useThreads(stepThreads);
        discriminator.useThreads(stepThreads);
        this.pair = stepThreads.threads() >= 2 && !settings.spectralNorm()
                ? new DiscriminatorPair(discriminator, new ConvStack(model.discriminator(),
                        new int[] {side, side, model.shape().discriminatorPlanes()}, -1, null, null), stepThreads)
                : null;
    }

    private static AdamStep adam(long parameters, double rate) {
        return new AdamStep(parameters, rate, ConvGanSettings.ADAM_BETA1, ConvGanSettings.ADAM_BETA2, ConvGanSettings.ADAM_EPSILON);
    }

    public ConvGan model() {
        return model;
    }

    public ConvGanSettings settings() {
        return settings;
    }

    public long iteration() {
        return iteration;
    }

    /** Counts on from {@code steps} taken before (a model opened from a file); only before the first step. */
    public ConvGanTrainer continuingFrom(long steps) {
        if (iteration != 0 || steps < 0) {
            throw new IllegalStateException("continue from " + steps + " only before the first step");
        }
        iteration = steps;
        return this;
    }

    /**
     * Keeps an exponential moving average of the generator's weights from the next step on
     * ({@link GeneratorAverage}: decay ramping up to {@code decay}), for {@link #averaged()}. Only
     * before the first step.
     */
    public ConvGanTrainer keepingGeneratorAverage(double decay) {
        if (iteration != 0 || generatorAverage != null) {
            throw new IllegalStateException("start the generator's average once, before the first step");
        }
        generatorAverage = new GeneratorAverage(model, decay);
        return this;
    }

    /** A copy of the model with the generator's averaged weights (the model itself when no average is kept). */
    public ConvGan averaged() {
        return generatorAverage == null ? model : generatorAverage.averaged();
    }

    /** Adam's learning rate for both networks from the next step on; the moment estimates are kept. */
    public void setLearningRate(double rate) {
        settings = settings.withLearningRate(rate);
        generatorStep.setLearningRate(rate);
        discriminatorStep.setLearningRate(rate);
        if (normStep != null) {
            normStep.setLearningRate(rate);
        }
    }

    /** The larger of G's and D's gradient norms in the latest step; NaN before the first step. */
    public double gradientNorm() {
        return Math.max(generatorStep.gradientNorm(), discriminatorStep.gradientNorm());
    }

    /** G's, D's and (conditional) the class norm's parameters; batch normalisation's running statistics are among them. */
    @Override
    public java.util.List<INDArray> parameterArrays() {
        return model.conditionalNorm() == null
                ? java.util.List.of(model.generator().params(), model.discriminator().params())
                : java.util.List.of(model.generator().params(), model.discriminator().params(), model.conditionalNorm().params());
    }

    /** The lean paths re-pack the restored weights; Adam starts afresh for every network. */
    @Override
    public void parametersRestored() {
        generator.pack();
        discriminator.pack();
        if (pair != null) {
            pair.packSecond();
        }
        generatorStep.reset();
        discriminatorStep.reset();
        if (normStep != null) {
            normStep.reset();
        }
    }

    /**
     * One iteration on {@code rows} real images ({@code imagesIn01} row-major, 784 pixels each in
     * [0, 1]; rows between 2 and the batch size) with their classes ({@code labels}; needed by a
     * conditional GAN, ignored otherwise). Returns what it measured.
     */
    public ConvGanStepMetrics step(float[] imagesIn01, int[] labels, int rows) {
        if (rows < 2 || rows > settings.batch() || imagesIn01.length < rows * pixels) {
            throw new IllegalArgumentException("a step takes 2.." + settings.batch() + " images of " + pixels
                    + " pixels, got " + rows + " rows in " + imagesIn01.length + " values");
        }
        if (classes > 0) {
            if (labels == null || labels.length < rows) {
                throw new IllegalArgumentException("a conditional GAN step needs a class for each of the " + rows + " images");
            }
            for (int i = 0; i < rows; i++) {
                if (labels[i] < 0 || labels[i] >= classes) {
                    throw new IllegalArgumentException("class " + labels[i] + " is not in 0.." + (classes - 1));
                }
            }
        }
        // the step's threads share out the products themselves, each on one OpenBLAS thread
        int previous = Nd4j.factory().blas().getMaxThreads();
        Nd4j.factory().blas().setMaxThreads(1);
        try {
            return iterate(imagesIn01, classes > 0 ? labels : null, rows);
        } finally {
            Nd4j.factory().blas().setMaxThreads(previous);
        }
    }

    private ConvGanStepMetrics iterate(float[] images, int[] labels, int rows) {
        boolean full = rows == settings.batch();
        ConvStack.Pass g = full ? gPass : generator.pass(rows);
        ConvStack.Pass real = full ? realPass : discriminator.pass(rows);
        ConvStack.Pass fake = full ? fakePass : discriminator.pass(rows);
        int gIn = model.shape().generatorInputs();
        float[] z = new float[rows * gIn];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < latent; j++) {
                z[i * gIn + j] = (float) rng.nextGaussian();
            }
            if (labels != null) {
                z[i * gIn + latent + labels[i]] = 1f;
            }
        }
        g.input().set(z);
        float[] generated = generator.forward(g, true, labels).toArray();
        real.input().set(discriminatorInput(images, 2f, -1f, labels, rows));
        fake.input().set(discriminatorInput(generated, 1f, 0f, labels, rows));

        float[] outputs = new float[2 * rows];
        float[] delta = new float[2 * rows];
        double[] d;
        if (pair != null) {
            d = pair.step(real, fake, labels, rows, (out, dl) -> GanLossMath.discriminator(settings.loss(), out, rows, dl));
        } else {
            float[] realOut = discriminator.forward(real, true, labels).toArray();
            float[] fakeOut = discriminator.forward(fake, true, labels).toArray();
            System.arraycopy(realOut, 0, outputs, 0, rows);
            System.arraycopy(fakeOut, 0, outputs, rows, rows);
            d = GanLossMath.discriminator(settings.loss(), outputs, rows, delta);
            float[] part = new float[rows];
            System.arraycopy(delta, 0, part, 0, rows);
            real.outputDelta().set(part);
            discriminator.backward(real, true, false, labels);
            realGrads.assign(discriminator.gradients());
            System.arraycopy(delta, rows, part, 0, rows);
            fake.outputDelta().set(part);
            discriminator.backward(fake, true, false, labels);
            discriminator.gradients().addi(realGrads);
        }
        discriminatorStep.apply(discriminator.params(), discriminator.gradients());
        discriminator.pack();
        if (pair != null) {
            pair.packSecond();
        }

        float[] again = discriminator.forward(fake, true, labels).toArray();
        float[] gDelta = new float[rows];
        double[] gl = GanLossMath.generator(settings.loss(), again, rows, gDelta);
        fake.outputDelta().set(gDelta);
        discriminator.backward(fake, false, true, labels);
        g.outputDelta().set(imagePlane(fake.inputDelta().toArray(), rows));
        generator.backward(g, true, false, labels);
        generatorStep.apply(generator.params(), generator.gradients());
        if (normStep != null) {
            normStep.apply(model.conditionalNorm().params(), normGrads);
        }
        generator.pack();
        if (generatorAverage != null) {
            generatorAverage.update();
        }
        iteration++;
        return new ConvGanStepMetrics(iteration, d[0], gl[0], d[1], d[2]);
    }

    /** D's channels-last input: each pixel scaled as {@code a·p + b}, then, for a conditional GAN, the one-hot class planes. */
    private float[] discriminatorInput(float[] images, float a, float b, int[] labels, int rows) {
        int planes = model.shape().discriminatorPlanes();
        float[] in = new float[rows * pixels * planes];
        for (int i = 0; i < rows; i++) {
            for (int p = 0; p < pixels; p++) {
                int at = (i * pixels + p) * planes;
                in[at] = a * images[i * pixels + p] + b;
                if (labels != null) {
                    in[at + 1 + labels[i]] = 1f;
                }
            }
        }
        return in;
    }

    /** The image plane (channel 0) of D's input gradient. */
    private float[] imagePlane(float[] gradient, int rows) {
        int planes = model.shape().discriminatorPlanes();
        if (planes == 1) {
            return gradient;
        }
        float[] out = new float[rows * pixels];
        for (int k = 0; k < out.length; k++) {
            out[k] = gradient[k * planes];
        }
        return out;
    }

    /**
     * One pass over {@code images} in a fresh random order, in full batches (a last batch of fewer
     * than 2 images is left out); {@code each} sees every step's metrics. Returns the last step's.
     */
    public ConvGanStepMetrics epoch(ImageSet images, Consumer<ConvGanStepMetrics> each) {
        if (images.size() != pixels) {
            throw new IllegalArgumentException(images.name() + " has images of " + images.rows() + "×" + images.cols()
                    + " but the model makes 28×28");
        }
        if (classes > 0 && (!images.hasLabels() || images.classes() != classes)) {
            throw new IllegalArgumentException(images.name() + " has no labels of " + classes + " classes for the conditional GAN");
        }
        int count = images.count();
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
        float[] all = images.pixelsView();
        int batch = settings.batch();
        float[] x = new float[batch * pixels];
        int[] y = new int[batch];
        ConvGanStepMetrics last = null;
        for (int start = 0; start + 2 <= count; start += batch) {
            int rows = Math.min(batch, count - start);
            for (int r = 0; r < rows; r++) {
                System.arraycopy(all, order[start + r] * pixels, x, r * pixels, pixels);
                y[r] = images.hasLabels() ? images.label(order[start + r]) : 0;
            }
            last = step(x, y, rows);
            if (each != null) {
                each.accept(last);
            }
        }
        return last;
    }
}
