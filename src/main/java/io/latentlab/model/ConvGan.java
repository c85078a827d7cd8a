package io.latentlab.model;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Objects;

/**
 * A convolutional GAN of 28×28 grey images ({@link ConvGanKind}): the generator and the
 * discriminator of {@link ConvGanShape} as DL4J networks, and for the conditional GAN the class
 * names and the generator's per-class normalisation ({@link ConditionalNorm}). Training updates
 * the networks in place; {@link #pixels} draws images with batch normalisation in inference mode
 * (its running statistics).
 */
public final class ConvGan {

    private final ConvGanKind kind;
    private final ConvGanShape shape;
    private final MultiLayerNetwork generator;
    private final MultiLayerNetwork discriminator;
    private final ConditionalNorm conditionalNorm;
    private final List<String> classNames;

    public ConvGan(ConvGanKind kind, MultiLayerNetwork generator, MultiLayerNetwork discriminator,
                   ConditionalNorm conditionalNorm, List<String> classNames) {
        this(kind, generator, discriminator, conditionalNorm, classNames, true);
    }

    private ConvGan(ConvGanKind kind, MultiLayerNetwork generator, MultiLayerNetwork discriminator,
                    ConditionalNorm conditionalNorm, List<String> classNames, boolean check) {
        this.kind = Objects.requireNonNull(kind);
        this.generator = Objects.requireNonNull(generator);
        this.discriminator = Objects.requireNonNull(discriminator);
        this.classNames = List.copyOf(classNames);
        int classes = kind.conditional() ? classNames.size() : 0;
        if (kind.conditional() && (classes < 2 || conditionalNorm == null || conditionalNorm.classes() != classes
                || conditionalNorm.channels() != ConvGanShape.G_MID)) {
            throw new IllegalArgumentException("a conditional GAN needs at least 2 class names and a conditional normalisation of "
                    + ConvGanShape.G_MID + " channels per class");
        }
        if (!kind.conditional() && conditionalNorm != null) {
            throw new IllegalArgumentException("an unconditional DCGAN has no conditional normalisation");
        }
        long gIn = generator.getLayer(0).getParam("W").size(0);
        this.shape = new ConvGanShape((int) gIn - classes, classes);
        if (check) {
            ConvGanShape.requireMatches(shape, generator, discriminator);
        }
        this.conditionalNorm = conditionalNorm;
    }

    /** A fresh model, seeded, initialised as PyTorch initialises the peer's layers. */
    public static ConvGan create(ConvGanKind kind, int latent, List<String> classNames, long seed) {
        int classes = kind.conditional() ? classNames.size() : 0;
        ConvGanShape shape = new ConvGanShape(latent, classes);
        return new ConvGan(kind, shape.generator(seed), shape.discriminator(seed + 1),
                kind.conditional() ? ConditionalNorm.identity(classes, ConvGanShape.G_MID) : null,
                kind.conditional() ? classNames : List.of());
    }

    public ConvGanKind kind() {
        return kind;
    }

    public ConvGanShape shape() {
        return shape;
    }

    public MultiLayerNetwork generator() {
        return generator;
    }

    public MultiLayerNetwork discriminator() {
        return discriminator;
    }

    /** The generator's per-class scale and shift; null for the DCGAN. */
    public ConditionalNorm conditionalNorm() {
        return conditionalNorm;
    }

    public List<String> classNames() {
        return classNames;
    }

    public int latentSize() {
        return shape.latent();
    }

    public int classes() {
        return shape.classes();
    }

    /** Trainable parameters, as PyTorch counts them (without batch normalisation's running statistics; with the per-class γ and β). */
    public long generatorParameters() {
        return ConvGanShape.trainable(generator) + (conditionalNorm == null ? 0 : conditionalNorm.params().length());
    }

    public long discriminatorParameters() {
        return ConvGanShape.trainable(discriminator);
    }

