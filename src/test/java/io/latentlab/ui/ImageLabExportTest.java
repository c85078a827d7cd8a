package io.latentlab.ui;

import io.latentlab.export.AnimatedGif;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export animation… on the Images tab writes a looping GIF with a frame per kept grid; Save
 * metrics CSV… the chart's series ({@link ImageLabExportsTest} checks several frames without a window).
 */
@ExtendWith(ApplicationExtension.class)
class ImageLabExportTest {

    private OpenImagesTab tab;

    @TempDir
    Path dir;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tab = OpenImagesTab.show(stage);
    }

    @Stop
    void stop() {
        tab.close();
    }

    @Test
    void exportsTheSamplesThroughTimeAndTheChart(FxRobot robot) throws Exception {
        tab.select(robot);
        ImageLabView view = fx(() -> (ImageLabView) tab.window().lookup("." + ImageLabView.DEFAULT_STYLE_CLASS));
        robot.interact(() -> view.setSaveTarget((owner, title, name, kind, extension) -> dir.resolve(name)));
        waitUntil(() -> fx(() -> tab.images().frameCountProperty().get()) == 1); // the grid of iteration 0
        robot.clickOn("#imageStepButton");
        waitUntil(() -> fx(() -> tab.images().historyProperty().get()) != null);
        int kept = fx(() -> tab.images().frameCountProperty().get());

        robot.clickOn("#imageExportAnimation");
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Saved samples-through-time.gif"));
        AnimatedGif.Read gif = AnimatedGif.read(Files.readAllBytes(dir.resolve("samples-through-time.gif")));
        assertEquals(kept, gif.frames().size(), text(robot, "#imageMessage"));
        assertTrue(gif.loops());
        Files.createDirectories(OpenImagesTab.SHOTS);
        ImageIO.write(gif.frames().get(kept - 1), "png", OpenImagesTab.SHOTS.resolve("images-animation-frame.png").toFile());
        tab.screenshot("images-export.png");

        robot.clickOn("#imageExportMetrics");
        waitUntil(() -> text(robot, "#imageMessage").startsWith("Saved vae-metrics.csv"));
        List<String> csv = Files.readAllLines(dir.resolve("vae-metrics.csv"));
        assertEquals("iteration,reconstruction,kl,neg_elbo", csv.get(0));
        assertTrue(csv.size() >= 2, "rows " + csv.size());
        String[] last = csv.get(csv.size() - 1).split(",");
        assertEquals(4, last.length);
        assertTrue(Double.parseDouble(last[3]) > 0, csv.get(csv.size() - 1));
    }
}
