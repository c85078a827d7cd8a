package io.latentlab.train;

import io.latentlab.data.BadInputException;

import java.util.Objects;

/**
 * How a convolutional GAN trains. The defaults are the peer's standard DCGAN recipe.
 *
 * @param loss         the GAN objective ({@link GanLoss}); all but WGAN-GP
 * @param learningRate Adam's step size for both networks (2e-4)
 * @param batch        images per step (64)
 * @param seed         seeds the latent draws and the order of the images
 * @param spectralNorm whether the discriminator's convolutions and dense layer are spectrally normalised
 * @param blasThreads  threads for a step ({@link StepThreads}: products shared out by rows, one OpenBLAS thread each)
 */
public record ConvGanSettings(GanLoss loss, double learningRate, int batch, long seed, boolean spectralNorm, int blasThreads) {

    public static final double DEFAULT_LEARNING_RATE = 2e-4;
    public static final double ADAM_BETA1 = 0.5;
    public static final double ADAM_BETA2 = 0.999;
    public static final double ADAM_EPSILON = 1e-8;
    public static final int DEFAULT_BATCH = 64;
    /** The window's: its drawing needs a core of its own (beside another training run 2 threads lost: 5.4–5.7 against 5.8–6.3 it/s). */
    public static final int DEFAULT_BLAS_THREADS = 1;
    /** Measured on the idle 2-core machine (DCGAN, bench's schedule): 9.8–10.7 it/s on 2 step threads, 6.7–7.0 on one. */
    static final int COMMAND_LINE_THREADS = 2;

    /**
     * The command line's threads (train, bench): {@value #COMMAND_LINE_THREADS} where the machine
     * has that many cores, else 1. The window keeps {@link #DEFAULT_BLAS_THREADS}: its drawing
     * needs a core of its own. OpenBLAS takes the matrix products and {@code StepThreads} the
     * loops between them.
     */
    public static int commandLineThreads() {
        return Math.max(1, Math.min(COMMAND_LINE_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public ConvGanSettings {
        Objects.requireNonNull(loss);
        if (loss == GanLoss.WASSERSTEIN_GP) {
            throw new BadInputException("the wasserstein-gp loss needs a second backpropagation through the convolutions and batch "
                    + "normalisation, which the image GANs do not have; use --loss hinge or least-squares (with --spectral-norm for a "
                    + "Lipschitz-bounded discriminator) instead");
        }
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new BadInputException("the learning rate must be in (0, 1], got " + learningRate);
        }
        if (batch < 2 || batch > 1024) {
            throw new BadInputException("the batch must be between 2 and 1024 images for a GAN (batch normalisation needs 2), got " + batch);
        }
        if (blasThreads < 1 || blasThreads > 64) {
            throw new IllegalArgumentException("BLAS threads must be in 1..64, got " + blasThreads);
        }
    }

    public static ConvGanSettings defaults(long seed) {
        return new ConvGanSettings(GanLoss.NON_SATURATING, DEFAULT_LEARNING_RATE, DEFAULT_BATCH, seed, false, DEFAULT_BLAS_THREADS);
    }

    public ConvGanSettings withLearningRate(double rate) {
        return new ConvGanSettings(loss, rate, batch, seed, spectralNorm, blasThreads);
    }
}
