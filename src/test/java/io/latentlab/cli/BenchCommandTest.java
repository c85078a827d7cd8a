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
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status(), help::toString);
        assertTrue(help.out().contains("train") && help.out().contains("bench"), help::toString);
        CliRun version = CliRun.of("--version");
        assertEquals(0, version.status());
        assertEquals("latentlab 0.1.0", version.out().strip());
    }
}
