package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.data.DrawnDistribution;
import io.latentlab.data.ModeCoverage;
import io.latentlab.data.ToyDistribution;
import io.latentlab.data.ToyDistributions;
import io.latentlab.model.AtomicFile;
import io.latentlab.model.LoadedModel;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.GanTrainer;
import io.latentlab.train.MetricSnapshot;
import io.latentlab.train.SampleSnapshot;
import io.latentlab.train.TrainedGan;
import io.latentlab.train.TrainingSession;
import javafx.scene.image.Image;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The toy lab's files: opening and saving model files, and exporting samples, the loss history
 * and the scatter plot. Every read, write and model copy runs on {@link BackgroundTasks}; the
 * outcome is reported on the view model's message line in words. FX thread only.
 */
public final class ToyLabFiles {

    private static final long COPY_TIMEOUT_S = 60;

    private final ToyLabViewModel lab;
    private final BackgroundTasks tasks;

    public ToyLabFiles(ToyLabViewModel lab, BackgroundTasks tasks) {
        this.lab = lab;
        this.tasks = tasks;
    }

    /** For example "ring8-gan.lab.zip". */
    public String defaultModelFileName() {
        return lab.dataNameProperty().get() + "-gan" + ModelFile.SUFFIX;
    }

    private java.util.function.Consumer<Path> modelFileUsed = file -> { };

    /** Told of each model file opened or saved successfully (File ▸ Open recent lists them). */
    public void onModelFile(java.util.function.Consumer<Path> used) {
        modelFileUsed = used;
    }

    /** Loads a model file, then trains it from where it was saved (the iteration count starts at 0). */
    public void openModel(Path file) {
        TrainingSession session = lab.session();
        if (session == null) {
            lab.showError("Latent Lab is still starting; open the model again in a moment.");
            return;
        }
        String name = file.getFileName().toString();
        lab.showInfo("Opening " + name + "…");
        tasks.run(() -> readModel(file), opened -> {
            LoadedModel model = opened.model();
            session.replace(() -> new GanTrainer(model.gan().copy(), opened.data(), opened.settings())
                    .continuingFrom(model.card().trainingSteps()));
            lab.showModel(opened.data(), model.gan().noisePrior(), model.gan().noiseSize(), opened.settings().loss());
            lab.networks().showShape(model.gan().shape());
            lab.setLearningRates(clampRate(opened.settings().generatorLr()), clampRate(opened.settings().discriminatorLr()));
            modelFileUsed.accept(file);
            lab.showInfo("Opened " + name + ": a GAN trained " + ToyLabViewModel.formatIteration(model.card().trainingSteps())
                    + " iterations on " + opened.data().name() + ". Press Play to train it further.");
        }, failure -> lab.showError(UserMessages.failure("open " + name, failure)));
    }

    private record OpenedModel(LoadedModel model, ToyDistribution data, GanHyperparameters settings) {
    }

    private static OpenedModel readModel(Path file) {
        LoadedModel model = ModelFile.load(file);
        ToyDistribution data = dataOf(file, model);
        if (model.gan().dataSize() != data.dimension()) {
            throw new BadInputException(file.getFileName() + " holds a GAN of " + model.gan().dataSize()
                    + "-D points but its data " + data.name() + " is " + data.dimension() + "-D; the file is damaged, save the model again");
        }
        return new OpenedModel(model, data, settingsOf(model.card()));
    }

    /** The named toy data, or the points the file keeps for a drawing. */
    private static ToyDistribution dataOf(Path file, LoadedModel model) {
        if (!DrawnDistribution.NAME.equals(model.card().dataset())) {
            return ToyDistributions.byName(model.card().dataset());
        }
        if (model.dataPoints().length == 0) {
            throw new BadInputException(file.getFileName() + " holds a GAN trained on a drawing but not the drawing;"
                    + " save it again with this version of Latent Lab");
        }
        return new DrawnDistribution(model.gan().dataSize(), model.dataPoints());
    }

    /** The card's learning rates, batch and loss where it records valid ones, the defaults otherwise. */
    private static GanHyperparameters settingsOf(ModelCard card) {
        GanHyperparameters settings = GanHyperparameters.defaults(card.seed());
        Map<String, Object> recorded = card.hyperparameters();
        try {
            if (recorded.get("generator_lr") instanceof Number g && recorded.get("discriminator_lr") instanceof Number d) {
                settings = settings.withLearningRates(g.doubleValue(), d.doubleValue());
            }
            if (recorded.get("batch") instanceof Number b) {
                settings = settings.withBatch(b.intValue());
            }
            if (recorded.get("loss") instanceof String loss) {
                settings = settings.withLoss(GanLoss.byName(loss));
            }
            settings = NetworkCardSettings.read(recorded, settings);
        } catch (BadInputException e) {
            return GanHyperparameters.defaults(card.seed());
        }
        return settings;
    }

