package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.GFormat;
import io.latentlab.export.Points;
import io.latentlab.model.LoadedModel;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code latentlab info FILE}: describes a file the app reads, one {@code key: value} per line.
 * A model file is loaded and checked in full (so a damaged one is reported, not described); a
 * points CSV gets its count, dimension and range per axis; an IDX file or a dataset folder what
 * {@link IdxInfo} says.
 */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Describe a model file (.lab.zip), a points CSV (.csv), an IDX image or label file (raw or .gz), "
                + "a dataset folder of IDX files, or a PNG Latent Lab wrote (its metadata).")
final class InfoCommand implements Callable<Integer> {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final String[] AXES = {"x", "y"};

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A model file (.lab.zip), a points CSV (.csv), an IDX file or a dataset folder.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.exists(file)) {
            throw new BadInputException(file + " does not exist; check the path");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (Files.isDirectory(file)) {
            IdxInfo.describeFolder(file, out);
            out.flush();
            return FailureReport.OK;
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + " is not a file; info reads model files (.lab.zip), points CSV files (.csv), "
                    + "IDX datasets and dataset folders");
        }
        String ext = OutputFiles.extension(file);
        if ("csv".equals(ext)) {
            describePoints(out);
        } else if ("png".equals(ext)) {
            ImageInfo.describe(file, out);
        } else if ("zip".equals(ext) || startsWithZipMagic()) {
            describeModel(out);
        } else if (IdxInfo.looksLikeIdx(file)) {
            IdxInfo.describeFile(file, out);
        } else {
            throw new BadInputException("cannot tell what " + file.getFileName() + " is: info reads model files (.lab.zip), "
                    + "points CSV files (.csv), IDX datasets (-idx3-ubyte, -idx1-ubyte, raw or .gz) and dataset folders");
        }
        out.flush();
        return FailureReport.OK;
    }

    private void describeModel(PrintWriter out) {
        Nd4jRuntime.init();
        ModelCard card;
        byte[] preview;
        String elbo = null;
        if (io.latentlab.model.ConvGanKind.byNameOrNull(io.latentlab.model.ModelCards.peek(file).kind()) != null) {
            io.latentlab.model.LoadedConvGan loaded = io.latentlab.model.ConvGanFile.load(file);
            card = loaded.card();
            preview = loaded.previewPng();
            elbo = "parameters: generator " + loaded.model().generatorParameters() + ", discriminator "
                    + loaded.model().discriminatorParameters() + "\nfinal losses: D " + GFormat.g(card.metrics().getOrDefault("d_loss", Double.NaN), 5)
                    + ", G " + GFormat.g(card.metrics().getOrDefault("g_loss", Double.NaN), 5);
        } else if (io.latentlab.model.AutoencoderKind.byNameOrNull(io.latentlab.model.ModelCards.peek(file).kind()) != null) {
            io.latentlab.model.LoadedAutoencoder loaded = io.latentlab.model.AutoencoderFile.load(file);
            card = loaded.card();
            preview = loaded.previewPng();
            elbo = ImageModelInfo.negativeElbo(card);
        } else {
            LoadedModel loaded = ModelFile.load(file);
            card = loaded.card();
            preview = loaded.previewPng();
        }
        out.println("file: " + file);
        out.println("type: Latent Lab model file (format " + card.formatVersion() + ")");
        out.println("kind: " + card.kind());
        out.println("dataset: " + card.dataset() + (card.datasetChecksum() == null ? "" : " (" + card.datasetChecksum() + ")"));
        out.println("latent size: " + card.latentSize());
        out.println("data shape: " + Arrays.toString(card.dataShape()));
        if (!card.classNames().isEmpty()) {
            out.println("classes: " + String.join(", ", card.classNames()));
        }
        out.println("architecture: " + join(card.architecture()));
        if (elbo != null) {
            out.println(elbo);
        }
        out.println("training steps: " + card.trainingSteps());
        out.println("seed: " + card.seed());
        out.println("hyperparameters: " + join(card.hyperparameters()));
        out.println("metrics:");
        card.metrics().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.println("  " + e.getKey() + ": " + GFormat.g9(e.getValue())));
        out.println("app version: " + card.appVersion());
        out.println("command: " + card.command());
        out.println("created: " + card.created());
        out.println("preview: " + (preview.length == 0 ? "none" : preview.length + " bytes of PNG"));
    }

    private void describePoints(PrintWriter out) {
        Points points = PointsFile.read(file, "info");
        out.println("file: " + file);
        out.println("type: points CSV");
        out.println("count: " + points.count());
        out.println("dimension: " + points.dimension());
        for (int axis = 0; axis < points.dimension(); axis++) {
            out.println(AXES[axis] + " range: " + GFormat.g9(points.min(axis)) + " to " + GFormat.g9(points.max(axis)));
        }
    }

    private boolean startsWithZipMagic() {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC);
        } catch (IOException e) {
            throw new BadInputException(file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String join(Map<String, ?> values) {
        return values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d ? GFormat.g9(d) : e.getValue()))
                .collect(Collectors.joining(", "));
    }
}
