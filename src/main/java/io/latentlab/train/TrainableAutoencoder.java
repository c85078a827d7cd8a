package io.latentlab.train;

import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;
import io.latentlab.model.ModelCard;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An image autoencoder (VAE, plain autoencoder or conditional VAE) as the Images tab trains it:
 * its {@link ImageAutoencoderTrainer} behind the {@link ImageModelTrainer} surface, with the
 * chart lines of the VAE tab (reconstruction, KL, −ELBO), β, and reconstructions through the
 * encoder's mean.
 */
public final class TrainableAutoencoder implements ImageModelTrainer {

    /** Reconstruction vermillion, KL blue, −ELBO black dashed, as the VAE tab draws them. */
    private static final List<ImageSeries> SERIES = List.of(
            ImageSeries.solid("Reconstruction", ImageSeries.VERMILLION),
            ImageSeries.solid("KL", ImageSeries.BLUE),
            new ImageSeries("−ELBO", ImageSeries.BLACK, true));

    private final ImageAutoencoderTrainer trainer;
    private final ImageAutoencoder model;

    public TrainableAutoencoder(ImageAutoencoderTrainer trainer) {
        this.trainer = Objects.requireNonNull(trainer);
        this.model = trainer.model();
    }

    /** The trainer underneath, for the worker thread only. */
    public ImageAutoencoderTrainer trainer() {
        return trainer;
    }

    @Override
    public int rows() {
        return model.rows();
    }

    @Override
    public int cols() {
        return model.cols();
    }

    @Override
    public int latentSize() {
        return model.latentSize();
    }

    @Override
    public List<String> classNames() {
        return model.classNames();
    }

    @Override
    public int batch() {
        return trainer.settings().batch();
    }

    @Override
    public long seed() {
        return trainer.settings().seed();
    }

    @Override
    public long iteration() {
        return trainer.iteration();
    }

    @Override
    public ImageStepMetrics step(float[] images01, int[] labels, int rows) {
        return trainer.step(images01, labels, rows);
    }

    @Override
    public List<ImageSeries> series() {
        return SERIES;
    }

    @Override
    public String describe(ImageStep step) {
        ImageStepMetrics m = (ImageStepMetrics) step;
        return model.kind().variational()
                ? String.format(Locale.ROOT, "Reconstruction %.1f   KL %.1f   −ELBO %.1f nats per image",
                m.reconstruction(), m.kl(), m.negativeElbo())
                : String.format(Locale.ROOT, "Reconstruction %.1f nats per image", m.reconstruction());
    }

    @Override
    public double gradientNorm() {
        return trainer.gradientNorm();
    }

    @Override
    public double learningRate() {
        return trainer.settings().learningRate();
    }

    @Override
    public java.util.List<org.nd4j.linalg.api.ndarray.INDArray> parameterArrays() {
        return trainer.parameterArrays();
    }

    @Override
    public void parametersRestored() {
        trainer.parametersRestored();
    }

    @Override
    public void setLearningRate(double rate) {
        trainer.setLearningRate(rate);
    }

    @Override
    public boolean hasBeta() {
        return model.kind().variational();
    }

    @Override
    public void setBeta(double beta) {
        trainer.setBeta(beta);
    }

    @Override
    public float[] decode(float[] z, int[] labels, int count) {
        return LatentImages.decode(model, z, labels, count);
    }

    @Override
    public boolean reconstructs() {
        return true;
    }

    /** The decoded encoder means μ of {@code images} (with their labels when conditional). */
    @Override
    public float[] reconstruct(float[] images01, int[] labels, int count) {
        int pixels = model.pixels();
        int latent = model.latentSize();
        float[] input = model.withLabels(Arrays.copyOf(images01, count * pixels), pixels, labels, count);
        INDArray encoded = model.encoder().output(Nd4j.create(input, new long[] {count, pixels + model.classes()}, 'c'), false);
        float[] all = encoded.dup('c').data().asFloat();
        int width = (int) encoded.size(1);
        float[] means = new float[count * latent];
        for (int i = 0; i < count; i++) {
            System.arraycopy(all, i * width, means, i * latent, latent);
        }
        return decode(means, labels, count);
    }

    @Override
    public SavedImageModel copyForSaving(String dataset, ImageStep last) {
        ImageAutoencoder copy = model.copy();
        ModelCard card = AutoencoderSnapshotCard.of(copy, trainer.iteration(), trainer.settings(), dataset,
                (ImageStepMetrics) last);
        return new SavedImageModel() {
            @Override
            public long trainingSteps() {
                return card.trainingSteps();
            }

            @Override
            public void save(Path file) throws IOException {
                AutoencoderFile.save(file, copy, card, null);
            }
        };
    }
}
