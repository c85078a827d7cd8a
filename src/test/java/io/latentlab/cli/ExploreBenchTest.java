package io.latentlab.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench --only explore --quick} prints the explorer's decode latencies as {@code name value us} lines. */
class ExploreBenchTest {

    @Test
    void quickExploreBenchPrintsDecodeLatencies() {
        CliRun run = CliRun.of("bench", "--only", "explore", "--quick");
        assertEquals(0, run.status(), run::toString);
        List<String> figures = run.outLines().stream().filter(l -> !l.startsWith("# ")).toList();
        assertEquals(List.of("explore.decode_us_median", "explore.decode_us_p99", "explore.strip16_us", "explore.strip16_us_p99"),
                figures.stream().map(l -> l.split(" ")[0]).toList(), run::toString);
        for (String line : figures) {
            assertTrue(line.matches("explore\\.\\S+ \\S+ us"), line);
            assertTrue(Double.parseDouble(line.split(" ")[1]) > 0, line);
        }
        assertTrue(run.outLines().stream().anyMatch(l -> l.startsWith("# explore: one z decoded in")), run::toString);
    }
}
