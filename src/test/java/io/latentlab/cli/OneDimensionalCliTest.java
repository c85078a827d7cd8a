package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code train} on 1-D data (mix2) and the N×1 samples of the model it writes. */
class OneDimensionalCliTest {

    @TempDir
    static Path dir;
    static Path model;
    static CliRun train;

    @BeforeAll
    static void trainOnce() {
        model = dir.resolve("x.lab.zip");
        train = CliRun.of("train", "--model", "gan", "--data", "mix2", "--iterations", "300", "--loss", "least-squares",
                "--seed", "2", "--out", model.toString());
    }

    @Test
    void trainsA1dGanAndCountsItsModesWithinHalf() {
        assertEquals(0, train.status(), train::toString);
        assertTrue(train.out().contains("/2 modes") && train.out().contains("within 0.5"), train::toString);
        CliRun info = CliRun.of("info", model.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.outLines().contains("latent size: 1"), info::toString);
        assertTrue(info.out().contains("frac_within_0.5: "), info::toString);
        assertTrue(info.out().contains("least-squares"), info::toString);
    }

    @Test
    void samplesAreNBy1() throws Exception {
        Path npy = dir.resolve("s.npy");
        CliRun run = CliRun.of("sample", "--model", model.toString(), "--n", "200", "--seed", "3", "--out", npy.toString());
        assertEquals(0, run.status(), run::toString);
        byte[] bytes = Files.readAllBytes(npy);
        String header = new String(bytes, 10, Short.toUnsignedInt((short) ((bytes[8] & 0xff) | (bytes[9] & 0xff) << 8)),
                StandardCharsets.US_ASCII);
        assertTrue(header.contains("'shape': (200, 1)"), header);
        assertEquals(10 + header.length() + 200 * 4, bytes.length);

        Path csv = dir.resolve("s.csv");
        run = CliRun.of("sample", "--model", model.toString(), "--n", "50", "--out", csv.toString());
        assertEquals(0, run.status(), run::toString);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x", lines.get(0));
        assertEquals(51, lines.size());

        Path png = dir.resolve("s.png");
        run = CliRun.of("sample", "--model", model.toString(), "--n", "500", "--out", png.toString());
        assertEquals(0, run.status(), run::toString);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(400, image.getWidth());
    }

    @Test
    void aOneDimensionalLatentOn2dDataAndAWiderOneOn1dData() {
        Path ring = dir.resolve("ring-latent1.lab.zip");
        CliRun run = CliRun.of("train", "--model", "gan", "--data", "ring8", "--iterations", "20", "--latent", "1",
                "--out", ring.toString());
        assertEquals(0, run.status(), run::toString);
        CliRun info = CliRun.of("info", ring.toString());
        assertTrue(info.outLines().contains("latent size: 1"), info::toString);

        Path moons = dir.resolve("moons.lab.zip");
        run = CliRun.of("train", "--model", "gan", "--data", "moons", "--iterations", "20", "--out", moons.toString());
        assertEquals(0, run.status(), run::toString);
        assertTrue(run.out().contains("no modes to count"), run::toString);
    }
}
