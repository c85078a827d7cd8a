package io.latentlab.train;

import io.latentlab.model.AppVersion;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanShape;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ModelFile;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The card of an image GAN saved from the window: what it is, how it trained, its last step. */
public final class ConvGanSnapshotCard {

    private ConvGanSnapshotCard() {
    }

    /**
     * @param model     a copy of the model, taken between steps
     * @param iteration the steps it has trained
     * @param settings  its training settings now
     * @param dataset   the images' name, e.g. {@code mnist-test}
     * @param last      the last step's measures, or null
     */
    public static ModelCard of(ConvGan model, long iteration, ConvGanSettings settings, String dataset, ConvGanStepMetrics last) {
        Map<String, Object> hyperparameters = new LinkedHashMap<>();
        hyperparameters.put("loss", settings.loss().cliName());
        hyperparameters.put("learning_rate", settings.learningRate());
        hyperparameters.put("adam_betas", ConvGanSettings.ADAM_BETA1 + ", " + ConvGanSettings.ADAM_BETA2);
        hyperparameters.put("batch", settings.batch());
        hyperparameters.put("spectral_norm", settings.spectralNorm());
        Map<String, Double> metrics = new LinkedHashMap<>();
        if (last != null) {
            metrics.put("d_loss", last.dLoss());
            metrics.put("g_loss", last.gLoss());
            metrics.put("d_real", last.dReal());
            metrics.put("d_fake", last.dFake());
        }
        return new ModelCard(ModelFile.FORMAT_VERSION, model.kind().cliName(), ConvGanFile.architecture(model, settings.spectralNorm()),
                model.latentSize(), new int[] {ConvGanShape.SIDE, ConvGanShape.SIDE}, model.classNames(), dataset,
                "trained in the Latent Lab window", iteration, settings.seed(), hyperparameters, metrics,
                AppVersion.VERSION, "trained interactively in the Images tab of the Latent Lab window",
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
