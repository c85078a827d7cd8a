package io.latentlab.train;

import io.latentlab.model.ConvGan;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.HashMap;
import java.util.Map;

/**
 * A convolutional GAN's generator making pictures on the lean path ({@link ConvStack} in inference
 * mode: batch normalisation with its running statistics, as DL4J's {@code output()}), for the
 * explorer's few-at-a-time decodes: DL4J's layers spend tens of milliseconds on one image, most of
 * it around the transposed convolution rather than in it. Pictures as {@link ConvGan#pixels}.
 *
 * <p>Reads the generator's parameters once: build it over a copy that is no longer trained.
 * Calls are serialised.
 */
public final class LeanGenerator {

    private final ConvGan model;
    private final ConvStack stack;
    private final Map<Integer, ConvStack.Pass> passes = new HashMap<>();

    public LeanGenerator(ConvGan model) {
        this.model = model;
        var norm = model.conditionalNorm();
        this.stack = new ConvStack(model.generator(), new int[] {1, 1, model.shape().generatorInputs()}, -1, norm,
                norm == null ? null : Nd4j.create(DataType.FLOAT, norm.params().length()));
    }

    /** {@code n} pictures (n × 784 values in [0, 1]) of the latent vectors {@code latents}, with a class each for a conditional GAN. */
    public synchronized float[] pixels(float[] latents, int[] labels, int n) {
        int latent = model.latentSize();
        int inputs = model.shape().generatorInputs();
        int classes = model.classes();
        if (n < 1 || latents.length < n * latent) {
            throw new IllegalArgumentException("need " + n + " latent vectors of " + latent + " values, got " + latents.length + " values");
        }
        if (classes > 0 && (labels == null || labels.length < n)) {
            throw new IllegalArgumentException("a conditional GAN needs a class for each of the " + n + " images");
        }
        float[] input = new float[n * inputs];
        for (int i = 0; i < n; i++) {
            System.arraycopy(latents, i * latent, input, i * inputs, latent);
            if (classes > 0) {
                if (labels[i] < 0 || labels[i] >= classes) {
                    throw new IllegalArgumentException("class " + labels[i] + " is not in 0.." + (classes - 1));
                }
                input[i * inputs + latent + labels[i]] = 1f;
            }
        }
        ConvStack.Pass pass = passes.computeIfAbsent(n, stack::pass);
        pass.input().set(input);
        float[] pixels = stack.forward(pass, false, classes > 0 ? labels : null).toArray();
        for (int k = 0; k < pixels.length; k++) {
            pixels[k] = Math.min(1f, Math.max(0f, (pixels[k] + 1f) * 0.5f));
        }
        return pixels;
    }
}
