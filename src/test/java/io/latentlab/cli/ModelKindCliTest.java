package io.latentlab.cli;

import io.latentlab.model.ForeignModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sample} and {@code info} on a model file of a kind this version does not know: exit 2
 * and one line saying what the file holds and that a newer Latent Lab opens it, decided from the
 * card before any network (or unknown entry) is read.
 */
class ModelKindCliTest {

    @TempDir
    Path dir;

    @Test
    void aNewerKindIsOneLineFromSampleAndInfo() throws Exception {
        Path file = dir.resolve("mnist-pixelcnn.lab.zip");
        ForeignModelFile.write(file, "pixelcnn", "pixelcnn.zip");
        String line = "mnist-pixelcnn.lab.zip holds a 'pixelcnn' model for 28×28 images, which this version of Latent Lab"
                + " cannot open; update Latent Lab to open it";
        CliRun sample = CliRun.of("sample", "--model", file.toString(), "--n", "4", "--out", dir.resolve("s.npy").toString());
        assertEquals(2, sample.status(), sample::toString);
        assertEquals(1, sample.errLines().size(), sample::toString);
        assertEquals("latentlab sample: " + line, sample.errLines().get(0));
        CliRun info = CliRun.of("info", file.toString());
        assertEquals(2, info.status(), info::toString);
        assertEquals("latentlab info: " + line, info.errLines().get(0));
    }
}
