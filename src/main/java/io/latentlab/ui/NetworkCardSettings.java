package io.latentlab.ui;

import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.Optimizer;

import java.util.Map;

/**
 * The network settings a model card records that the toy lab trains on with: each network's
 * optimizer and the D steps per G step (kept within what the Networks section offers).
 */
final class NetworkCardSettings {

    private NetworkCardSettings() {
    }

    /** {@code settings} with what {@code recorded} (a card's hyperparameters) says; unknown names throw BadInputException. */
    static GanHyperparameters read(Map<String, Object> recorded, GanHyperparameters settings) {
        Optimizer both = recorded.get("optimizer") instanceof String name ? Optimizer.byName(name) : settings.generatorOptimizer();
        Optimizer g = recorded.get("generator_optimizer") instanceof String name ? Optimizer.byName(name) : both;
        Optimizer d = recorded.get("discriminator_optimizer") instanceof String name ? Optimizer.byName(name) : both;
        GanHyperparameters result = settings.withOptimizers(g, d);
        if (recorded.get("discriminator_steps") instanceof Number steps) {
            result = result.withDiscriminatorSteps(Math.max(NetworkSettingsModel.MIN_DISCRIMINATOR_STEPS,
                    Math.min(NetworkSettingsModel.MAX_DISCRIMINATOR_STEPS, steps.intValue())));
        }
        return result;
    }
}
