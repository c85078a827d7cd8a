package io.latentlab.train;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ImageSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image session trains any {@link ImageModelTrainer}: here a stand-in for a conditional GAN's
 * trainer (four series of its own, labels, no encoder), so the grid has a row per class and no
 * reconstructions, the history carries its series, and each batch reaches it with its labels.
 */
class ImageTrainingSessionTest {

    /** Each image's pixels all equal its label / 10, so a step can check the labels it is given. */
    private static ImageSet labelled(int count) {
        float[] pixels = new float[count * 4];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 3;
            java.util.Arrays.fill(pixels, i * 4, i * 4 + 4, labels[i] / 10f);
        }
        return new ImageSet("three", count, 2, 2, pixels, labels, 3);
    }

    /** Counts steps; its "D(real)" is the share of rows whose label matched their pixels. */
    private static final class StandInGan implements ImageModelTrainer {
        long iteration;
        double rate = 1e-3;

        @Override public int rows() { return 2; }
        @Override public int cols() { return 2; }
        @Override public int latentSize() { return 3; }
        @Override public List<String> classNames() { return List.of("0", "1", "2"); }
        @Override public int batch() { return 5; }
        @Override public long seed() { return 9; }
        @Override public long iteration() { return iteration; }

        @Override
        public ImageStep step(float[] images01, int[] labels, int rows) {
            int matched = 0;
            for (int r = 0; r < rows; r++) {
                matched += Math.round(images01[r * 4] * 10) == labels[r] ? 1 : 0;
            }
            long at = ++iteration;
            double share = matched / (double) rows;
            return new ImageStep() {
                public long iteration() { return at; }
                public double[] values() { return new double[] {1.0, 2.0, share, rows}; }
                public double loss() { return 3.0; }
            };
        }

        @Override
        public List<ImageSeries> series() {
            return List.of(ImageSeries.solid("D loss", ImageSeries.BLUE), ImageSeries.solid("G loss", ImageSeries.ORANGE),
                    ImageSeries.solid("D(real)", ImageSeries.GREEN), ImageSeries.solid("D(fake)", ImageSeries.PURPLE));
        }

        @Override public String describe(ImageStep step) { return "D(real) " + step.values()[2]; }
        @Override public void setLearningRate(double r) { rate = r; }

        @Override
        public float[] decode(float[] z, int[] labels, int count) {
            float[] pixels = new float[count * 4];
            for (int i = 0; i < count; i++) {
                java.util.Arrays.fill(pixels, i * 4, i * 4 + 4, labels[i] / 10f);
            }
            return pixels;
        }

        @Override
        public SavedImageModel copyForSaving(String dataset, ImageStep last) {
            return new SavedImageModel() {
                public long trainingSteps() { return iteration; }
                public void save(Path file) { }
            };
        }
    }

    @Test
    void aConditionalTrainerWithoutAnEncoderGetsLabelledBatchesAndARowPerClass() throws Exception {
        StandInGan gan = new StandInGan();
        try (ImageTrainingSession session = new ImageTrainingSession(() -> new ImageTrainingRun(gan, labelled(12), "three"))) {
            for (int i = 0; i < 7; i++) {
                session.step();
            }
            session.setLearningRate(0.01);
            session.setBeta(2); // no β: ignored
            session.withRun(run -> null).get(5, TimeUnit.SECONDS);
            assertEquals(7, session.status().iteration());
            assertEquals("D(real) 1.0", session.status().terms());
            assertEquals(0.01, gan.rate);
            ImageGridSnapshot grid = session.grid();
            assertEquals(List.of("0", "1", "2"), grid.rowLabels());
            assertEquals(0, grid.pairs());
            assertEquals(3 * SampleGridDecoder.CONDITIONAL_COLUMNS, grid.count());
            assertEquals(0.2f, grid.samples()[2 * SampleGridDecoder.CONDITIONAL_COLUMNS * 4]);
            ImageMetricHistory.Points points = session.history().snapshot();
            assertEquals(List.of("D loss", "G loss", "D(real)", "D(fake)"), points.series().stream().map(ImageSeries::name).toList());
            assertEquals(7, points.size());
            for (int k = 0; k < 7; k++) {
                assertEquals(1.0, points.values()[2][k], "every row's label matched its image");
            }
            // batches of 5 from 12 images: two full batches an epoch, then a fresh order
            assertArrayEquals(new double[] {5, 5, 5, 5, 5, 5, 5}, points.values()[3]);
        }
    }

    @Test
    void imagesWithOtherClassesThanTheModelAreOneLine() {
        ImageSet fashion = new ImageSet("fashion-mnist-test", 2, 2, 2, new float[8], new int[] {0, 1}, 10);
        BadInputException e = assertThrows(BadInputException.class, () -> new ImageTrainingRun(new StandInGan(), fashion, "f"));
        assertTrue(e.getMessage().startsWith("fashion-mnist-test has the classes T-shirt/top, Trouser"), e.getMessage());
        assertTrue(e.getMessage().endsWith("but the model knows 0, 1, 2; choose data of the model's classes"), e.getMessage());
    }
}
