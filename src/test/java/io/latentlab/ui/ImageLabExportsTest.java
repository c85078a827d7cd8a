package io.latentlab.ui;

import io.latentlab.export.AnimatedGif;
import io.latentlab.train.ImageGridSnapshot;
import io.latentlab.train.ImageMetricHistory;
import io.latentlab.train.ImageSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Images tab's exports without a window: a GIF frame per kept grid, in order, and the series as CSV. */
class ImageLabExportsTest {

    @TempDir
    Path dir;

    /** Runs work on the calling thread. */
    static final class HereAndNow implements BackgroundTasks {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aFramePerKeptGridOldestFirstAndTheSeriesAsColumns() throws Exception {
        List<ImageGridSnapshot> kept = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            float[] samples = new float[4 * 4 * 4];
            java.util.Arrays.fill(samples, k / 2f); // black, grey, white
            kept.add(new ImageGridSnapshot(200L * k, 4, 4, 2, false, samples, new float[0], new float[0]));
        }
        List<String> news = new ArrayList<>();
        ImageMetricHistory history = new ImageMetricHistory(64);
        history.reset(List.of(ImageSeries.solid("Reconstruction", ImageSeries.VERMILLION), ImageSeries.solid("KL", ImageSeries.BLUE),
                new ImageSeries("−ELBO", ImageSeries.BLACK, true)));
        ImageLabExports exports = new ImageLabExports(new HereAndNow(), () -> kept, history::snapshot, news::add,
                e -> news.add("error: " + e));
        exports.saveAnimation(dir.resolve("time.gif"));
        assertTrue(news.get(0).startsWith("Saved time.gif: 3 grids from iteration 0 to 400, looping"), news.toString());
        AnimatedGif.Read gif = AnimatedGif.read(Files.readAllBytes(dir.resolve("time.gif")));
        assertEquals(3, gif.frames().size());
        assertTrue(gif.loops());
        int x = ImageLabExports.SCALE * 2 + 4; // inside the first image, past the gap
        for (int k = 0; k < 3; k++) {
            BufferedImage frame = gif.frames().get(k);
            assertEquals(Math.round(255 * k / 2f), frame.getRGB(x, x) & 0xFF, "frame " + k);
        }

        exports.saveMetrics(dir.resolve("none.csv"));
        assertEquals("No training figures yet to save: press Play or Step first.", news.get(1).substring("error: ".length()));
        history.add(new io.latentlab.train.ImageStep() {
            @Override
            public long iteration() {
                return 1;
            }

            @Override
            public double[] values() {
                return new double[] {80, 20, 100};
            }

            @Override
            public double loss() {
                return 100;
            }
        });
        exports.saveMetrics(dir.resolve("m.csv"));
        assertEquals(List.of("iteration,reconstruction,kl,neg_elbo", "1,80,20,100"), Files.readAllLines(dir.resolve("m.csv")));
    }
}
