package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.model.GanShape;
import io.latentlab.model.HiddenActivation;
import io.latentlab.model.MlpShape;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.Optimizer;
import picocli.CommandLine.Option;

/**
 * The {@code train} options that shape each network and choose its optimizer: hidden layers
 * ({@value MlpShape#MIN_DEPTH}–{@value MlpShape#MAX_DEPTH}), width
 * ({@value MlpShape#MIN_WIDTH}–{@value MlpShape#MAX_WIDTH}), activation, optimizer. Left out,
 * each is the toy GAN's: two hidden layers of 64 with ReLU, Adam.
 */
final class NetworkOptions {

    @Option(names = "--g-layers", paramLabel = "N", description = "Hidden layers of the generator, 0 to 4 (default 2).")
    Integer generatorLayers;

    @Option(names = "--g-width", paramLabel = "W", description = "Width of the generator's hidden layers, 4 to 128 (default 64).")
    Integer generatorWidth;

    @Option(names = "--d-layers", paramLabel = "N", description = "Hidden layers of the discriminator, 0 to 4 (default 2).")
    Integer discriminatorLayers;

    @Option(names = "--d-width", paramLabel = "W", description = "Width of the discriminator's hidden layers, 4 to 128 (default 64).")
    Integer discriminatorWidth;

    @Option(names = "--activation", paramLabel = "NAME",
            description = "Hidden activation of both networks: relu, leaky-relu, tanh or elu (default relu).")
    String activation;

    @Option(names = "--g-activation", paramLabel = "NAME", description = "Hidden activation of the generator (default: --activation).")
    String generatorActivation;

    @Option(names = "--d-activation", paramLabel = "NAME", description = "Hidden activation of the discriminator (default: --activation).")
    String discriminatorActivation;

    @Option(names = "--g-optimizer", paramLabel = "NAME", description = "Optimizer of the generator: adam or sgd (default: --optimizer).")
    String generatorOptimizer;

    @Option(names = "--d-optimizer", paramLabel = "NAME", description = "Optimizer of the discriminator: adam or sgd (default: --optimizer).")
    String discriminatorOptimizer;

    /** The toy GAN's shape for the data and noise dimensions, with the hidden layers asked for. */
    GanShape shape(int dataDimension, int noiseDimension) {
        GanShape toy = GanShape.toy(dataDimension, noiseDimension);
        HiddenActivation both = activation == null ? HiddenActivation.RELU : activationNamed("--activation", activation);
        return new GanShape(
                network(toy.generator(), "--g", generatorLayers, generatorWidth, generatorActivation, both),
                network(toy.discriminator(), "--d", discriminatorLayers, discriminatorWidth, discriminatorActivation, both));
    }

    /** {@code settings} with each network's optimizer: its own option, else {@code both}. */
    GanHyperparameters withOptimizers(GanHyperparameters settings, String both) {
        Optimizer fallback = Optimizer.byName(both);
        return settings.withOptimizers(
                generatorOptimizer == null ? fallback : Optimizer.byName(generatorOptimizer),
                discriminatorOptimizer == null ? fallback : Optimizer.byName(discriminatorOptimizer));
    }

    private static MlpShape network(MlpShape toy, String prefix, Integer layers, Integer width, String name,
                                    HiddenActivation fallback) {
        int depth = layers == null ? toy.depth() : inRange(prefix + "-layers", layers, MlpShape.MIN_DEPTH, MlpShape.MAX_DEPTH);
        int hidden = width == null ? toy.hidden() : inRange(prefix + "-width", width, MlpShape.MIN_WIDTH, MlpShape.MAX_WIDTH);
        HiddenActivation f = name == null ? fallback : activationNamed(prefix + "-activation", name);
        return toy.withHidden(depth, hidden, f);
    }

    private static int inRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " " + value + " is out of range: choose " + min + " to " + max);
        }
        return value;
    }

    private static HiddenActivation activationNamed(String option, String name) {
        try {
            return HiddenActivation.byName(name);
        } catch (BadInputException e) {
            throw new BadInputException(option + " '" + name + "' is not an activation: choose relu, leaky-relu, tanh or elu");
        }
    }
}
