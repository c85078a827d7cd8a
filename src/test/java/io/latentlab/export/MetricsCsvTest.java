package io.latentlab.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetricsCsvTest {

    @Test
    void writesHeaderAndRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.csv");
        try (MetricsCsv csv = MetricsCsv.create(file)) {
            csv.row(1, 1.386, 0.69, 0.5, 0.49, Double.NaN);
            csv.row(2, 1.25, 0.75, 0.55, 0.45, 812.5);
        }
        assertEquals(List.of("iteration,d_loss,g_loss,d_real,d_fake,iters_per_sec",
                "1,1.386,0.69,0.5,0.49,nan",
                "2,1.25,0.75,0.55,0.45,812.5"), Files.readAllLines(file));
    }
}
