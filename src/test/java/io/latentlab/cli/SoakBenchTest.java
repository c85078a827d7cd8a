package io.latentlab.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench --only soak} trains the toy GAN and the MNIST VAE side by side for a few seconds
 * and prints the memory figures, the table and the CSV; the slope and the VmRSS line are read right.
 */
class SoakBenchTest {

    @Test
    void aShortSoakPrintsMemoryAndIterationsAndWritesTheSeries(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("soak.csv");
        CliRun run = CliRun.of("bench", "--only", "soak", "--soak-minutes", "0.05", "--soak-csv", csv.toString());
        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.err());
        Map<String, String[]> figures = run.outLines().stream().filter(l -> !l.startsWith("# "))
                .map(l -> l.split(" ")).collect(Collectors.toMap(t -> t[0], t -> t));
        for (String[] tokens : figures.values()) {
            assertEquals(3, tokens.length, String.join(" ", tokens));
            assertTrue(tokens[0].startsWith("soak."), tokens[0]);
        }
        assertTrue(value(figures, "soak.rss_mb.start", "MB") > 0, run::toString);
        assertTrue(value(figures, "soak.rss_mb.end", "MB") > 0, run::toString);
        assertTrue(value(figures, "soak.rss_mb.peak", "MB") >= value(figures, "soak.rss_mb.end", "MB"));
        assertTrue(value(figures, "soak.heap_mb.end", "MB") > 0, run::toString);
        assertTrue(value(figures, "soak.offheap_mb.end", "MB") >= 0, run::toString);
        assertTrue(value(figures, "soak.physical_mb.end", "MB") > 0, run::toString);
        assertTrue(value(figures, "soak.nd4j_mb.end", "MB") >= 0, run::toString);
        assertTrue(Double.isFinite(value(figures, "soak.rss_mb.growth_per_10min", "MB/10min")), run::toString);
        assertTrue(Double.isFinite(value(figures, "soak.offheap_mb.growth_per_10min", "MB/10min")), run::toString);
        assertTrue(value(figures, "soak.iterations.gan", "iters") > 0, run::toString);
        assertTrue(value(figures, "soak.iterations.vae", "steps") > 0, run::toString);
        int samples = (int) value(figures, "soak.samples", "samples");
        assertTrue(samples >= 2, run::toString);

        List<String> rows = Files.readAllLines(csv);
        assertEquals(SoakBenchmark.CSV_HEADER, rows.get(0));
        assertEquals(samples, rows.size() - 1, () -> String.join("\n", rows));
        String[] last = rows.get(rows.size() - 1).split(",");
        assertEquals(Long.parseLong(last[6]), (long) value(figures, "soak.iterations.gan", "iters"));
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# soak: ") && l.contains("MB/10 min")), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.matches("#\\s+t \\(s\\)\\s+RSS MB.*")), run::toString);
    }

    @Test
    void theGrowthIsTheLeastSquaresSlopeOfTheSecondHalf() {
        List<SoakBenchmark.Sample> samples = new ArrayList<>();
        for (int t = 0; t <= 10; t++) {
            double rss = t < 5 ? 100 + 20 * t : 200 + 0.5 * t; // fast warm-up, then 0.5 MB/s
            samples.add(new SoakBenchmark.Sample(t, new MemoryReading(rss, 50, 1, rss, 1), t * 10L, t, 1));
        }
        assertEquals(0.5, SoakBenchmark.secondHalfSlope(samples, MemoryReading::rssMb), 1e-12);
        assertEquals(0.0, SoakBenchmark.secondHalfSlope(samples, MemoryReading::heapMb), 1e-12);
        assertTrue(Double.isNaN(SoakBenchmark.secondHalfSlope(samples.subList(0, 1), MemoryReading::rssMb)));
        assertEquals(20.0, SoakBenchmark.secondHalfSlope(samples.subList(0, 2), MemoryReading::rssMb), 1e-12); // two: their own slope
    }

    @Test
    void readsVmRssFromProcStatusAndRefusesANonPositiveDuration() {
        assertEquals(Optional.of(283_456L), MemoryReading.vmRssKb(List.of("Name:\tjava", "VmPeak:\t 9999 kB",
                "VmRSS:\t  283456 kB", "RssAnon:\t 100 kB")));
        assertEquals(Optional.empty(), MemoryReading.vmRssKb(List.of("Name:\tjava")));
        CliRun bad = CliRun.of("bench", "--only", "soak", "--soak-minutes", "0");
        assertEquals(2, bad.status(), bad::toString);
        assertEquals(1, bad.errLines().size(), bad::toString);
        assertTrue(bad.err().contains("--soak-minutes"), bad::toString);
    }

    private static double value(Map<String, String[]> figures, String name, String unit) {
        String[] tokens = figures.get(name);
        assertTrue(tokens != null, "no " + name + " line");
        assertEquals(unit, tokens[2], name);
        return Double.parseDouble(tokens[1]);
    }
}
