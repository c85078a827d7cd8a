package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ImageDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.export.GFormat;
import io.latentlab.model.AppVersion;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageAutoencoderTrainer;
import io.latentlab.train.ImageStepMetrics;
import io.latentlab.train.ImageTrainingSettings;
import io.latentlab.train.VaeEvaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code latentlab train --model vae|ae|cvae --data mnist|fashion-mnist|shapes|mnist-test [--data-dir DIR] --epochs E
 * [--latent Z] [--beta B] [--batch B] [--lr X] [--seed S] --out FILE}: trains an image VAE, plain
 * autoencoder or conditional VAE (told each image's label; the card names the classes) for whole epochs over the training images ({@link ImageTrainingData} says which),
 * measures the negative ELBO on the test images, and saves the model file with the exact command,
 * seed and figures on its card and a grid of decoded samples as its preview ({@link ImagePreview}).
 */
final class ImageModelTraining {

    static final int DEFAULT_LATENT = 20;
    private static final int MAX_EPOCHS = 1000;
    private static final long EVAL_SEED_OFFSET = 3_000_017L;
    private static final long PROGRESS_NANOS = 1_000_000_000L;

    private final TrainCommand options;

    ImageModelTraining(TrainCommand options) {
        this.options = options;
    }

    int run() throws IOException {
        AutoencoderKind kind = AutoencoderKind.byName(options.model);
        if (options.iterations != null) {
            throw new BadInputException("--iterations is for toy data; an image model trains whole passes over its images: "
                    + "give --epochs N instead");
        }
        if (options.epochs == null) {
            throw new BadInputException("missing --epochs N: the " + kind.cliName() + " trains for whole passes over the images, e.g. --epochs 10");
        }
        if (options.epochs < 1 || options.epochs > MAX_EPOCHS) {
            throw new BadInputException("--epochs must be between 1 and " + MAX_EPOCHS + ", got " + options.epochs);
        }
        int latent = options.latent == null ? DEFAULT_LATENT : options.latent;
        if (latent < ImageAutoencoder.MIN_LATENT || latent > ImageAutoencoder.MAX_LATENT) {
            throw new BadInputException("--latent must be between " + ImageAutoencoder.MIN_LATENT + " and "
                    + ImageAutoencoder.MAX_LATENT + " for the " + kind.cliName() + ", got " + latent);
        }
        if (!kind.variational() && options.beta != null) {
            throw new BadInputException("--beta weighs the KL term, which the plain autoencoder (ae) does not have; "
                    + "leave it out or use --model vae");
        }
        double beta = options.beta == null ? 1.0 : options.beta;
        int batch = options.batch == null ? ImageTrainingSettings.DEFAULT_BATCH : options.batch;
        if (batch < 1 || batch > 4096) {
            throw new BadInputException("--batch must be between 1 and 4096 for an image model, got " + batch);
        }
        ImageTrainingSettings settings = new ImageTrainingSettings(beta, options.lr, batch, options.seed);
        OutputFiles.requireWritable(options.out, "--out");
        if (options.metrics != null) {
            OutputFiles.requireWritable(options.metrics, "--metrics");
        }

        String dataset = options.data.toLowerCase(Locale.ROOT);
        ImageTrainingData data = ImageTrainingData.of(dataset, options.dataDir, options.seed);
        ImageSet train = data.train();
        ImageSet test = ImageDatasets.requireShape(data.test(), train.rows(), train.cols(), "a model of the training images");
        Nd4jRuntime.init();
        List<String> classNames = kind.conditional() ? conditionalClasses(train, test) : List.of();
        ImageAutoencoder model = ImageAutoencoder.create(kind, train.rows(), train.cols(), latent, classNames, options.seed);
        ImageAutoencoderTrainer trainer = new ImageAutoencoderTrainer(model, settings);
        PrintWriter console = options.spec.commandLine().getOut();

        long start = System.nanoTime();
        double trainLoss = train(trainer, train, console);
        double seconds = (System.nanoTime() - start) / 1e9;

        VaeEvaluation.ElboEstimate figure = VaeEvaluation.of(model, test, 1, options.seed + EVAL_SEED_OFFSET);
        String split = data.split();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(split + "_neg_elbo_nats", figure.negativeElbo());
        metrics.put(split + "_reconstruction_nats", figure.reconstruction());
        metrics.put(split + "_kl_nats", figure.kl());
        metrics.put("last_epoch_train_neg_elbo_nats", trainLoss);
        metrics.put("steps_per_sec", trainer.iteration() / Math.max(seconds, 1e-9));
        metrics.put("train_seconds", seconds);
        Map<String, Object> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("beta", kind.variational() ? beta : 0.0);
        hyperparameters.put("learning_rate", options.lr);
        hyperparameters.put("batch", batch);
        hyperparameters.put("epochs", options.epochs);
        hyperparameters.put("optimizer", "adam");
        hyperparameters.put("evaluation", figure.method() + " on " + test.count() + " " + split + " images");
        hyperparameters.put("preview", ImagePreview.describe(model));
        ModelCard card = new ModelCard(ModelFile.FORMAT_VERSION, kind.cliName(), AutoencoderFile.architecture(model), latent,
                new int[] {train.rows(), train.cols()}, classNames, dataset,
                data.checksum() == null ? data.source() : data.source() + "; " + data.checksum(),
                trainer.iteration(), options.seed, hyperparameters, metrics, AppVersion.VERSION, options.typedCommand(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            AutoencoderFile.save(options.out, model, card, ImagePreview.png(model));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + options.out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        console.printf(Locale.ROOT, "trained %s (%s) on %s: %d epochs, %d steps in %.1f s (%.0f steps/s); %s-set %s %s nats "
                        + "per image (reconstruction %s + KL %s, %s); saved %s%n",
                kind.cliName(), model.describe(), dataset, options.epochs, trainer.iteration(), seconds,
                trainer.iteration() / Math.max(seconds, 1e-9), split, figureName(kind), GFormat.g(figure.negativeElbo(), 5),
                GFormat.g(figure.reconstruction(), 5), GFormat.g(figure.kl(), 4), figure.method(), options.out);
        console.flush();
        return FailureReport.OK;
    }

    /** What the figure is: the VAE's negative ELBO, or the plain autoencoder's reconstruction cross-entropy (no KL term). */
    static String figureName(AutoencoderKind kind) {
        return kind.conditional() ? "conditional negative ELBO" : kind.variational() ? "negative ELBO"
                : "reconstruction cross-entropy";
    }

    /** The class names a conditional model of {@code train} learns; labels on both sets, or one clear message. */
    static List<String> conditionalClasses(ImageSet train, ImageSet test) {
        for (ImageSet set : List.of(train, test)) {
            if (!set.hasLabels()) {
                throw new BadInputException(set.name() + " has no labels, which a conditional model (cvae) learns from; "
                        + "give a dataset with its label files (e.g. --data mnist with --data-dir, or mnist-test)");
            }
        }
        if (test.classes() > train.classes()) {
            throw new BadInputException(test.name() + " has " + test.classes() + " classes but " + train.name() + " has "
                    + train.classes() + "; train and test sets must come from the same dataset");
        }
        List<String> names = io.latentlab.data.ClassNames.of(train);
        if (names.size() < 2) {
            throw new BadInputException(train.name() + " has only one class; a conditional model needs two or more");
        }
        return names;
    }

    private double train(ImageAutoencoderTrainer trainer, ImageSet images, PrintWriter console) throws IOException {
        PrintWriter csv = null;
        try {
            if (options.metrics != null) {
                csv = new PrintWriter(Files.newBufferedWriter(options.metrics));
                csv.println("iteration,reconstruction,kl,beta,loss");
            }
            PrintWriter rows = csv;
            long[] lastReport = {System.nanoTime()};
            long[] lastIteration = {0};
            double loss = Double.NaN;
            for (int e = 1; e <= options.epochs; e++) {
                int epoch = e;
                loss = trainer.epoch(images, (ImageStepMetrics m) -> {
                    if (rows != null) {
                        rows.printf(Locale.ROOT, "%d,%s,%s,%s,%s%n", m.iteration(), GFormat.g9(m.reconstruction()),
                                GFormat.g9(m.kl()), GFormat.g9(m.beta()), GFormat.g9(m.loss()));
                    }
                    long now = System.nanoTime();
                    if (now - lastReport[0] >= PROGRESS_NANOS) {
                        console.printf(Locale.ROOT, "epoch %d/%d  step %d  reconstruction %.2f  KL %.2f  %.0f steps/s%n",
                                epoch, options.epochs, m.iteration(), m.reconstruction(), m.kl(),
                                (m.iteration() - lastIteration[0]) / ((now - lastReport[0]) / 1e9));
                        console.flush();
                        lastReport[0] = now;
                        lastIteration[0] = m.iteration();
                    }
                });
                console.printf(Locale.ROOT, "epoch %d/%d done: mean %s %.2f nats per training image%n", e, options.epochs,
                        figureName(trainer.model().kind()), loss);
                console.flush();
            }
            if (csv != null && csv.checkError()) {
                throw new IOException("write failed");
            }
            return loss;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + options.metrics + " (" + e.getMessage() + "); check the disk and the folder");
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
