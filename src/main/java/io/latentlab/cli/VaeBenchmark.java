package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.data.SyntheticImages;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageStepMetrics;
import io.latentlab.train.ImageTrainingSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The {@code vae} benchmark, with the definitions of the peer {@code vae_mlp_torch.py}: the MLP
 * VAE 784→512→20 with the Bernoulli likelihood, Adam 1e-3, batch 128, seed 1234. (a) Steps per
 * second: 20 warm-up steps, then the median of 3 blocks of 100 steps on batches drawn before the
 * clock starts. (b) One epoch of 60,000 images: a fresh random order, 469 steps (the last of 96),
 * gathering each batch on the clock.
 *
 * <p>The images are the MNIST training set when {@code --data-dir} holds it, otherwise the peer's
 * synthetic stand-in of the same size (a step costs the same whatever the pixel values); the
 * summary says which.
 */
final class VaeBenchmark {

    static final String NAME = "vae";
    static final long SEED = 1234;
    static final int LATENT = 20;
    static final int SIDE = 28;

    /** How long each phase runs; {@link #QUICK} is for tests and smoke checks. */
    record Schedule(int warmup, int blockSteps, int blocks, int epochImages) {
        static final Schedule FULL = new Schedule(20, 100, 3, 60_000);
        static final Schedule QUICK = new Schedule(2, 5, 3, 1_000);
    }

    /**
     * The peer's figures on this machine (1 thread), for the summary's ratio; NaN when none was
     * measured on a quiet enough machine to keep (the shared 2-core machine of 2026-11-21 ran at a
     * load average of 14, where both sides' figures moved by 2×), and the summary then says to run
     * the peer beside it.
     */
    record PeerFigures(double stepsPerSec, double epochSeconds) {
        static final PeerFigures UNMEASURED = new PeerFigures(Double.NaN, Double.NaN);
    }

    /** What one run measured. */
    record Result(double[] blockStepsPerSec, double stepsPerSec, double epochSeconds, int epochSteps,
                  double epochMeanLoss, String data) {
    }

    private VaeBenchmark() {
    }