    /**
     * Images for {@code n} latent vectors ({@code latents} row-major, n × {@link #latentSize()})
     * and, for a conditional GAN, their classes: n × 784 pixels in [0, 1] (the generator's tanh
     * output mapped from [−1, 1]). Runs DL4J's layers in inference mode on the calling thread;
     * use a {@link #copy()} away from a training thread.
     */
    public float[] pixels(float[] latents, int[] labels, int n) {
        int latent = latentSize();
        if (n < 1 || latents.length < n * latent) {
            throw new IllegalArgumentException("need " + n + " latent vectors of " + latent + " values, got " + latents.length + " values");
        }
        int classes = classes();
        if (classes > 0 && (labels == null || labels.length < n)) {
            throw new IllegalArgumentException("a conditional GAN needs a class for each of the " + n + " images");
        }
        float[] input = new float[n * shape.generatorInputs()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(latents, i * latent, input, i * shape.generatorInputs(), latent);
            if (classes > 0) {
                int label = labels[i];
                if (label < 0 || label >= classes) {
                    throw new IllegalArgumentException("class " + label + " is not in 0.." + (classes - 1));
                }
                input[i * shape.generatorInputs() + latent + label] = 1f;
            }
        }
        INDArray z = Nd4j.create(input, new long[] {n, shape.generatorInputs()}, 'c');
        INDArray out;
        if (conditionalNorm == null) {
            out = generator.output(z, false);
        } else {
            out = conditionalForward(z, labels, n);
        }
        float[] pixels = out.dup('c').data().asFloat();
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = Math.min(1f, Math.max(0f, (pixels[k] + 1f) * 0.5f));
        }
        return pixels;
    }

    /**
     * Images for {@code n} latent vectors of a conditional GAN, each with soft class weights
     * ({@code n × classes}, e.g. (1 − t)·onehot(a) + t·onehot(b)) in place of a class: the
     * generator reads the weights where it reads the one-hot, and the conditional normalisation's
     * γ and β mix with the same weights. Weights of a one-hot give that class's images.
     */
    public float[] pixelsMixed(float[] latents, float[] classWeights, int n) {
        int latent = latentSize();
        int classes = classes();
        if (classes == 0) {
            throw new IllegalArgumentException("the " + kind.cliName() + " is not conditional: it takes no class weights");
        }
        if (n < 1 || latents.length < n * latent) {
            throw new IllegalArgumentException("need " + n + " latent vectors of " + latent + " values, got " + latents.length + " values");
        }
        if (classWeights == null || classWeights.length < n * classes) {
            throw new IllegalArgumentException("need " + classes + " class weights for each of " + n + " images");
        }
        float[] input = new float[n * shape.generatorInputs()];
        for (int i = 0; i < n; i++) {
            System.arraycopy(latents, i * latent, input, i * shape.generatorInputs(), latent);
            System.arraycopy(classWeights, i * classes, input, i * shape.generatorInputs() + latent, classes);
        }
        INDArray z = Nd4j.create(input, new long[] {n, shape.generatorInputs()}, 'c');
        int c = ConvGanShape.G_MID;
        INDArray weights = Nd4j.create(java.util.Arrays.copyOf(classWeights, n * classes), new long[] {n, classes}, 'c');
        INDArray params = conditionalNorm.params();
        INDArray gammas = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, (long) classes * c)).reshape(classes, c);
        INDArray betas = params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval((long) classes * c, 2L * classes * c)).reshape(classes, c);
        INDArray gamma = weights.mmul(gammas).reshape(n, c, 1, 1);
        INDArray beta = weights.mmul(betas).reshape(n, c, 1, 1);
        float[] pixels = scaledForward(z, gamma, beta).dup('c').data().asFloat();
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = Math.min(1f, Math.max(0f, (pixels[k] + 1f) * 0.5f));
        }
        return pixels;
    }

    /** The generator with its normalisation layer's γ and β taken per image from the conditional normalisation. */
    private INDArray conditionalForward(INDArray z, int[] labels, int n) {
        int c = ConvGanShape.G_MID;
        int classes = classes();
        INDArray params = conditionalNorm.params();
        INDArray gamma = Nd4j.create(DataType.FLOAT, n, c, 1, 1);
        INDArray beta = Nd4j.create(DataType.FLOAT, n, c, 1, 1);
        for (int i = 0; i < n; i++) {
            long g = (long) labels[i] * c;
            gamma.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(
                    params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(g, g + c)).reshape(c, 1, 1));
            beta.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(
                    params.get(org.nd4j.linalg.indexing.NDArrayIndex.interval((long) classes * c + g, (long) classes * c + g + c)).reshape(c, 1, 1));
        }
        return scaledForward(z, gamma, beta);
    }

    /** The generator with its normalisation layer scaling by {@code gamma} and shifting by {@code beta} ([n, channels, 1, 1]) per image. */
    private INDArray scaledForward(INDArray z, INDArray gamma, INDArray beta) {
        LayerWorkspaceMgr ws = LayerWorkspaceMgr.noWorkspaces();
        INDArray a = generator.feedForwardToLayer(ConvGanShape.G_NORM_LAYER - 1, z, false).get(ConvGanShape.G_NORM_LAYER);
        a = a.dup('c'); // [n, 64, 14, 14]
        INDArray mean = generator.getLayer(ConvGanShape.G_NORM_LAYER).getParam("mean").reshape(1, ConvGanShape.G_MID, 1, 1);
        INDArray var = generator.getLayer(ConvGanShape.G_NORM_LAYER).getParam("var").reshape(1, ConvGanShape.G_MID, 1, 1);
        INDArray std = org.nd4j.linalg.ops.transforms.Transforms.sqrt(var.add(ConvGanShape.BN_EPSILON), true);
        a = a.subi(mean.broadcast(a.shape())).divi(std.broadcast(a.shape()));
        a = a.muli(gamma.broadcast(a.shape())).addi(beta.broadcast(a.shape()));
        for (int l = ConvGanShape.G_NORM_LAYER + 1; l < generator.getnLayers(); l++) {
            a = generator.getLayer(l).activate(a, false, ws);
        }
        return a;
    }

    /** Layer sizes, e.g. {@code G 64→6272→(128,7,7)→ConvT 64→BN→ConvT 1, tanh; D Conv 64→Conv 128→BN→6272→1 (logit)}. */
    public String describe() {
        return shape.describe();
    }

    /** A deep copy, for sampling or saving elsewhere while this one trains. */
    public ConvGan copy() {
        return new ConvGan(kind, generator.clone(), discriminator.clone(),
                conditionalNorm == null ? null : conditionalNorm.copy(), classNames, false);
    }
}
