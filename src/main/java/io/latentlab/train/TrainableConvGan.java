package io.latentlab.train;

import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanShape;
import io.latentlab.model.ModelCard;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A DCGAN or conditional GAN as the Images tab trains it: its {@link ConvGanTrainer} behind the
 * {@link ImageModelTrainer} surface, with the two players' losses and D's verdicts on real and
 * generated images as the chart's lines. A GAN has no encoder, so the tab shows no
 * reconstructions, and no β.
 */
public final class TrainableConvGan implements ImageModelTrainer {

    /** D loss vermillion, G loss blue, D(real) green dashed, D(fake) orange dashed. */
    private static final List<ImageSeries> SERIES = List.of(
            ImageSeries.solid("D loss", ImageSeries.VERMILLION),
            ImageSeries.solid("G loss", ImageSeries.BLUE),
            new ImageSeries("D(real)", ImageSeries.GREEN, true),
            new ImageSeries("D(fake)", ImageSeries.ORANGE, true));

    private final ConvGanTrainer trainer;
    private final ConvGan model;

    public TrainableConvGan(ConvGanTrainer trainer) {
        this.trainer = Objects.requireNonNull(trainer);
        this.model = trainer.model();
    }

    @Override
    public int rows() {
        return ConvGanShape.SIDE;
    }

    @Override
    public int cols() {
        return ConvGanShape.SIDE;
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
    public ConvGanStepMetrics step(float[] images01, int[] labels, int rows) {
        return trainer.step(images01, labels, rows);
    }

    @Override
    public List<ImageSeries> series() {
        return SERIES;
    }

    @Override
    public String describe(ImageStep step) {
        ConvGanStepMetrics m = (ConvGanStepMetrics) step;
        return String.format(Locale.ROOT, "D loss %.3f   G loss %.3f   D(real) %.2f   D(fake) %.2f",
                m.dLoss(), m.gLoss(), m.dReal(), m.dFake());
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
    public float[] decode(float[] z, int[] labels, int count) {
        return model.pixels(z, model.classes() > 0 ? labels : null, count);
    }

    @Override
    public SavedImageModel copyForSaving(String dataset, ImageStep last) {
        ConvGan copy = model.copy();
        ModelCard card = ConvGanSnapshotCard.of(copy, trainer.iteration(), trainer.settings(), dataset, (ConvGanStepMetrics) last);
        return new SavedImageModel() {
            @Override
            public long trainingSteps() {
                return card.trainingSteps();
            }

            @Override
            public void save(Path file) throws IOException {
                ConvGanFile.save(file, copy, card, null);
            }
        };
    }
}
