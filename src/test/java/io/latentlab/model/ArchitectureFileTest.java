package io.latentlab.model;

import io.latentlab.data.BadInputException;
import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.Optimizer;
import io.latentlab.train.TrainedGan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A GAN of another shape than the default survives a save and a load, and the card must agree with it. */
class ArchitectureFileTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.init();
    }

    private static final GanShape CUSTOM = new GanShape(new MlpShape(2, 16, 1, 2, HiddenActivation.TANH),
            new MlpShape(2, 32, 3, 1, HiddenActivation.LEAKY_RELU));

    @Test
    void aCustomArchitectureRoundTrips() throws IOException {
        Gan gan = Gan.create(CUSTOM, 5, NoisePrior.UNIFORM);
        GanHyperparameters settings = GanHyperparameters.defaults(5).withOptimizers(Optimizer.ADAM, Optimizer.SGD);
        ModelCard card = new TrainedGan(gan, GaussianRing.ring8(), settings, 0).card("test", Map.of());
        assertEquals("tanh", card.architecture().get(ModelFile.GENERATOR_ACTIVATION));
        assertEquals("leaky-relu", card.architecture().get(ModelFile.DISCRIMINATOR_ACTIVATION));
        assertEquals("sgd", card.hyperparameters().get("discriminator_optimizer"));
        Path file = dir.resolve("custom.lab.zip");
        ModelFile.saveGan(file, gan, card, new byte[0]);

        LoadedModel loaded = ModelFile.load(file);
        assertEquals(CUSTOM, loaded.gan().shape());
        assertEquals("2-16-2", loaded.card().architecture().get("generator"));
        assertEquals("2-32-32-32-1 (logit)", loaded.card().architecture().get("discriminator"));
        float[] noise = gan.noise(20, 2);
        assertArrayEquals(gan.generate(noise), loaded.gan().generate(noise));
        float[] points = gan.generate(noise);
        assertArrayEquals(gan.realProbability(points), loaded.gan().realProbability(points));
    }

    @Test
    void aCardThatDisagreesWithItsNetworksIsRefused() throws IOException {
        Gan gan = Gan.create(CUSTOM, 6, NoisePrior.UNIFORM);
        ModelCard honest = new TrainedGan(gan, GaussianRing.ring8(), GanHyperparameters.defaults(6), 0).card("test", Map.of());

        Map<String, String> sizes = new HashMap<>(honest.architecture());
        sizes.put("generator", "2-64-64-2");
        BadInputException e = assertThrows(BadInputException.class,
                () -> ModelFile.saveGan(dir.resolve("a.lab.zip"), gan, withArchitecture(honest, sizes), new byte[0]));
        assertTrue(e.getMessage().contains("card.json says the generator is 2-64-64-2 but generator.zip holds 2-16-2"),
                e.getMessage());

        Map<String, String> activation = new HashMap<>(honest.architecture());
        activation.put(ModelFile.DISCRIMINATOR_ACTIVATION, "relu");
        e = assertThrows(BadInputException.class,
                () -> ModelFile.saveGan(dir.resolve("b.lab.zip"), gan, withArchitecture(honest, activation), new byte[0]));
        assertTrue(e.getMessage().contains("says the discriminator uses relu but discriminator.zip uses leaky-relu"),
                e.getMessage());
    }

    private static ModelCard withArchitecture(ModelCard c, Map<String, String> architecture) {
        return new ModelCard(c.formatVersion(), c.kind(), architecture, c.latentSize(), c.dataShape(), c.classNames(),
                c.dataset(), c.datasetChecksum(), c.trainingSteps(), c.seed(), c.hyperparameters(), c.metrics(),
                c.appVersion(), c.command(), c.created());
    }
}
