package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.DrawnDistribution;
import io.latentlab.data.ModeCoverage;
import io.latentlab.data.ToyDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.export.HistogramImage;
import io.latentlab.export.MetricsCsv;
import io.latentlab.export.Points;
import io.latentlab.export.ScatterImage;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;
import io.latentlab.model.NoisePrior;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.StepKind;
import io.latentlab.train.StepMetrics;
import io.latentlab.train.ToyGanRecipe;
import io.latentlab.train.TrainedGan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code latentlab train}: trains a model on a dataset, streams per-iteration metrics, and saves a
 * model file whose card records the exact command, the seed and the final figures (including
 * mode coverage on 2000 fresh samples, as the peer benchmark measures it, for data with modes).
 * The toy GAN's shape follows the data: 1-D or 2-D points, from noise of the data's dimension
 * unless {@code --latent} says otherwise.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a model and save it as a model file (.lab.zip).")
final class TrainCommand implements Callable<Integer> {

    /** Kinds the design names that this version does not train yet. */
    static final int EVAL_SAMPLES = 2000;
    private static final long EVAL_NOISE_SEED_OFFSET = 1_000_003L;
    private static final long PREVIEW_REAL_SEED_OFFSET = 2_000_003L;
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "KIND", description = "Model kind: gan (toy data), vae, ae, cvae (images; cvae is told each image's label), dcgan or cgan (image GANs; cgan is told the label).")
    String model;

    @Option(names = "--data", required = true, paramLabel = "DATA", description = "Dataset, e.g. ring8, or a points CSV (x or x,y per line) to train on; for vae, ae and cvae: mnist or "
                    + "fashion-mnist (with --data-dir), mnist-test or fashion-mnist-test (the bundled test set), or shapes.")
    String data;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of MNIST-format IDX files (train-images-idx3-ubyte.gz, t10k-...) for vae and ae; "
                    + "its test set (or the bundled one) gives the final figure.")
    Path dataDir;

    @Option(names = "--beta", paramLabel = "B", description = "Weight β of the VAE's KL term (default 1).")
    Double beta;

    @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (toy data).")
    Integer iterations;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over an image dataset (not toy data).")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "B", description = "Batch size (default 256 for gan, 128 for vae and ae).")
    Integer batch;

    @Option(names = "--latent", paramLabel = "D", description = "Latent size: 1 or 2 for the toy GAN (default: the data's dimension), 2 to 64 for vae and ae (default 20).")
    Integer latent;

    @Option(names = "--lr", paramLabel = "X", defaultValue = "1e-3", description = "Adam learning rate of both networks (default ${DEFAULT-VALUE}; 2e-4 for dcgan and cgan).")
    double lr;

    @Option(names = "--loss", paramLabel = "LOSS", defaultValue = "non-saturating",
            description = "GAN loss: non-saturating, minimax, least-squares, hinge or wasserstein-gp (default ${DEFAULT-VALUE}).")
    String loss;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adam",
            description = "Optimizer of both networks: adam or sgd (default ${DEFAULT-VALUE}).")
    String optimizer;

    @picocli.CommandLine.Mixin
    NetworkOptions networks = new NetworkOptions();

    @Option(names = "--d-steps", paramLabel = "N",
            description = "Discriminator steps per generator step (default 1; 5 for wasserstein-gp).")
    Integer discriminatorSteps;

    @Option(names = "--penalty", paramLabel = "X", defaultValue = "0.1",
            description = "Weight λ of the wasserstein-gp gradient penalty (default ${DEFAULT-VALUE}).")
    double penalty;

    @Option(names = "--noise", paramLabel = "PRIOR", defaultValue = "uniform",
            description = "Noise prior of the generator: uniform (on ±√3) or gaussian (default ${DEFAULT-VALUE}).")
    String noise;

    @Option(names = {"--average-decay", "--ema-decay"}, paramLabel = "X", defaultValue = "0.999",
            description = "Decay of the moving average of the generator's weights that the saved model holds; "
                    + "0 saves the generator as trained (default ${DEFAULT-VALUE}; for dcgan and cgan 0 unless given).")
    double averageDecay;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1234", description = "Seed of networks, noise and data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Model file to write, e.g. ring.lab.zip.")
    Path out;

    @Option(names = "--spectral-norm", description = "Spectrally normalise the discriminator's layers (dcgan, cgan).")
    boolean spectralNorm;

    @Option(names = "--metrics", paramLabel = "FILE.csv", description = "Per-iteration metrics CSV to write.")
    Path metrics;

    @Override
    public Integer call() throws IOException {
        if (io.latentlab.model.AutoencoderKind.byNameOrNull(model) != null) {
            return new ImageModelTraining(this).run();
        }
        if (io.latentlab.model.ConvGanKind.byNameOrNull(model) != null) {
            return new ConvGanTraining(this).run();
        }
        if (spectralNorm) {
            throw new BadInputException("--spectral-norm is for the image GANs (dcgan, cgan); leave it out for " + model);
        }
        checkModelKind();
        if (beta != null || dataDir != null) {
            throw new BadInputException((beta != null ? "--beta" : "--data-dir") + " is for the image models (vae, ae), not for "
                    + model + "; leave it out");
        }
        int batch = this.batch == null ? 256 : this.batch;
        ToyDistribution dataset = dataset();
        int steps = checkIterations(dataset);
        GanLoss ganLoss = GanLoss.byName(loss);
        NoisePrior prior = NoisePrior.byName(noise);
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new BadInputException("--average-decay must be at least 0 and below 1, got " + averageDecay
                    + "; 0 turns the average off");
        }
        if (latent != null && latent != 1 && latent != 2) {
            throw new BadInputException("--latent must be 1 or 2 for the toy GAN, got " + latent
                    + "; leave it out to use the data's dimension (" + dataset.dimension() + ")");
        }
        int noiseSize = latent == null ? dataset.dimension() : latent;
        if (batch < 1 || batch > 65536) {
            throw new BadInputException("--batch must be between 1 and 65536, got " + batch);
        }
        if (!(lr > 0 && lr <= 10)) {
            throw new BadInputException("--lr must be above 0 and at most 10, got " + lr);
        }
        OutputFiles.requireWritable(out, "--out");
        if (metrics != null) {
            OutputFiles.requireWritable(metrics, "--metrics");
        }

        Nd4jRuntime.init();
        GanHyperparameters hyperparameters = GanHyperparameters.defaults(seed)
                .withBatch(batch).withLearningRates(lr, lr).withLossAndUsualSettings(ganLoss).withAverageDecay(averageDecay)
                .withPenaltyWeight(penalty);
        hyperparameters = networks.withOptimizers(hyperparameters, optimizer);
        GanShape shape = networks.shape(dataset.dimension(), noiseSize);
        if (discriminatorSteps != null) {
            hyperparameters = hyperparameters.withDiscriminatorSteps(discriminatorSteps);
        }
        GanTrainer trainer = ToyGanRecipe.defaults(seed).withShape(shape)
                .withNoise(prior).withHyperparameters(hyperparameters).newTrainer(dataset);
        PrintWriter console = spec.commandLine().getOut();

        long start = System.nanoTime();
        StepMetrics last = train(trainer, steps, console);
        double seconds = (System.nanoTime() - start) / 1e9;
        double itersPerSec = steps / Math.max(seconds, 1e-9);

        Gan gan = trainer.snapshot();
        float[] generated = gan.generate(gan.noise(EVAL_SAMPLES, seed + EVAL_NOISE_SEED_OFFSET));
        boolean hasModes = dataset.modeCentres().length > 0;
        ModeCoverage coverage = hasModes ? ModeCoverage.of(generated, dataset) : null;
        Map<String, Double> figures = new LinkedHashMap<>();
        figures.put("d_loss", last.discriminatorLoss());
        figures.put("g_loss", last.generatorLoss());
        if (hasModes) {
            figures.put("frac_within_" + BigDecimal.valueOf(coverage.radius()).stripTrailingZeros().toPlainString(),
                    coverage.fractionWithin());
            figures.put("modes_covered", (double) coverage.modesCovered());
        }
        figures.put("iters_per_sec", itersPerSec);
        ModelCard card = new TrainedGan(gan, dataset, hyperparameters, trainer.iteration()).card(typedCommand(), figures);
        float[] real = dataset.sample(EVAL_SAMPLES, seed + PREVIEW_REAL_SEED_OFFSET);
        byte[] preview = dataset.dimension() == 1 ? HistogramImage.png(real, generated) : ScatterImage.png(real, generated);
        try {
            ModelFile.saveGan(out, gan, card, preview,
                    dataset instanceof DrawnDistribution drawn ? drawn.points() : null);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        console.printf(Locale.ROOT, "trained %s on %s: %d iterations in %.1f s (%.0f it/s); D %.3f  G %.3f; %s; saved %s%s%n",
                model, dataset.name(), steps, seconds, itersPerSec, last.discriminatorLoss(), last.generatorLoss(),
                hasModes ? coverage.summary() : "no modes to count", out, metrics == null ? "" : ", metrics " + metrics);
        console.flush();
        return FailureReport.OK;
    }

    private StepMetrics train(GanTrainer trainer, int steps, PrintWriter console) throws IOException {
        MetricsCsv csv = null;
        try {
            csv = metrics == null ? null : MetricsCsv.create(metrics);
            long start = System.nanoTime();
            long lastReport = start;
            long lastReportIteration = 0;
            StepMetrics m = null;
            for (int i = 1; i <= steps; i++) {
                m = trainer.step(StepKind.BOTH);
                long now = System.nanoTime();
                if (csv != null) {
                    csv.row(m.iteration(), m.discriminatorLoss(), m.generatorLoss(), m.dReal(), m.dFake(),
                            i / Math.max((now - start) / 1e9, 1e-9));
                }
                if (now - lastReport >= PROGRESS_NANOS || i == steps) {
                    double rate = (i - lastReportIteration) / Math.max((now - lastReport) / 1e9, 1e-9);
                    console.printf(Locale.ROOT, "iteration %d/%d  D %.3f  G %.3f  %.0f it/s%n",
                            i, steps, m.discriminatorLoss(), m.generatorLoss(), rate);
                    console.flush();
                    if (csv != null) {
                        csv.flush();
                    }
                    lastReport = now;
                    lastReportIteration = i;
                }
            }
            return m;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + metrics + " (" + e.getMessage() + "); check the disk and the folder");
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }

    /** A toy distribution by name, or the points of a CSV (a drawing saved from the window, say). */
    private ToyDistribution dataset() {
        if (data.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            Points points = PointsFile.read(Path.of(data), "--data");
            return new DrawnDistribution(points.dimension(), points.values());
        }
        if (data.equals(DrawnDistribution.NAME)) {
            throw new BadInputException("--data drawn is the window's brush drawing; on the command line give its"
                    + " points as --data POINTS.csv");
        }
        return ToyDistributions.byName(data);
    }

    private void checkModelKind() {
        if ("gan".equals(model)) {
            return;
        }
        throw new BadInputException("unknown model kind '" + model + "': this version trains gan, vae, ae, cvae, dcgan and cgan; use one of those");
    }

    private int checkIterations(ToyDistribution dataset) {
        if (epochs != null) {
            throw new BadInputException("--epochs counts passes over an image dataset, but " + dataset.name()
                    + " is toy data drawn afresh every step; give --iterations N instead");
        }
        if (iterations == null) {
            throw new BadInputException("missing --iterations N: toy data such as " + dataset.name()
                    + " trains for a number of iterations, e.g. --iterations 5000");
        }
        if (iterations < 1 || iterations > 100_000_000) {
            throw new BadInputException("--iterations must be between 1 and 100000000, got " + iterations);
        }
        return iterations;
    }

    /** {@code latentlab train ...} exactly as given, quoted for a POSIX shell. */
    String typedCommand() {
        List<String> args = spec.root().commandLine().getParseResult().originalArgs();
        List<String> words = new java.util.ArrayList<>();
        words.add(spec.root().name());
        words.addAll(args);
        return ShellWords.join(words);
    }
}
