package io.latentlab.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Conditional batch normalisation's per-class scale and shift (de Vries et al. 2017; the
 * conditional GAN's generator): the batch normalisation after the generator's first transposed
 * convolution normalises as usual and then scales by γ of each image's class and shifts by its
 * β. One flat float array {@code [γ (classes × channels), β (classes × channels)]}, so one Adam
 * step updates it and {@code Nd4j.write} stores it; γ starts at 1 and β at 0.
 */
public final class ConditionalNorm {

    private final int classes;
    private final int channels;
    private final INDArray params;

    public ConditionalNorm(int classes, int channels, INDArray params) {
        if (classes < 1 || channels < 1) {
            throw new IllegalArgumentException("conditional normalisation needs classes and channels, got " + classes + ", " + channels);
        }
        if (params.length() != 2L * classes * channels || params.dataType() != DataType.FLOAT) {
            throw new IllegalArgumentException("conditional normalisation of " + classes + " classes × " + channels
                    + " channels needs " + 2 * classes * channels + " float values, got " + params.length() + " " + params.dataType());
        }
        this.classes = classes;
        this.channels = channels;
        this.params = params.reshape(2L * classes * channels).dup();
    }

    /** γ = 1, β = 0 for every class. */
    public static ConditionalNorm identity(int classes, int channels) {
        INDArray p = Nd4j.zeros(DataType.FLOAT, 2L * classes * channels);
        p.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, (long) classes * channels)).assign(1);
        return new ConditionalNorm(classes, channels, p);
    }

    public int classes() {
        return classes;
    }

    public int channels() {
        return channels;
    }

    /** The flat parameters (not a copy: training updates them in place). */
    public INDArray params() {
        return params;
    }

    public ConditionalNorm copy() {
        return new ConditionalNorm(classes, channels, params.dup());
    }
}
