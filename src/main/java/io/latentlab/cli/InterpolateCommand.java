package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentModels;
import io.latentlab.explore.SeededStrip;
import io.latentlab.export.ExploredImagesPng;
import io.latentlab.export.ImageGridLayout;
import io.latentlab.export.ImageRecipe;
import io.latentlab.export.RemakeCommand;
import io.latentlab.nd4j.Nd4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code latentlab interpolate}: an interpolation strip of an image model as a PNG, one row of
 * {@code --steps} pictures from endpoint a to endpoint b by lerp or slerp
 * ({@link Interpolation#path}). The endpoints are the seed's two prior draws,
 * {@code LatentImages.priorDraws(2, d, seed)} ({@link SeededStrip}), or the first and last vectors
 * of {@code --latents FILE}. The PNG's metadata holds every vector and this command, as the
 * Explore tab's exported strips do.
 */
@Command(name = "interpolate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write an interpolation strip between two latent vectors of an image model as a PNG.")
final class InterpolateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Image model file (.lab.zip).")
    Path model;

    @Option(names = "--steps", required = true, paramLabel = "K", description = "Pictures in the strip, both endpoints included (2..1024).")
    int steps;

    @Option(names = "--method", paramLabel = "lerp|slerp", defaultValue = "slerp",
            description = "lerp (straight line) or slerp (great circle; default).")
    String method;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1234",
            description = "The endpoints are the seed's two draws of N(0, I) (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--latents", paramLabel = "FILE",
            description = "Take the endpoints from this file instead: its first and last vectors (.npy, .csv or a Latent Lab PNG).")
    Path latents;

    @Option(names = "--label", paramLabel = "L", description = "Class of every picture, a number or a name (conditional models).")
    String label;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The strip, a PNG.")
    Path out;

    @Mixin
    GridLayoutOptions layout = new GridLayoutOptions();

    @Override
    public Integer call() {
        Interpolation.Method how = Interpolation.Method.byNameOrNull(method);
        if (how == null) {
            throw new BadInputException("--method " + method + " is not a method: give lerp (straight line) or slerp (great circle)");
        }
        if (steps < 2 || steps > ImageSampling.MAX_PNG_IMAGES) {
            throw new BadInputException("--steps must be 2.." + ImageSampling.MAX_PNG_IMAGES
                    + " (a strip holds both endpoints and the steps between), got " + steps + "; e.g. --steps 10");
        }
        if (!"png".equals(OutputFiles.extension(out))) {
            throw new BadInputException("--out " + out + " must be a .png: an interpolation strip is an image");
        }
        if (!Files.exists(model)) {
            throw new BadInputException("model file " + model + " does not exist; check the path given to --model");
        }
        OutputFiles.requireWritable(out, "--out");
        Nd4jRuntime.init();
        LatentModel latent = LatentModels.open(model);
        int d = latent.latentSize();
        float[] a;
        float[] b;
        LatentsFile ends = null;
        if (latents != null) {
            ends = LatentsFile.read(latents);
            ends.requireLatentSize(d, model);
            if (ends.count() < 2) {
                throw new BadInputException("--latents " + latents + " holds 1 vector; an interpolation needs 2, its first and last");
            }
            a = SeededStrip.first(ends.z(), d);
            b = SeededStrip.last(ends.z(), d);
        } else {
            float[] both = SeededStrip.endpoints(d, seed);
            a = SeededStrip.first(both, d);
            b = SeededStrip.last(both, d);
        }
        Integer k = null;
        if (label != null) {
            if (!latent.conditional()) {
                throw new BadInputException("--label is for conditional models (cgan, cvae), but " + model.getFileName()
                        + " holds a " + latent.kind().cliName() + "; leave --label out");
            }
            k = ImageSampling.classOf(label, latent.classNames(), model);
        } else if (latent.conditional()) {
            int[] given = ends == null ? null : ends.labels();
            if (given == null) {
                throw new BadInputException(model.getFileName() + " is conditional: give the class of the strip with --label L (0.."
                        + (latent.classNames().size() - 1) + ")");
            }
            k = given[0];
        }
        float[] z = Interpolation.path(a, b, steps, how);
        int[] labels = k == null ? null : LatentGridOutput.all(k, steps);
        ImageGridLayout grid = layout.layout(steps);
        Long drawnSeed = latents == null ? seed : null;
        String file = latents == null ? null : String.valueOf(latents.getFileName());
        String command = RemakeCommand.interpolate(model.toString(), steps, how, drawnSeed,
                latents == null ? null : latents.toString(), label, grid, out.toString());
        ImageRecipe recipe = new ImageRecipe(latent.name(), LatentGridOutput.sha256(model), drawnSeed, z, d, labels, grid,
                ExploredImagesPng.interpolateRecipe(steps, how, drawnSeed, file, k == null ? null : k.toString()), command);
        LatentGridOutput.write(latent, z, labels, steps, recipe, "png", out);
        double[] norms = Interpolation.norms(z, steps);
        spec.commandLine().getOut().println(String.format(Locale.ROOT,
                "wrote a %s strip of %d images from %s to %s (endpoints %s; |z| %.2f to %.2f, middle %.2f; prior radius √%d = %.2f)",
                how.cliName(), steps, latent.name(), out, latents == null ? "the two draws of seed " + seed : "first and last of " + file,
                norms[0], norms[steps - 1], norms[steps / 2], d, latent.priorRadius()));
        spec.commandLine().getOut().flush();
        return FailureReport.OK;
    }
}
