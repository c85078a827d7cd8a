package io.latentlab.cli;

import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LatentImages;
import io.latentlab.model.ModelCard;
import io.latentlab.model.PretrainedModels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code explore} benchmark: how fast the explorer turns latent vectors into pictures, with the
 * peer's latency definition ({@code vae_mlp_torch.py}: one z of 20 through the 20→512→784
 * decoder, 200 warm-up calls, then 2,000 timed calls; median and p99 in µs). Also a strip of 16 z
 * decoded as one call (an interpolation strip). Decodes go through {@link LatentModel#decode}, as
 * the Explore tab's do, on {@code pretrained/mnist-vae-20.lab.zip} when it is found, else an
 * untrained VAE of the same shape (the time does not depend on the weights).
 */
final class ExploreBenchmark {

    static final String NAME = "explore";
    static final int LATENT = 20;

    /** Warm-up and timed calls; {@link #QUICK} is for tests and smoke checks. */
    record Schedule(int warmup, int calls) {
        static final Schedule FULL = new Schedule(200, 2_000);
        static final Schedule QUICK = new Schedule(20, 100);
    }

    /** What one run measured, in µs. */
    record Result(double decodeMedian, double decodeP99, double stripMedian, double stripP99, String model) {
    }

    private ExploreBenchmark() {
    }

    static Result run(Schedule schedule, Gan2dBenchmark.Figures figures) {
        LatentModel model = model();
        float[] zs = LatentImages.priorDraws(schedule.calls(), LATENT, 1234);
        double[] one = time(model, zs, 1, schedule);
        float[] strips = LatentImages.priorDraws(16 * 64, LATENT, 99);
        double[] strip = time(model, strips, 16, schedule);
        Result r = new Result(percentile(one, 0.5), percentile(one, 0.99), percentile(strip, 0.5), percentile(strip, 0.99), model.name());
        figures.figure("explore.decode_us_median", r.decodeMedian(), "us");
        figures.figure("explore.decode_us_p99", r.decodeP99(), "us");
        figures.figure("explore.strip16_us", r.stripMedian(), "us");
        figures.figure("explore.strip16_us_p99", r.stripP99(), "us");
        return r;
    }

    /** The human summary line. */
    static String summary(Result r) {
        return String.format(java.util.Locale.ROOT, "explore: one z decoded in %.0f µs median, %.0f µs p99 (the PyTorch peer: about 102 and 122 µs "
                + "on 1 thread); 16 z as one strip %.0f µs median, with %s", r.decodeMedian(), r.decodeP99(), r.stripMedian(), r.model());
    }

    /** Times {@code schedule.calls()} decodes of {@code count} vectors each, cycling through {@code zs}; µs per call. */
    private static double[] time(LatentModel model, float[] zs, int count, Schedule schedule) {
        int vectors = zs.length / LATENT / count;
        float[][] inputs = new float[vectors][];
        for (int i = 0; i < vectors; i++) {
            inputs[i] = Arrays.copyOfRange(zs, i * count * LATENT, (i + 1) * count * LATENT);
        }
        float sink = 0;
        for (int i = 0; i < schedule.warmup(); i++) {
            sink += model.decode(inputs[i % vectors], null, count)[0];
        }
        double[] micros = new double[schedule.calls()];
        for (int i = 0; i < schedule.calls(); i++) {
            long t0 = System.nanoTime();
            sink += model.decode(inputs[i % vectors], null, count)[0];
            micros[i] = (System.nanoTime() - t0) / 1e3;
        }
        if (Float.isNaN(sink)) {
            throw new IllegalStateException("the decoder made NaN pixels");
        }
        return micros;
    }

    static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    private static LatentModel model() {
        Path file = PretrainedModels.locate().map(folder -> folder.resolve("mnist-vae-20.lab.zip")).orElse(null);
        if (file != null && Files.isRegularFile(file)) {
            return LatentModels.open(file);
        }
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 28, 28, LATENT, 1234);
        ModelCard card = new ModelCard(1, "vae", Map.of(), LATENT, new int[] {28, 28}, List.of(), "mnist", null,
                0, 1234, Map.of(), Map.of(), null, null, null);
        return LatentModels.of("an untrained 784-512-20 VAE (no pretrained/mnist-vae-20.lab.zip found)", card, vae);
    }
}
