package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.GaussianRing;
import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageTrainingRun;
import io.latentlab.train.ImageTrainingSession;
import io.latentlab.train.ImageTrainingSettings;
import io.latentlab.train.ToyGanRecipe;
import io.latentlab.train.TrainableAutoencoder;
import io.latentlab.train.TrainingSession;
import io.latentlab.train.TrainingState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The {@code soak} benchmark: a long run of what the window trains, watching memory. The toy GAN
 * on the 8-Gaussian ring (the toy lab's recipe and {@link TrainingSession}) and the MNIST VAE
 * 784-512-20 on the bundled 10,000 test images (the Images tab's {@link ImageTrainingSession})
 * train <em>side by side</em>, each on its own worker thread as in the window when both tabs
 * play, so the sessions' whole machinery runs as it does there: the steps, the sample and field
 * snapshots, the loss histories, the VAE's decoded grid and samples through time. A leak in any
 * of them grows with the steps, which both take all along.
 *
 * <p>Every interval a {@link MemoryReading} (after a GC hint), both iteration counts and the
 * number of grids the VAE's samples-through-time keep (a bounded buffer of at most
 * {@value io.latentlab.train.SampleTimeline#CAPACITY} grids, about 0.2 MB each, that fills in the
 * first 8,000 steps, then halves and fills again: expected heap growth, not a leak) are taken and printed as a row of the table; at the end, the figures: memory at the start and the
 * end, the peak, and the growth per 10 minutes as the least-squares slope over the second half of
 * the run ("flat after warm-up" means a slope near 0). The bench reports; it never fails on a
 * figure.
 */
final class SoakBenchmark {

    static final String NAME = "soak";
    static final long SEED = 1234;
    static final int LATENT = 20;
    static final double DEFAULT_MINUTES = 30;
    static final double QUICK_SECONDS = 20;
    static final String CSV_HEADER = "seconds,rss_mb,heap_mb,offheap_mb,physical_mb,nd4j_mb,gan_iterations,vae_steps,kept_grids";

    /** How long to train and how often to read the memory. */
    record Schedule(double seconds, double intervalSeconds) {
        Schedule {
            if (!(seconds > 0) || seconds > 7 * 24 * 3600) {
                throw new BadInputException("--soak-minutes must be above 0 and at most a week (10080), was " + seconds / 60);
            }
        }

        /** {@code minutes} (null: 30, or 20 s with {@code quick}), read about 60 times in all, every 1 to 30 s. */
        static Schedule of(Double minutes, boolean quick) {
            double seconds = minutes != null ? minutes * 60 : quick ? QUICK_SECONDS : DEFAULT_MINUTES * 60;
            return new Schedule(seconds, Math.min(30, Math.max(1, seconds / 60)));
        }
    }

    /** One reading: seconds since training began, the memory, and each model's iterations so far. */
    record Sample(double seconds, MemoryReading memory, long ganIterations, long vaeSteps, int keptGrids) {
    }

    private SoakBenchmark() {
    }

    /**
     * Trains both for the schedule's time; prints each sample as a {@code # } table row to
     * {@code notes} as it is taken, appends it to {@code csv} when given, then the figures.
     */
    static List<Sample> run(Schedule schedule, Path csv, Gan2dBenchmark.Figures figures, Consumer<String> notes) {
        if (csv != null) {
            OutputFiles.requireWritable(csv, "--soak-csv");
            write(csv, CSV_HEADER + "\n", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        }
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        List<Sample> samples = new ArrayList<>();
        try (TrainingSession gan = new TrainingSession(() -> ToyGanRecipe.defaults(SEED).newTrainer(GaussianRing.ring8()));
             ImageTrainingSession vae = new ImageTrainingSession(() -> new ImageTrainingRun(new TrainableAutoencoder(
                     new ImageAutoencoderTrainer(ImageAutoencoder.create(AutoencoderKind.VAE, mnist.rows(), mnist.cols(), LATENT, SEED),
                             ImageTrainingSettings.defaults(SEED))), mnist, "MNIST test set"))) {
            awaitBuilt(gan, vae);
            notes.accept(String.format(Locale.ROOT, "soak: toy GAN on ring8 and MNIST VAE 784-512-%d side by side for %.1f min, "
                    + "memory read every %.1f s after a GC hint", LATENT, schedule.seconds() / 60, schedule.intervalSeconds()));
            notes.accept(String.format(Locale.ROOT, "%8s %8s %8s %11s %9s %8s %10s %10s %6s", "t (s)", "RSS MB", "heap MB",
                    "off-heap MB", "phys. MB", "ND4J MB", "GAN iters", "VAE steps", "grids"));
            samples.add(sample(0, gan, vae, csv, notes));
            long t0 = System.nanoTime();
            gan.play();
            vae.play();
            double next = schedule.intervalSeconds();
            while (true) {
                double due = Math.min(schedule.seconds(), next);
                sleepUntil(t0 + (long) (due * 1e9));
                samples.add(sample((System.nanoTime() - t0) / 1e9, gan, vae, csv, notes));
                double now = (System.nanoTime() - t0) / 1e9;
                if (due >= schedule.seconds() || now >= schedule.seconds()) {
                    break;
                }
                // a reading's GC can take longer than the interval in a big heap: leave the models an interval to train
                next = Math.max(next + schedule.intervalSeconds(), now + schedule.intervalSeconds());
            }
            failure(gan, vae).ifPresent(why -> notes.accept("soak: " + why));
        }
        report(samples, figures);
        return samples;
    }

    private static void awaitBuilt(TrainingSession gan, ImageTrainingSession vae) {
        gan.withTrainer(t -> t.iteration()).join();
        vae.withRun(r -> r == null ? 0 : r.trainer().iteration()).join();
    }

    private static Sample sample(double seconds, TrainingSession gan, ImageTrainingSession vae, Path csv, Consumer<String> notes) {
        MemoryReading m = MemoryReading.take();
        Sample s = new Sample(seconds, m, gan.metrics().iteration(), vae.status().iteration(), vae.timeline().frames().size());
        notes.accept(String.format(Locale.ROOT, "%8.1f %8.1f %8.1f %11.2f %9.1f %8.2f %10d %10d %6d", seconds, m.rssMb(), m.heapMb(),
                m.offHeapMb(), m.physicalMb(), m.nd4jMb(), s.ganIterations(), s.vaeSteps(), s.keptGrids()));
        if (csv != null) {
            write(csv, String.format(Locale.ROOT, "%.3f,%.3f,%.3f,%.4f,%.3f,%.4f,%d,%d,%d%n", seconds, m.rssMb(), m.heapMb(), m.offHeapMb(),
                    m.physicalMb(), m.nd4jMb(), s.ganIterations(), s.vaeSteps(), s.keptGrids()), StandardOpenOption.APPEND);
        }
        return s;
    }

    private static java.util.Optional<String> failure(TrainingSession gan, ImageTrainingSession vae) {
        if (gan.metrics().state() == TrainingState.FAILED) {
            return java.util.Optional.of("the toy GAN stopped: " + gan.metrics().message());
        }
        if (vae.status().state() == TrainingState.FAILED) {
            return java.util.Optional.of("the VAE stopped: " + vae.status().message());
        }
        return java.util.Optional.empty();
    }

    private static void report(List<Sample> samples, Gan2dBenchmark.Figures figures) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        double seconds = last.seconds();
        figures.figure(NAME + ".minutes", seconds / 60, "min");
        figures.figure(NAME + ".samples", samples.size(), "samples");
        figures.figure(NAME + ".iterations.gan", last.ganIterations(), "iters");
        figures.figure(NAME + ".iterations.vae", last.vaeSteps(), "steps");
        figures.figure(NAME + ".gan.iters_per_sec", (last.ganIterations() - first.ganIterations()) / seconds, "it/s");
        figures.figure(NAME + ".vae.steps_per_sec", (last.vaeSteps() - first.vaeSteps()) / seconds, "steps/s");
        series(samples, "rss_mb", MemoryReading::rssMb, figures);
        series(samples, "heap_mb", MemoryReading::heapMb, figures);
        series(samples, "offheap_mb", MemoryReading::offHeapMb, figures);
        series(samples, "physical_mb", MemoryReading::physicalMb, figures);
        series(samples, "nd4j_mb", MemoryReading::nd4jMb, figures);
    }

    private static void series(List<Sample> samples, String name, java.util.function.ToDoubleFunction<MemoryReading> value,
                               Gan2dBenchmark.Figures figures) {
        double peak = samples.stream().mapToDouble(s -> value.applyAsDouble(s.memory())).max().orElse(Double.NaN);
        figures.figure(NAME + "." + name + ".start", value.applyAsDouble(samples.get(0).memory()), "MB");
        figures.figure(NAME + "." + name + ".end", value.applyAsDouble(samples.get(samples.size() - 1).memory()), "MB");
        figures.figure(NAME + "." + name + ".peak", peak, "MB");
        figures.figure(NAME + "." + name + ".growth_per_10min", 600 * secondHalfSlope(samples, value), "MB/10min");
    }

    /**
     * Least-squares slope per second of the samples in the second half of the run (at least the last
     * two; NaN with fewer than two in all).
     */
    static double secondHalfSlope(List<Sample> samples, java.util.function.ToDoubleFunction<MemoryReading> value) {
        double half = samples.get(samples.size() - 1).seconds() / 2;
        List<Sample> late = samples.stream().filter(s -> s.seconds() >= half).toList();
        if (late.size() < 2) { // a short run: its last two readings
            late = samples.subList(Math.max(0, samples.size() - 2), samples.size());
        }
        int n = late.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mt = late.stream().mapToDouble(Sample::seconds).average().orElseThrow();
        double my = late.stream().mapToDouble(s -> value.applyAsDouble(s.memory())).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (Sample s : late) {
            double dt = s.seconds() - mt;
            sxy += dt * (value.applyAsDouble(s.memory()) - my);
            sxx += dt * dt;
        }
        return sxx == 0 ? Double.NaN : sxy / sxx;
    }

    /** The human summary line. */
    static String summary(List<Sample> samples) {
        Sample first = samples.get(0);
        Sample last = samples.get(samples.size() - 1);
        return String.format(Locale.ROOT, "soak: %.1f min, %d GAN iterations and %d VAE steps; RSS %.0f -> %.0f MB "
                        + "(%+.1f MB/10 min over the second half), heap %.0f -> %.0f MB (%+.1f), off-heap %.1f -> %.1f MB (%+.2f)",
                last.seconds() / 60, last.ganIterations(), last.vaeSteps(), first.memory().rssMb(), last.memory().rssMb(),
                600 * secondHalfSlope(samples, MemoryReading::rssMb), first.memory().heapMb(), last.memory().heapMb(),
                600 * secondHalfSlope(samples, MemoryReading::heapMb), first.memory().offHeapMb(), last.memory().offHeapMb(),
                600 * secondHalfSlope(samples, MemoryReading::offHeapMb));
    }

    private static void sleepUntil(long deadlineNs) {
        long left;
        while ((left = deadlineNs - System.nanoTime()) > 0) {
            try {
                Thread.sleep(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void write(Path csv, String text, StandardOpenOption... options) {
        try {
            Files.writeString(csv, text, options);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + csv + " (" + e.getMessage() + "); choose another file for --soak-csv");
        }
    }
}
