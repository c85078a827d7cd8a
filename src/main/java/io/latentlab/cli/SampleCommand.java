package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.export.HistogramImage;
import io.latentlab.export.NpyWriter;
import io.latentlab.export.Points;
import io.latentlab.export.PointsCsv;
import io.latentlab.export.ScatterImage;
import io.latentlab.model.AtomicFile;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.Gan;
import io.latentlab.model.LoadedModel;
import io.latentlab.model.ModelFile;
import io.latentlab.nd4j.Nd4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code latentlab sample}: draws N samples from a saved model with a seed, so the same command
 * always writes the same file: float32 {@code .npy} (N×2 or N×1 for toy data), a points
 * {@code .csv} (header {@code x,y} or {@code x}), or a {@code .png} scatter plot (a histogram for 1-D);
 * for an image VAE or autoencoder, images decoded from N(0, I) ({@link ImageSampling}).
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw samples from a model file.")
final class SampleCommand implements Callable<Integer> {

    static final int MAX_SAMPLES = 10_000_000;
    private static final List<String> FORMATS = List.of("npy", "csv", "png");

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model file (.lab.zip).")
    Path model;

    @Option(names = "--n", paramLabel = "N", description = "Number of samples (or give --latents).")
    Integer n;

    @Option(names = "--latents", paramLabel = "FILE", description = "Image models: decode these latent vectors instead of drawing N: "
            + "a .npy (N×d), a .csv (a row each) or a PNG Latent Lab exported (its metadata holds them).")
    Path latents;

    @Option(names = "--label", paramLabel = "L", description = "Class label, a number or a class name (conditional models only; a cvae without it: N of every class).")
    String label;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1234", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "FILE.npy, FILE.csv or FILE.png (images: .npy or .png).")
    Path out;

    @picocli.CommandLine.Mixin
    GridLayoutOptions layout = new GridLayoutOptions();

    @Override
    public Integer call() {
        String format = OutputFiles.extension(out);
        if (!FORMATS.contains(format)) {
            throw new BadInputException("cannot tell the format of --out " + out + ": name it FILE.npy (float32 array), "
                    + "FILE.csv (points) or FILE.png (scatter plot)");
        }
        if ((n == null) == (latents == null)) {
            throw new BadInputException(n == null ? "give --n N (samples to draw) or --latents FILE (latent vectors to decode)"
                    : "give --n or --latents, not both: --latents decodes every vector in its file");
        }
        if (n != null && (n < 1 || n > MAX_SAMPLES)) {
            throw new BadInputException("--n must be between 1 and " + MAX_SAMPLES + ", got " + n);
        }
        if (!Files.exists(model)) {
            throw new BadInputException("model file " + model + " does not exist; check the path given to --model");
        }
        OutputFiles.requireWritable(out, "--out");

        Nd4jRuntime.init();
        String kind = io.latentlab.model.ModelCards.peek(model).kind();
        boolean images = io.latentlab.model.ConvGanKind.byNameOrNull(kind) != null || AutoencoderKind.byNameOrNull(kind) != null;
        if (images && ("png".equals(format) || latents != null)) {
            spec.commandLine().getOut().println(ImageGridSampling.write(model, n, seed, label, latents, layout, format, out));
            spec.commandLine().getOut().flush();
            return FailureReport.OK;
        }
        if (latents != null) {
            throw new BadInputException("--latents is for image models (vae, ae, cvae, dcgan, cgan), but " + model.getFileName()
                    + " holds a " + kind + "; give --n N");
        }
        if (io.latentlab.model.ConvGanKind.byNameOrNull(io.latentlab.model.ModelCards.peek(model).kind()) != null) {
            spec.commandLine().getOut().println(ConvGanSampling.write(model, n, seed, label, format, out));
            spec.commandLine().getOut().flush();
            return FailureReport.OK;
        }
        if (AutoencoderKind.byNameOrNull(io.latentlab.model.ModelCards.peek(model).kind()) != null) {
            spec.commandLine().getOut().println(ImageSampling.write(model, n, seed, label, format, out));
            spec.commandLine().getOut().flush();
            return FailureReport.OK;
        }
        LoadedModel loaded = ModelFile.load(model);
        if (label != null) {
            throw new BadInputException("--label is for conditional models (cgan, cvae), but " + model.getFileName()
                    + " holds a " + loaded.card().kind() + "; leave --label out");
        }
        Gan gan = loaded.gan();
        int dim = gan.dataSize();
        if (dim > 2 && !"npy".equals(format)) {
            throw new BadInputException(model.getFileName() + " makes " + dim + "-value samples, which a ." + format
                    + " cannot hold; write them as FILE.npy");
        }
        float[] samples = gan.generate(gan.noise(n, seed));
        try {
            switch (format) {
                case "npy" -> NpyWriter.write(out, samples, n, dim);
                case "csv" -> PointsCsv.write(out, new Points(dim, samples));
                default -> {
                    byte[] png = dim == 1 ? HistogramImage.png(new float[0], samples) : ScatterImage.png(new float[0], samples);
                    AtomicFile.write(out, o -> o.write(png));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("cannot write " + out + " (" + e.getMessage() + "); check the disk and the folder");
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d samples (%dx%d, seed %d) from %s to %s%n",
                n, n, dim, seed, model.getFileName(), out);
        return FailureReport.OK;
    }
}
