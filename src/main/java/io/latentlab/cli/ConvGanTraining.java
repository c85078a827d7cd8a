package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.ImageSet;
import io.latentlab.model.AppVersion;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanKind;
import io.latentlab.model.ConvGanShape;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ConvGanSettings;
import io.latentlab.train.ConvGanStepMetrics;
import io.latentlab.train.ConvGanTrainer;
import io.latentlab.train.GanLoss;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code latentlab train --model dcgan|cgan --data mnist --data-dir DIR | mnist-test | fashion-mnist | fashion-mnist-test
 * --epochs N [--loss L] [--spectral-norm] [--ema-decay X] [--lr R] [--batch B] [--seed S] --out FILE}: trains a
 * convolutional GAN for whole epochs over the 28×28 training images ({@link ImageTrainingData})
 * and saves its model file with the exact command, seed, epochs and final losses on the card and a
 * sample grid as its preview (for the cGAN one row per class).
 */
final class ConvGanTraining {

    private static final int MAX_EPOCHS = 1000;
    private static final long PROGRESS_NANOS = 5_000_000_000L;
    static final long PREVIEW_SEED = 1234;

    private final TrainCommand options;

    ConvGanTraining(TrainCommand options) {
        this.options = options;
    }

    int run() throws IOException {
        ConvGanKind kind = ConvGanKind.byNameOrNull(options.model);
        if (options.iterations != null) {
            throw new BadInputException("--iterations is for toy data; an image model trains whole passes over its images: give --epochs N instead");
        }
        if (options.epochs == null) {
            throw new BadInputException("missing --epochs N: the " + kind.cliName() + " trains for whole passes over the images, e.g. --epochs 5");
        }
        if (options.epochs < 1 || options.epochs > MAX_EPOCHS) {
            throw new BadInputException("--epochs must be between 1 and " + MAX_EPOCHS + ", got " + options.epochs);
        }
        if (options.beta != null) {
            throw new BadInputException("--beta weighs a VAE's KL term, which a GAN does not have; leave it out");
        }
        int latent = options.latent == null ? ConvGanShape.DEFAULT_LATENT : options.latent;
        if (latent < 1 || latent > 512) {
            throw new BadInputException("--latent must be between 1 and 512 for the " + kind.cliName() + ", got " + latent);
        }
        boolean lrGiven = options.spec.commandLine().getParseResult().hasMatchedOption("--lr");
        double lr = lrGiven ? options.lr : ConvGanSettings.DEFAULT_LEARNING_RATE;
        int batch = options.batch == null ? ConvGanSettings.DEFAULT_BATCH : options.batch;
        GanLoss loss = GanLoss.byName(options.loss);
        ConvGanSettings settings = new ConvGanSettings(loss, lr, batch, options.seed, options.spectralNorm,
                ConvGanSettings.commandLineThreads());
        // off unless asked for, so the commands on the pretrained cards still make those models
        double averageDecay = options.spec.commandLine().getParseResult().hasMatchedOption("--average-decay")
                ? options.averageDecay : 0;
        if (!(averageDecay >= 0 && averageDecay < 1)) {
            throw new BadInputException("--ema-decay must be at least 0 and below 1, got " + averageDecay
                    + "; 0.999 is usual, 0 turns the average off");
        }
        OutputFiles.requireWritable(options.out, "--out");
        if (options.metrics != null) {
            OutputFiles.requireWritable(options.metrics, "--metrics");
        }

        String dataset = options.data.toLowerCase(Locale.ROOT);
        ImageTrainingData data = ImageTrainingData.of(dataset, options.dataDir, options.seed);
        ImageSet train = data.train();
        if (train.rows() != ConvGanShape.SIDE || train.cols() != ConvGanShape.SIDE) {
            throw new BadInputException(train.name() + " has images of " + train.rows() + "×" + train.cols()
                    + "; the " + kind.cliName() + " makes 28×28 images: train it on mnist or fashion-mnist (or their -test sets)");
        }
        List<String> classNames = List.of();
        if (kind.conditional()) {
            if (!train.hasLabels() || train.classes() < 2) {
                throw new BadInputException(train.name() + " has no class labels, which the conditional GAN learns from; put "
                        + "train-labels-idx1-ubyte.gz beside the images or use --model dcgan");
            }
            classNames = classNames(dataset, train.classes());
        }
        Nd4jRuntime.init();
        ConvGan model = ConvGan.create(kind, latent, classNames, options.seed);
        ConvGanTrainer trainer = new ConvGanTrainer(model, settings);
        if (averageDecay > 0) {
            trainer.keepingGeneratorAverage(averageDecay);
        }
        PrintWriter console = options.spec.commandLine().getOut();

        long start = System.nanoTime();
        ConvGanStepMetrics last = train(trainer, train, console);
        double seconds = (System.nanoTime() - start) / 1e9;
        ConvGan saved = trainer.averaged(); // with the generator's average where one was kept

        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("d_loss", last.dLoss());
        metrics.put("g_loss", last.gLoss());
        metrics.put("d_real", last.dReal());
        metrics.put("d_fake", last.dFake());
        metrics.put("iters_per_sec", trainer.iteration() / Math.max(seconds, 1e-9));
        metrics.put("train_seconds", seconds);
        Map<String, Object> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("loss", loss.cliName());
        hyperparameters.put("learning_rate", lr);
        hyperparameters.put("adam_betas", ConvGanSettings.ADAM_BETA1 + ", " + ConvGanSettings.ADAM_BETA2);
        hyperparameters.put("batch", batch);
        hyperparameters.put("epochs", options.epochs);
        hyperparameters.put("spectral_norm", options.spectralNorm);
        if (averageDecay > 0) {
            hyperparameters.put("generator_average_decay", averageDecay);
        }
        hyperparameters.put("preview", "z from N(0, I), seed " + PREVIEW_SEED + (kind.conditional() ? ", one row per class" : ", 8x8"));
        ModelCard card = new ModelCard(ModelFile.FORMAT_VERSION, kind.cliName(), ConvGanFile.architecture(saved, options.spectralNorm),
                latent, new int[] {ConvGanShape.SIDE, ConvGanShape.SIDE}, classNames, dataset,
                data.checksum() == null ? data.source() : data.source() + "; " + data.checksum(),
                trainer.iteration(), options.seed, hyperparameters, metrics, AppVersion.VERSION, options.typedCommand(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            ConvGanFile.save(options.out, saved, card, preview(saved));
        } catch (IOException e) {
            throw new BadInputException("cannot write " + options.out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        console.printf(Locale.ROOT, "trained %s on %s: %d epochs, %d steps in %.1f s (%.2f it/s); final D loss %.4f, G loss %.4f, "
                        + "D(real) %.3f, D(fake) %.3f; saved %s%n",
                kind.cliName(), dataset, options.epochs, trainer.iteration(), seconds, trainer.iteration() / Math.max(seconds, 1e-9),
                last.dLoss(), last.gLoss(), last.dReal(), last.dFake(), options.out);
        console.flush();
        return FailureReport.OK;
    }

    /** The dataset's class names where the app knows them (bundled MNIST, Fashion-MNIST), else the digits 0, 1, .... */
    static List<String> classNames(String dataset, int classes) {
        String base = dataset.endsWith(ImageTrainingData.TEST_SUFFIX)
                ? dataset.substring(0, dataset.length() - ImageTrainingData.TEST_SUFFIX.length()) : dataset;
        for (BundledDataset d : BundledDataset.values()) {
            if (d.folder().equals(base) && d.classNames().size() == classes) {
                return d.classNames();
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            names.add(Integer.toString(i));
        }
        return names;
    }

    static byte[] preview(ConvGan model) {
        int n = model.classes() > 0 ? model.classes() * 8 : 64;
        return ConvGanImages.draw(model, n, PREVIEW_SEED, null).png();
    }

    private ConvGanStepMetrics train(ConvGanTrainer trainer, ImageSet images, PrintWriter console) throws IOException {
        PrintWriter csv = null;
        try {
            if (options.metrics != null) {
                csv = new PrintWriter(Files.newBufferedWriter(options.metrics));
                csv.println("iteration,d_loss,g_loss,d_real,d_fake");
            }
            PrintWriter rows = csv;
            long[] lastReport = {System.nanoTime()};
            long[] lastIteration = {0};
            ConvGanStepMetrics last = null;
            for (int e = 1; e <= options.epochs; e++) {
                int epoch = e;
                last = trainer.epoch(images, m -> {
                    if (rows != null) {
                        rows.printf(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.6g%n", m.iteration(), m.dLoss(), m.gLoss(), m.dReal(), m.dFake());
                    }
                    long now = System.nanoTime();
                    if (now - lastReport[0] >= PROGRESS_NANOS) {
                        console.printf(Locale.ROOT, "epoch %d/%d  step %d  D loss %.3f  G loss %.3f  D(real) %.2f  D(fake) %.2f  %.2f it/s%n",
                                epoch, options.epochs, m.iteration(), m.dLoss(), m.gLoss(), m.dReal(), m.dFake(),
                                (m.iteration() - lastIteration[0]) / ((now - lastReport[0]) / 1e9));
                        console.flush();
                        lastReport[0] = now;
                        lastIteration[0] = m.iteration();
                    }
                });
                console.printf(Locale.ROOT, "epoch %d/%d done: step %d, D loss %.3f, G loss %.3f%n", e, options.epochs,
                        last.iteration(), last.dLoss(), last.gLoss());
                console.flush();
            }
            if (csv != null && csv.checkError()) {
                throw new IOException("write failed");
            }
            return last;
        } catch (IOException e) {
            throw new BadInputException("cannot write " + options.metrics + " (" + e.getMessage() + "); check the disk and the folder");
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
    }
}