    private static double clampRate(double rate) {
        return Math.max(LearningRateText.MIN, Math.min(LearningRateText.MAX, rate));
    }

    /** Copies the networks between two steps and writes them with a card and {@code preview}. */
    public void saveModel(Path file, Image preview) {
        TrainingSession session = lab.session();
        if (session == null) {
            lab.showError("Latent Lab is still starting; save again in a moment.");
            return;
        }
        String name = file.getFileName().toString();
        if (!checkWritable(file, "save " + name)) {
            return;
        }
        Map<String, Double> metrics = finalMetrics(lab.latestMetrics(), lab.latestSamples());
        lab.showInfo("Saving " + name + "…");
        tasks.run(() -> {
            TrainedGan trained = session.copyModel().get(COPY_TIMEOUT_S, TimeUnit.SECONDS);
            byte[] png = PngExport.bytes(preview);
            ModelCard card = trained.card(command(trained, name), metrics);
            ModelFile.saveGan(file, trained.gan(), card, png, trained.dataPointsToKeep());
            return trained.iterations();
        }, iterations -> {
            modelFileUsed.accept(file);
            lab.showInfo("Saved " + name + " (" + ToyLabViewModel.formatIteration(iterations)
                    + " iterations) in " + file.toAbsolutePath().getParent() + ".");
        },
                failure -> lab.showError(UserMessages.saveFailure(file, failure)));
    }

    private static String command(TrainedGan trained, String fileName) {
        GanHyperparameters h = trained.hyperparameters();
        return String.format(Locale.ROOT, "trained interactively in the Latent Lab toy lab; similar to: latentlab train"
                        + " --model gan --data %s --latent %d --iterations %d --batch %d --lr %s --seed %d --out %s",
                trained.data().name(), trained.gan().noiseSize(), trained.iterations(), h.batch(), LearningRateText.format(h.generatorLr()),
                h.seed(), fileName);
    }

    private static Map<String, Double> finalMetrics(MetricSnapshot metrics, SampleSnapshot samples) {
        Map<String, Double> figures = new LinkedHashMap<>();
        if (metrics != null) {
            putFinite(figures, "discriminator_loss", metrics.step().discriminatorLoss());
            putFinite(figures, "generator_loss", metrics.step().generatorLoss());
        }
        if (samples != null && samples.coverage() != null) {
            ModeCoverage coverage = samples.coverage();
            figures.put("modes_covered", (double) coverage.modesCovered());
            figures.put("fraction_within_0.1", coverage.fractionWithin());
        }
        return figures;
    }

    private static void putFinite(Map<String, Double> figures, String name, double value) {
        if (Double.isFinite(value)) {
            figures.put(name, value);
        }
    }

    /** The generated points shown now, as {@code x,y} rows, or {@code x} rows for 1-D data. */
    public void exportSamples(Path file) {
        float[] points = lab.generatedPointsProperty().get();
        if (points == null) {
            lab.showError("There are no generated samples yet; wait until the plot shows orange points, then export again.");
            return;
        }
        int dimension = lab.dataDimensionProperty().get();
        write(file, "export the samples to", () -> CsvExport.samples(file, points, dimension));
    }

    /** The whole run's loss history, at most 1000 rows. */
    public void exportLossHistory(Path file) {
        TrainingSession session = lab.session();
        if (session == null) {
            lab.showError("Latent Lab is still starting; export again in a moment.");
            return;
        }
        write(file, "export the loss history to", () -> CsvExport.lossHistory(file, session.history().snapshot()));
    }

    /** A snapshot already taken on the FX thread, written as PNG. */
    public void exportImage(Path file, Image image) {
        write(file, "export the picture to", () -> PngExport.write(file, image));
    }

    @FunctionalInterface
    private interface FileWork {
        void run() throws Exception;
    }

    private void write(Path file, String doing, FileWork work) {
        String name = file.getFileName().toString();
        if (!checkWritable(file, doing + " " + name)) {
            return;
        }
        tasks.run(() -> {
            work.run();
            return file;
        }, done -> lab.showInfo("Wrote " + name + " in " + file.toAbsolutePath().getParent() + "."),
                failure -> lab.showError(UserMessages.failure(doing + " " + name, failure)));
    }

    private boolean checkWritable(Path file, String doing) {
        String why = AtomicFile.whyNotWritable(file);
        if (why != null) {
            lab.showError("Could not " + doing + ": " + why + ". Choose another folder" + (doing.startsWith("save ")
                    ? "; the model is still open." : "."));
            return false;
        }
        return true;
    }

    /** {@code file} with {@code suffix} added when its name does not end with it already. */
    public static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }
}
