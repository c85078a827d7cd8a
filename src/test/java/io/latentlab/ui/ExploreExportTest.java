package io.latentlab.ui;

import io.latentlab.cli.LatentLabCommand;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.SeededStrip;
import io.latentlab.export.AnimatedGif;
import io.latentlab.export.ImageGridPng;
import io.latentlab.export.ImageRecipe;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
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
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Export ▸ Save image grid… writes what the selected panel shows as a PNG whose recorded command,
 * run as it is, writes the same bytes; Copy image puts it on the clipboard; Export ▸ Save animated
 * walk… writes a looping GIF; a panel that shows nothing is one line. A small strip panel stands in for the real ones.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreExportTest {

    private OpenExploreTab tab;

    @TempDir
    Path dir;

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

    /** A seeded slerp strip, as an interpolation panel shows one. */
    static final class StripPanel extends BorderPane implements ExplorePanel {
        private final ExploredImages shown;

        StripPanel(LatentModel model) {
            float[] z = SeededStrip.path(model.latentSize(), 5, 8, Interpolation.Method.SPHERICAL);
            shown = new ExploredImages("slerp strip", model, z, null, 8, 8, model.decode(z, null, 8),
                    Map.of("command", "interpolate", "method", "slerp", "steps", "8", "seed", "5"));
            setCenter(new Label("a strip"));
        }

        @Override
        public ExploredImages shown() {
            return shown;
        }
    }

    @Test
    void savesTheShownStripAsAPngItsCommandRemakesAndAWalkAsALoopingGif(FxRobot robot) throws Exception {
        tab.select(robot);
        ExploreView view = fx(() -> (ExploreView) tab.window().lookup("#exploreView"));
        robot.interact(() -> view.setSaveTarget((owner, title, name, kind, extension) -> dir.resolve(name)));

        // the Sliders panel, shown first, exports its picture
        robot.clickOn("#exploreExport").clickOn("Save image grid…");
        waitUntil(() -> text(robot, "#exploreMessage").startsWith("Saved "));
        assertFalse(fx(() -> tab.explore().messageIsErrorProperty().get()), text(robot, "#exploreMessage"));

        StripPanel panel = new StripPanel(tab.model());
        robot.interact(() -> {
            Tab strip = new Tab("Strip", panel);
            view.panels().getTabs().add(strip);
            view.panels().getSelectionModel().select(strip);
            tab.explore().exports().scaleProperty().set(3);
            tab.explore().exports().framesPerLegProperty().set(4);
        });
        robot.clickOn("#exploreExport").clickOn("Save image grid…");
        Path png = dir.resolve("mnist-vae-20-slerp-strip.png");
        waitUntil(() -> text(robot, "#exploreMessage").startsWith("Saved mnist-vae-20-slerp-strip.png"));
        ImageRecipe recipe = ImageGridPng.read(png);
        assertTrue(recipe.command().contains(" latentlab interpolate --model ") && recipe.command().contains("--seed 5"),
                recipe.command());
        assertArrayEquals(panel.shown().z(), recipe.z());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(8 * 28 * 3 + 9 * 4, image.getWidth());
        tab.screenshot("explore-export.png");

        byte[] saved = Files.readAllBytes(png);
        Files.delete(png);
        List<String> words = io.latentlab.export.RemakeCommand.commandWords(recipe.command());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = LatentLabCommand.run(words.subList(1, words.size()).toArray(String[]::new), new PrintWriter(out),
                new PrintWriter(err));
        assertEquals(0, status, out + "\n" + err);
        assertArrayEquals(saved, Files.readAllBytes(png), "the recorded command writes the same bytes");

        robot.clickOn("#exploreExport").clickOn("Copy image");
        waitUntil(() -> text(robot, "#exploreMessage").startsWith("Copied slerp strip to the clipboard"));
        assertEquals(image.getWidth(), fx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getImage().getWidth()));

        robot.clickOn("#exploreExport").clickOn("Save animated walk…");
        waitUntil(() -> text(robot, "#exploreMessage").startsWith("Saved mnist-vae-20-slerp-strip.gif"));
        AnimatedGif.Read gif = AnimatedGif.read(Files.readAllBytes(dir.resolve("mnist-vae-20-slerp-strip.gif")));
        assertEquals(2 * 4, gif.frames().size());
        assertTrue(gif.loops());
        ImageIO.write(gif.frames().get(2), "png", OpenExploreTab.SHOTS.resolve("explore-walk-frame.png").toFile());
    }
}