    static Result run(Schedule schedule, Path dataDir, Gan2dBenchmark.Figures figures) {
        ImageSet images;
        String data;
        if (dataDir != null) {
            DatasetFolder folder = ImageDatasets.openFolder(dataDir);
            if (!folder.hasTrain()) {
                throw new BadInputException(dataDir + " holds no training set (train-images-idx3-ubyte.gz); the vae benchmark "
                        + "times an epoch of the training set, give the folder that has it or leave --data-dir out");
            }
            images = ImageDatasets.requireShape(folder.train(), SIDE, SIDE, "the benchmark's 784-512-20 VAE");
            data = images.name() + " from " + dataDir + " (" + images.count() + " images)";
        } else {
            images = SyntheticImages.of(schedule.epochImages(), SIDE, SIDE, SEED);
            data = "synthetic sigmoid(0.8 z W) images, " + images.count() + " of " + SIDE + "x" + SIDE
                    + " (no --data-dir: MNIST's training set is not bundled)";
        }
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, images.rows(), images.cols(), LATENT, SEED);
        ImageTrainingSettings settings = ImageTrainingSettings.defaults(SEED);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(vae, settings);
        int batch = settings.batch();
        int dim = vae.pixels();
        int steps = schedule.warmup() + schedule.blocks() * schedule.blockSteps();
        float[][] batches = preDrawn(images, steps, batch, new Random(SEED));
        for (int i = 0; i < schedule.warmup(); i++) {
            trainer.step(batches[i], batch);
        }
        double[] rates = new double[schedule.blocks()];
        for (int b = 0; b < schedule.blocks(); b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < schedule.blockSteps(); i++) {
                trainer.step(batches[schedule.warmup() + b * schedule.blockSteps() + i], batch);
            }
            rates[b] = schedule.blockSteps() / ((System.nanoTime() - t0) / 1e9);
        }
        for (int b = 0; b < rates.length; b++) {
            figures.figure(NAME + ".block" + b + "_steps_per_sec", rates[b], "steps/s");
        }
        double sps = Gan2dBenchmark.median(rates);
        figures.figure(NAME + ".steps_per_sec", sps, "steps/s");
        figures.figure(NAME + ".ms_per_step", 1000 / sps, "ms");
        figures.figure(NAME + ".samples_per_sec", sps * batch, "samples/s");

        ImageSet epochSet = images.count() >= schedule.epochImages() || dataDir == null ? images : repeated(images, schedule.epochImages());
        int[] count = new int[1];
        long t0 = System.nanoTime();
        double meanLoss = trainer.epoch(epochSet, (ImageStepMetrics m) -> count[0]++);
        double epochSeconds = (System.nanoTime() - t0) / 1e9;
        figures.figure(NAME + ".epoch_s", epochSeconds, "s");
        figures.figure(NAME + ".epoch_steps", count[0], "steps");
        figures.figure(NAME + ".epoch_samples_per_sec", epochSet.count() / epochSeconds, "samples/s");
        figures.figure(NAME + ".epoch_mean_loss", meanLoss, "nats/sample");
        return new Result(rates, sps, epochSeconds, count[0], meanLoss, data + ", epoch over " + epochSet.count());
    }

    /** Batches cut from a seeded permutation, as the peer cuts them: batch i starts at (i·B) mod (N−B). */
    private static float[][] preDrawn(ImageSet images, int steps, int batch, Random rng) {
        int n = images.count();
        int dim = images.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[] pixels = images.pixelsView();
        float[][] batches = new float[steps][batch * dim];
        int span = Math.max(1, n - batch);
        for (int s = 0; s < steps; s++) {
            int start = (s * batch) % span;
            for (int r = 0; r < batch; r++) {
                System.arraycopy(pixels, order[(start + r) % n] * dim, batches[s], r * dim, dim);
            }
        }
        return batches;
    }

    /** The set repeated (in order) to {@code count} images, for an epoch of the full size from a smaller set. */
    private static ImageSet repeated(ImageSet images, int count) {
        int dim = images.size();
        float[] pixels = new float[count * dim];
        float[] source = images.pixelsView();
        for (int i = 0; i < count; i++) {
            System.arraycopy(source, (i % images.count()) * dim, pixels, i * dim, dim);
        }
        return new ImageSet(images.name() + "-repeated", count, images.rows(), images.cols(), pixels, null, 0);
    }

    /** The human summary line, as the peer's note. */
    static String summary(Result r, PeerFigures peer) {
        List<String> blocks = new ArrayList<>();
        for (double rate : r.blockStepsPerSec()) {
            blocks.add(String.format(Locale.ROOT, "%.1f", rate));
        }
        String ratio = Double.isNaN(peer.stepsPerSec())
                ? "; compare with python3 ../shared/peers/vae_mlp_torch.py --threads 1 run just before or after" : String.format(Locale.ROOT,
                "; %.2fx the PyTorch peer's %.1f steps/s and %.2fx its %.2f s epoch (1 thread, measured here)",
                r.stepsPerSec() / peer.stepsPerSec(), peer.stepsPerSec(), peer.epochSeconds() / r.epochSeconds(), peer.epochSeconds());
        return String.format(Locale.ROOT, "%s: MLP VAE 784-512-%d, batch 128, Adam 1e-3: %.1f steps/s (blocks %s) = %.0f samples/s; "
                        + "epoch (%d steps) %.2f s, mean loss %.2f nats/image%s; data: %s",
                NAME, LATENT, r.stepsPerSec(), String.join(", ", blocks), r.stepsPerSec() * 128, r.epochSteps(),
                r.epochSeconds(), r.epochMeanLoss(), ratio, r.data());
    }
}
