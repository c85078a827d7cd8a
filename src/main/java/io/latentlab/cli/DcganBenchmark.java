package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BlobImages;
import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanKind;
import io.latentlab.model.ConvGanShape;
import io.latentlab.train.ConvGanSettings;
import io.latentlab.train.ConvGanStepMetrics;
import io.latentlab.train.ConvGanTrainer;
import io.latentlab.train.GanLoss;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code dcgan} benchmark, with the definitions of the peer {@code dcgan_torch.py}: the small
 * DCGAN (G 539,969 and D 138,817 parameters), Adam 2e-4 (0.5, 0.999), batch 64 of pre-drawn
 * images scaled to [−1, 1], seed 1234; 5 warm-up iterations, then the median of 3 blocks of 20.
 * MNIST's training images when {@code --data-dir} holds them, else the peer's synthetic blobs.
 * Runs the command line's threads ({@link ConvGanSettings#commandLineThreads()}: 2 on two cores or
 * more); alone ({@code --only dcgan}) also the other of 1 and 2 for comparison
 * ({@code dcgan.blas1.*} or {@code dcgan.blas2.*}), which the default run of every benchmark leaves
 * out to stay short.
 */
final class DcganBenchmark {

    static final String NAME = "dcgan";
    static final long SEED = 1234;

    record Schedule(int warmup, int blockSteps, int blocks) {
        static final Schedule FULL = new Schedule(5, 20, 3);
        static final Schedule QUICK = new Schedule(1, 1, 3);
    }

    record Result(double[] blockItersPerSec, double itersPerSec, int threads, double otherItersPerSec, int otherThreads,
                  double dLoss, double gLoss, String data) {
    }

    private DcganBenchmark() {
    }

    static Result run(Schedule schedule, Path dataDir, boolean compareThreads, Gan2dBenchmark.Figures figures) {
        int steps = schedule.warmup() + schedule.blocks() * schedule.blockSteps();
        int batch = ConvGanSettings.DEFAULT_BATCH;
        ImageSet images;
        String data;
        if (dataDir != null) {
            DatasetFolder folder = ImageDatasets.openFolder(dataDir);
            if (!folder.hasTrain()) {
                throw new BadInputException(dataDir + " holds no training set (train-images-idx3-ubyte.gz); give the folder "
                        + "that has it or leave --data-dir out");
            }
            images = ImageDatasets.requireShape(folder.train(), ConvGanShape.SIDE, ConvGanShape.SIDE, "the benchmark's DCGAN");
            data = images.name() + " from " + dataDir + " (" + images.count() + " images)";
        } else {
            images = BlobImages.of(steps * batch, ConvGanShape.SIDE, SEED);
            data = "the peer's synthetic blobs, " + images.count() + " of 28x28 (no --data-dir: MNIST's training set is not bundled)";
        }
        double[] rates = new double[schedule.blocks()];
        int threads = ConvGanSettings.commandLineThreads();
        ConvGanStepMetrics last = time(images, schedule, threads, rates);
        for (int b = 0; b < rates.length; b++) {
            figures.figure(NAME + ".block" + b + "_iters_per_sec", rates[b], "it/s");
        }
        double ips = Gan2dBenchmark.median(rates);
        figures.figure(NAME + ".iters_per_sec", ips, "it/s");
        figures.figure(NAME + ".ms_per_iter", 1000 / ips, "ms");
        figures.figure(NAME + ".images_per_sec", ips * batch, "img/s");
        double other = Double.NaN;
        int otherThreads = threads == 1 ? 2 : 1;
        if (compareThreads) {
            double[] otherRates = new double[schedule.blocks()];
            time(images, schedule, otherThreads, otherRates);
            other = Gan2dBenchmark.median(otherRates);
            figures.figure(NAME + ".blas" + otherThreads + ".iters_per_sec", other, "it/s");
            figures.figure(NAME + ".blas" + otherThreads + ".ms_per_iter", 1000 / other, "ms");
        }
        return new Result(rates, ips, threads, other, otherThreads, last.dLoss(), last.gLoss(), data);
    }

    private static ConvGanStepMetrics time(ImageSet images, Schedule schedule, int threads, double[] rates) {
        ConvGan gan = ConvGan.create(ConvGanKind.DCGAN, ConvGanShape.DEFAULT_LATENT, List.of(), SEED);
        ConvGanSettings settings = new ConvGanSettings(GanLoss.NON_SATURATING, ConvGanSettings.DEFAULT_LEARNING_RATE,
                ConvGanSettings.DEFAULT_BATCH, SEED, false, threads);
        ConvGanTrainer trainer = new ConvGanTrainer(gan, settings);
        int batch = settings.batch();
        int dim = images.size();
        float[] pixels = images.pixelsView();
        int[] labels = new int[batch];
        int steps = schedule.warmup() + schedule.blocks() * schedule.blockSteps();
        float[][] batches = new float[steps][batch * dim];
        for (int s = 0; s < steps; s++) {
            for (int r = 0; r < batch; r++) {
                int i = (s * batch + r) % images.count();
                System.arraycopy(pixels, i * dim, batches[s], r * dim, dim);
            }
        }
        ConvGanStepMetrics last = null;
        for (int i = 0; i < schedule.warmup(); i++) {
            last = trainer.step(batches[i], labels, batch);
        }
        for (int b = 0; b < schedule.blocks(); b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < schedule.blockSteps(); i++) {
                last = trainer.step(batches[schedule.warmup() + b * schedule.blockSteps() + i], labels, batch);
            }
            rates[b] = schedule.blockSteps() / ((System.nanoTime() - t0) / 1e9);
        }
        return last;
    }

    /** The human summary line. */
    static String summary(Result r) {
        List<String> blocks = new ArrayList<>();
        for (double rate : r.blockItersPerSec()) {
            blocks.add(String.format(Locale.ROOT, "%.2f", rate));
        }
        return String.format(Locale.ROOT, "%s: DCGAN G 539969 / D 138817 parameters, batch 64, Adam 2e-4: %.2f it/s with %d thread(s) "
                        + "(blocks %s) = %.1f ms/iter, %.0f img/s; %s; last lossD %.3f lossG %.3f; "
                        + "the peer (peers/README): t2 14.2-16.1 it/s, t1 11.1-11.4 it/s; data: %s",
                NAME, r.itersPerSec(), r.threads(), String.join(", ", blocks), 1000 / r.itersPerSec(),
                r.itersPerSec() * 64, Double.isNaN(r.otherItersPerSec())
                        ? r.otherThreads() + " thread(s) not run (bench --only dcgan runs them)"
                        : String.format(Locale.ROOT, "%.2f it/s with %d thread(s)", r.otherItersPerSec(), r.otherThreads()),
                r.dLoss(), r.gLoss(), r.data());
    }
}
