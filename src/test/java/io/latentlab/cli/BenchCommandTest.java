package io.latentlab.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench --quick} prints the peers' {@code name value unit} lines, then {@code # } notes. */
class BenchCommandTest {

    @Test
    void quickBenchPrintsThreeTokenLines() {
        CliRun run = CliRun.of("bench", "--only", "gan2d", "--quick");
        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.err());
        List<String> figures = run.outLines().stream().filter(l -> !l.startsWith("# ")).toList();
        for (String line : figures) {
            assertTrue(line.matches("gan2d\\.\\S+ \\S+ \\S+"), () -> "not 'name value unit': " + line);
        }
        List<String> names = figures.stream().map(l -> l.split(" ")[0] + " " + l.split(" ")[2]).toList();
        assertTrue(names.containsAll(List.of("gan2d.iters_per_sec it/s", "gan2d.ms_per_iter ms",
                "gan2d.frac_within_0.1 fraction", "gan2d.modes_covered modes", "gan2d.final_lossD nats",
                "gan2d.final_lossG nats")), run::toString);
        String modes = figures.stream().filter(l -> l.startsWith("gan2d.modes_covered ")).findFirst().orElseThrow();
        int covered = Integer.parseInt(modes.split(" ")[1]);
        assertTrue(covered >= 0 && covered <= 8, modes);
        double ips = Double.parseDouble(figures.stream().filter(l -> l.startsWith("gan2d.iters_per_sec "))
                .findFirst().orElseThrow().split(" ")[1]);
        assertTrue(ips > 0, "iters_per_sec " + ips);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# ND4J: ")), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# java ")), run::toString);
        int lastFigure = run.outLines().indexOf(figures.get(figures.size() - 1));
        assertTrue(run.outLines().subList(lastFigure + 1, run.outLines().size()).stream().allMatch(l -> l.startsWith("# ")));
    }

    @Test
    void quickDensityBenchPrintsItsFiguresAndComparesWithThePeers() {
        CliRun run = CliRun.of("bench", "--only", "density", "--quick");
        assertEquals(0, run.status(), run::toString);
        assertEquals("", run.err());
        List<String> figures = run.outLines().stream().filter(l -> !l.startsWith("# ")).toList();
        for (String name : List.of("kde2d.binned_ms", "kde2d.exact_ms", "kde1d.exact_ms", "gmm.fit_ms")) {
            String line = figures.stream().filter(l -> l.startsWith(name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " line\n" + run));
            String[] tokens = line.split(" ");
            assertEquals(3, tokens.length, line);
            assertEquals("ms", tokens[2], line);
            assertTrue(Double.parseDouble(tokens[1]) > 0, line);
        }
        assertTrue(figures.stream().noneMatch(l -> l.startsWith("gan2d.")), run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# kde2d: ") && l.contains("faster than scipy's exact")),
                run::toString);
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# gmm: ") && l.contains("median of 1")), run::toString);

        CliRun one = CliRun.of("bench", "--only", "kde1d", "--quick");
        assertEquals(0, one.status(), one::toString);
        assertTrue(one.outLines().stream().filter(l -> !l.startsWith("# ")).allMatch(l -> l.startsWith("kde1d.")), one::toString);
        CliRun bad = CliRun.of("bench", "--only", "kde3d");
        assertEquals(2, bad.status(), bad::toString);
        assertTrue(bad.err().contains("kde2d, kde1d, gmm"), bad::toString);
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status(), help::toString);
        assertTrue(help.out().contains("train") && help.out().contains("bench"), help::toString);
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertEquals("latentlab 0.1.0", version.out().strip());
    }
}
