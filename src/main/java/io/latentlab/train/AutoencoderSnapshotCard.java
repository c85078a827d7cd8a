package io.latentlab.train;

import io.latentlab.model.AppVersion;
import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model card of an image autoencoder saved from the window mid-training: what it is, what
 * it trained on, its steps and settings, and the last step's terms; the command field says it
 * was trained interactively, since no single {@code latentlab train} command reproduces it.
 */
public final class AutoencoderSnapshotCard {

    private AutoencoderSnapshotCard() {
    }

    /**
     * @param model     a copy of the model, taken between steps
     * @param iteration the steps it has trained
     * @param settings  its training settings now
     * @param dataset   the images' name, e.g. {@code mnist-test}
     * @param last      the last step's terms, or null
     */
    public static ModelCard of(ImageAutoencoder model, long iteration, ImageTrainingSettings settings, String dataset,
                               ImageStepMetrics last) {
        Map<String, Object> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("beta", model.kind().variational() ? settings.beta() : 0.0);
        hyperparameters.put("learning_rate", settings.learningRate());
        hyperparameters.put("batch", settings.batch());
        hyperparameters.put("optimizer", "adam");
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (last != null) {
            metrics.put("last_step_reconstruction_nats", last.reconstruction());
            metrics.put("last_step_kl_nats", last.kl());
            metrics.put("last_step_neg_elbo_nats", last.negativeElbo());
        }
        return new ModelCard(ModelFile.FORMAT_VERSION, model.kind().cliName(), AutoencoderFile.architecture(model),
                model.latentSize(), new int[] {model.rows(), model.cols()}, model.classNames(), dataset,
                "trained in the Latent Lab window", iteration, settings.seed(), hyperparameters, metrics,
                AppVersion.VERSION, "trained interactively in the Images tab of the Latent Lab window",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
