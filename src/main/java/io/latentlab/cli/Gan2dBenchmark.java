package io.latentlab.cli;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.ModeCoverage;
import io.latentlab.model.Gan;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.ToyGanRecipe;
import io.latentlab.train.StepKind;
import io.latentlab.train.StepMetrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code gan2d} benchmark, with the definitions of the peer {@code gan2d_torch.py}: the toy
 * GAN on the 8-Gaussian ring, seed 1234, batch 256, Adam 1e-3 (0.5, 0.999); warm-up iterations,
 * then timed blocks whose median rate is the figure; training continues to a fixed total (warm-up
 * and timed blocks count), then 2000 samples give the fraction within 0.1 of a centre and the
 * modes covered.
 */
final class Gan2dBenchmark {

    static final String NAME = "gan2d";
    static final long SEED = 1234;

    /** How long each phase runs; {@link #QUICK} is for tests and smoke checks. */
    record Schedule(int warmup, int blockIterations, int blocks, int totalIterations, int samples) {
        static final Schedule FULL = new Schedule(200, 1000, 3, 5000, 2000);
        static final Schedule QUICK = new Schedule(50, 100, 3, 1000, 2000);
    }

    /** What one run measured. */
    record Result(double[] blockItersPerSec, double itersPerSec, int trainIterations, ModeCoverage coverage,
                  double finalLossD, double finalLossG, double tailSeconds, ModeCoverage labCoverage) {
    }

    /** Receives each figure as soon as it is measured, so a slow run shows progress. */
    interface Figures {
        void figure(String name, double value, String unit);
    }

    private Gan2dBenchmark() {
    }

    static Result run(Schedule schedule, Figures figures) {
        GaussianRing ring = GaussianRing.ring8();
        GanTrainer trainer = ToyGanRecipe.peer(SEED).newTrainer(ring);
        Gan gan = trainer.gan();
        StepMetrics last = null;
        int done = 0;
        for (int i = 0; i < schedule.warmup(); i++) {
            last = trainer.step(StepKind.BOTH);
        }
        done += schedule.warmup();

        double[] rates = new double[schedule.blocks()];
        for (int b = 0; b < schedule.blocks(); b++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < schedule.blockIterations(); i++) {
                last = trainer.step(StepKind.BOTH);
            }
            rates[b] = schedule.blockIterations() / ((System.nanoTime() - t0) / 1e9);
            done += schedule.blockIterations();
        }
        for (int b = 0; b < rates.length; b++) {
            figures.figure(NAME + ".block" + b + "_iters_per_sec", rates[b], "it/s");
        }
        double ips = median(rates);
        figures.figure(NAME + ".iters_per_sec", ips, "it/s");
        figures.figure(NAME + ".ms_per_iter", 1000.0 / ips, "ms");

        long t0 = System.nanoTime();
        while (done < schedule.totalIterations()) {
            last = trainer.step(StepKind.BOTH);
            done++;
        }
        double tail = (System.nanoTime() - t0) / 1e9;
        float[] samples = trainer.generate(gan.noise(schedule.samples(), SEED + 1));
        ModeCoverage coverage = ModeCoverage.of(samples, ring.modeCentres());
        figures.figure(NAME + ".train_iters", done, "iters");
        figures.figure(NAME + ".frac_within_0.1", coverage.fractionWithin(), "fraction");
        figures.figure(NAME + ".modes_covered", coverage.modesCovered(), "modes");
        double lossD = last == null ? Double.NaN : last.discriminatorLoss();
        double lossG = last == null ? Double.NaN : last.generatorLoss();
        figures.figure(NAME + ".final_lossD", lossD, "nats");
        figures.figure(NAME + ".final_lossG", lossG, "nats");

        // The same run with Latent Lab's own recipe (uniform noise, averaged generator): not a
        // peer figure, but what 'latentlab train' and the window give with this seed.
        GanTrainer lab = ToyGanRecipe.defaults(SEED).newTrainer(ring);
        while (lab.iteration() < schedule.totalIterations()) {
            lab.step(StepKind.BOTH);
        }
        Gan averaged = lab.snapshot();
        ModeCoverage labCoverage = ModeCoverage.of(averaged.generate(averaged.noise(schedule.samples(), SEED + 1)),
                ring.modeCentres());
        figures.figure(NAME + ".lab_frac_within_0.1", labCoverage.fractionWithin(), "fraction");
        figures.figure(NAME + ".lab_modes_covered", labCoverage.modesCovered(), "modes");
        return new Result(rates, ips, done, coverage, lossD, lossG, tail, labCoverage);
    }

    /** The human summary line, as the peer's note. */
    static String summary(Result r, Schedule schedule) {
        List<String> blocks = new ArrayList<>();
        for (double rate : r.blockItersPerSec()) {
            blocks.add(String.format(Locale.ROOT, "%.1f", rate));
        }
        return String.format(Locale.ROOT, "%s: %.1f it/s (blocks %s), %.3f ms/iter; after %d iters: %.1f%% of %d samples "
                        + "within %.1f of a mode, %d/%d modes covered; per-mode hits %s; lossD=%.3f lossG=%.3f; "
                        + "tail %d iters took %.1fs; Latent Lab's recipe (uniform noise, averaged G): %s",
                NAME, r.itersPerSec(), String.join(", ", blocks), 1000 / r.itersPerSec(), r.trainIterations(),
                100 * r.coverage().fractionWithin(), schedule.samples(), ModeCoverage.HIT_RADIUS,
                r.coverage().modesCovered(), r.coverage().modes(), Arrays.toString(r.coverage().hitsPerMode()),
                r.finalLossD(), r.finalLossG(),
                Math.max(0, schedule.totalIterations() - schedule.warmup() - schedule.blocks() * schedule.blockIterations()),
                r.tailSeconds(), r.labCoverage().summary());
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
