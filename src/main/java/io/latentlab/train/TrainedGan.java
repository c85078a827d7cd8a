package io.latentlab.train;

import io.latentlab.data.ToyDistribution;
import io.latentlab.model.AppVersion;
import io.latentlab.model.Gan;
import io.latentlab.model.GanShape;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A copy of a GAN taken between two training steps, with what it was trained on and how:
 * everything a model file records.
 */
public record TrainedGan(Gan gan, ToyDistribution data, GanHyperparameters hyperparameters, long iterations) {

    /** The model card for this GAN; {@code command} reproduces it, {@code metrics} are its final figures. */
    public ModelCard card(String command, Map<String, Double> metrics) {
        GanShape shape = gan.shape();
        Map<String, String> architecture = new LinkedHashMap<>();
        architecture.put("generator", shape.generator().describe());
        architecture.put("discriminator", shape.discriminator().describe() + " (logit)");
        architecture.put(ModelFile.GENERATOR_ACTIVATION, shape.generator().activation().cliName());
        architecture.put(ModelFile.DISCRIMINATOR_ACTIVATION, shape.discriminator().activation().cliName());
        if (shape.generator().activation() == shape.discriminator().activation()) {
            architecture.put("activation", shape.generator().activation().cliName());
        }
        architecture.put(ModelFile.NOISE, gan.noisePrior().cliName());
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("batch", hyperparameters.batch());
        settings.put("generator_lr", hyperparameters.generatorLr());
        settings.put("discriminator_lr", hyperparameters.discriminatorLr());
        settings.put("generator_optimizer", hyperparameters.generatorOptimizer().cliName());
        settings.put("discriminator_optimizer", hyperparameters.discriminatorOptimizer().cliName());
        if (hyperparameters.generatorOptimizer() == hyperparameters.discriminatorOptimizer()) {
            settings.put("optimizer", hyperparameters.generatorOptimizer().cliName());
        }
        settings.put("beta1", hyperparameters.beta1());
        settings.put("beta2", hyperparameters.beta2());
        settings.put("loss", hyperparameters.loss().cliName());
        settings.put("generator_average_decay", hyperparameters.averageDecay());
        settings.put("discriminator_steps", hyperparameters.discriminatorSteps());
        if (hyperparameters.loss() == GanLoss.WASSERSTEIN_GP) {
            settings.put("penalty_weight", hyperparameters.penaltyWeight());
        }
        return new ModelCard(ModelFile.FORMAT_VERSION, "gan", architecture, gan.noiseSize(),
                new int[] {gan.dataSize()}, List.of(), data.name(), "generated in code, seeded", iterations,
                hyperparameters.seed(), settings, metrics, AppVersion.VERSION, command,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** The points to keep in the model file when no name rebuilds the data (a drawing), else null. */
    public float[] dataPointsToKeep() {
        return data instanceof io.latentlab.data.DrawnDistribution drawn ? drawn.points() : null;
    }
}
