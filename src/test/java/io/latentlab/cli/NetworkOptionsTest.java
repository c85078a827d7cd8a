package io.latentlab.cli;

import io.latentlab.model.HiddenActivation;
import io.latentlab.model.LoadedModel;
import io.latentlab.model.MlpShape;
import io.latentlab.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code latentlab train}'s network options: the model file holds the shape asked for; bad values are one line. */
class NetworkOptionsTest {

    @TempDir
    static Path dir;

    @Test
    void trainBuildsTheNetworksAskedFor() {
        Path out = dir.resolve("arch.lab.zip");
        CliRun run = CliRun.of("train", "--model", "gan", "--data", "ring8", "--iterations", "20", "--batch", "32",
                "--g-layers", "1", "--g-width", "16", "--g-activation", "tanh", "--d-layers", "3", "--d-width", "8",
                "--activation", "leaky-relu", "--d-optimizer", "sgd", "--out", out.toString());
        assertEquals(0, run.status(), run::toString);
        LoadedModel model = ModelFile.load(out);
        assertEquals(new MlpShape(2, 16, 1, 2, HiddenActivation.TANH), model.gan().shape().generator());
        assertEquals(new MlpShape(2, 8, 3, 1, HiddenActivation.LEAKY_RELU), model.gan().shape().discriminator());
        assertEquals("adam", model.card().hyperparameters().get("generator_optimizer"));
        assertEquals("sgd", model.card().hyperparameters().get("discriminator_optimizer"));
    }

    @Test
    void outOfRangeValuesSayTheRange() {
        assertBad("--g-width 200 is out of range: choose 4 to 128", "--g-width", "200");
        assertBad("--d-layers 5 is out of range: choose 0 to 4", "--d-layers", "5");
        assertBad("--activation 'swish' is not an activation: choose relu, leaky-relu, tanh or elu", "--activation", "swish");
        assertBad("unknown optimizer 'rmsprop': choose adam or sgd", "--g-optimizer", "rmsprop");
    }

    private static void assertBad(String fragment, String... extra) {
        String[] base = {"train", "--model", "gan", "--data", "ring8", "--iterations", "5", "--out",
                dir.resolve("bad.lab.zip").toString()};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains(fragment), () -> "expected '" + fragment + "'\n" + run);
    }
}
