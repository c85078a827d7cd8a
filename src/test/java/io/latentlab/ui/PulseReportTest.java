package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.latentlab.ui.FxReads.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --pulse-report}'s machinery on the real window: it starts the Images tab's training,
 * opens the explorer's Sliders panel, moves a slider, and prints the pulse figures (no time is
 * asserted).
 */
@ExtendWith(ApplicationExtension.class)
class PulseReportTest {

    private OpenExploreTab tab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tab = OpenExploreTab.show(stage);
    }

    @Stop
    void stop() {
        tab.close();
    }

    @Test
    void measuresPulsesWhileTheImagesTabTrainsAndTheSlidersMove() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> done = new CompletableFuture<>();
        fx(() -> {
            new PulseReport(tab.window(), 3, out, done::complete).start();
            return null;
        });
        int status = done.get(120, TimeUnit.SECONDS);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, status, String.join("\n", lines));
        for (String name : List.of("pulse.max_gap_ms", "pulse.p99_gap_ms", "pulse.median_gap_ms")) {
            String line = lines.stream().filter(l -> l.startsWith(name + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " line in\n" + String.join("\n", lines)));
            assertTrue(line.matches(name + " \\S+ ms"), line);
            double value = Double.parseDouble(line.split(" ")[1]);
            assertTrue(value >= 0 && Double.isFinite(value), () -> String.join("\n", lines));
        }
        assertTrue(figure(lines, "pulse.frames") >= 1, () -> String.join("\n", lines));
        assertTrue(figure(lines, "pulse.slider_moves") > 0, () -> String.join("\n", lines));
        assertTrue(fx(() -> tab.window().imageLabViewModel().iterationProperty().get()) > 0, "the Images tab never trained");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("# pulse: ")), () -> String.join("\n", lines));
        assertTrue(fx(() -> tab.window().lookup("#exploreSliders") != null && tab.window().lookup("#exploreSliders").isVisible()));
    }

    private static long figure(List<String> lines, String name) {
        return Long.parseLong(lines.stream().filter(l -> l.startsWith(name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " line")).split(" ")[1]);
    }
}
