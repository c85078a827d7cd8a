package io.latentlab.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * What a model file says about its model: {@code card.json} in the zip. Enough to know what the
 * model is, to check the networks against it, and to train it again from the same command.
 *
 * @param formatVersion   {@link ModelFile#FORMAT_VERSION} when written
 * @param kind            {@code gan}, {@code vae}, {@code cvae}, {@code cgan}, {@code dcgan}, {@code ae}
 * @param architecture    each network's layer sizes, e.g. {@code generator → 2-64-64-2}
 * @param latentSize      the noise or latent dimension
 * @param dataShape       one sample's shape, e.g. {@code [2]} or {@code [28, 28]}
 * @param classNames      labels of a conditional model; empty otherwise
 * @param dataset         the data's name, e.g. {@code ring8}
 * @param datasetChecksum the data file's checksum, or how generated data was made
 * @param trainingSteps   iterations trained
 * @param seed            the training seed
 * @param hyperparameters the training settings, by name
 * @param metrics         final figures, by name
 * @param appVersion      the Latent Lab version that wrote it
 * @param command         the {@code latentlab} command that reproduces it, or how it was made
 * @param created         ISO-8601 time of writing
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelCard(int formatVersion, String kind, Map<String, String> architecture, int latentSize,
                        int[] dataShape, List<String> classNames, String dataset, String datasetChecksum,
                        long trainingSteps, long seed, Map<String, Object> hyperparameters,
                        Map<String, Double> metrics, String appVersion, String command, String created) {

    public ModelCard {
        architecture = architecture == null ? Map.of() : Map.copyOf(architecture);
        dataShape = dataShape == null ? new int[0] : dataShape.clone();
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        hyperparameters = hyperparameters == null ? Map.of() : Map.copyOf(hyperparameters);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    @Override
    public int[] dataShape() {
        return dataShape.clone();
    }

    /** Values in one sample: the product of {@link #dataShape()}. */
    public int dataSize() {
        int n = 1;
        for (int d : dataShape) {
            n *= d;
        }
        return n;
    }
}
