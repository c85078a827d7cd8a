package io.latentlab.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A short training run through the command line, then info and sample on what it wrote. */
class TrainSampleInfoTest {

    static final int ITERATIONS = 300;

    @TempDir
    static Path dir;
    static Path model;
    static CliRun train;

    @BeforeAll
    static void trainOnce() {
        model = dir.resolve("ring.lab.zip");
        train = CliRun.of("train", "--model", "gan", "--data", "ring8", "--iterations", String.valueOf(ITERATIONS),
                "--seed", "5", "--out", model.toString(), "--metrics", dir.resolve("m.csv").toString());
    }

    @Test
    void trainWritesModelMetricsAndSummary() throws Exception {
        assertEquals(0, train.status(), train::toString);
        assertEquals("", train.err());
        assertTrue(train.out().contains("iteration " + ITERATIONS + "/" + ITERATIONS + "  D "), train::toString);
        assertTrue(train.out().contains("/8 modes"), train::toString);
        assertTrue(Files.isRegularFile(model));
        List<String> metrics = Files.readAllLines(dir.resolve("m.csv"));
        assertEquals("iteration,d_loss,g_loss,d_real,d_fake,iters_per_sec", metrics.get(0));
        assertEquals(ITERATIONS + 1, metrics.size());
        assertTrue(metrics.get(ITERATIONS).startsWith(ITERATIONS + ","), metrics.get(ITERATIONS));
    }

    @Test
    void infoDescribesTheModel() {
        CliRun info = CliRun.of("info", model.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.outLines().contains("kind: gan"), info::toString);
        assertTrue(info.outLines().contains("dataset: ring8 (generated in code, seeded)"), info::toString);
        assertTrue(info.outLines().contains("latent size: 2"), info::toString);
        assertTrue(info.outLines().contains("training steps: " + ITERATIONS), info::toString);
        assertTrue(info.outLines().contains("seed: 5"), info::toString);
        for (String metric : List.of("d_loss", "g_loss", "frac_within_0.1", "modes_covered", "iters_per_sec")) {
            assertTrue(info.out().contains("  " + metric + ": "), () -> metric + " missing\n" + info);
        }
        assertTrue(info.out().contains("command: latentlab train --model gan --data ring8 --iterations 300 --seed 5 --out "
                + model), info::toString);
    }

    @Test
    void sampleWritesNpyAndCsvOfTheRightShape() throws Exception {
        Path npy = dir.resolve("s.npy");
        CliRun run = CliRun.of("sample", "--model", model.toString(), "--n", "200", "--seed", "3", "--out", npy.toString());
        assertEquals(0, run.status(), run::toString);
        byte[] bytes = Files.readAllBytes(npy);
        String header = new String(bytes, 10, Short.toUnsignedInt((short) ((bytes[8] & 0xff) | (bytes[9] & 0xff) << 8)),
                StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4', 'fortran_order': False, 'shape': (200, 2)"), header);
        assertEquals(0, (10 + header.length()) % 64);
        assertEquals(10 + header.length() + 200 * 2 * 4, bytes.length);

        Path csv = dir.resolve("s.csv");
        run = CliRun.of("sample", "--model", model.toString(), "--n", "200", "--seed", "3", "--out", csv.toString());
        assertEquals(0, run.status(), run::toString);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,y", lines.get(0));
        assertEquals(201, lines.size());
        assertEquals(2, lines.get(1).split(",").length);

        CliRun info = CliRun.of("info", csv.toString());
        assertEquals(0, info.status(), info::toString);
        assertTrue(info.outLines().containsAll(List.of("count: 200", "dimension: 2")), info::toString);
        assertTrue(info.out().contains("x range: ") && info.out().contains("y range: "), info::toString);
    }

    @Test
    void sameSeedSameBytesAcrossSamplesAndTrainingRuns() throws Exception {
        byte[] first = sample(model, "11", "a.npy");
        assertArrayEquals(first, sample(model, "11", "b.npy"));
        assertFalse(Arrays.equals(first, sample(model, "12", "c.npy")), "another seed gave the same samples");

        Path again = dir.resolve("again.lab.zip");
        CliRun retrain = CliRun.of("train", "--model", "gan", "--data", "ring8", "--iterations",
                String.valueOf(ITERATIONS), "--seed", "5", "--out", again.toString());
        assertEquals(0, retrain.status(), retrain::toString);
        assertArrayEquals(first, sample(again, "11", "d.npy"), "the same training seed gave another model");
    }

    private static byte[] sample(Path from, String seed, String name) throws Exception {
        Path out = dir.resolve(name);
        CliRun run = CliRun.of("sample", "--model", from.toString(), "--n", "100", "--seed", seed, "--out", out.toString());
        assertEquals(0, run.status(), run::toString);
        return Files.readAllBytes(out);
    }
}
