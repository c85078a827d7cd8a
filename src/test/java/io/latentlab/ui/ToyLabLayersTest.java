package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.FieldSnapshot;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scatter's layers in the real main window: the View menu's check items turn the
 * discriminator heatmap, the generator manifold and the gradient arrows on and off, the view
 * model carries the trainer's fields, and the heatmap tints the plot where D is confident.
 * Writes {@code target/screenshots/toylab-layers.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabLayersTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final long WAIT_S = 30;
    /** How far from ½ counts as confident: early in training D rarely goes far. */
    private static final double CONFIDENT = 0.15;

    private OpenToyLab open;
    private TrainingSession session;
    private MainWindow window;
    private ToyLabViewModel lab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 800);
        session = open.session();
        lab = open.lab();
        window = open.window();
    }

    @Stop
    void stop() {
        open.close();
    }

    @Test
    void layersShowTheDiscriminatorManifoldAndArrows(FxRobot robot) throws Exception {
        assertTrue(fx(() -> lab.showDiscriminatorProperty().get()), "heatmap on at start");
        assertFalse(fx(() -> lab.showManifoldProperty().get()), "manifold off at start");
        assertFalse(fx(() -> lab.showArrowsProperty().get()), "arrows off at start");
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        waitUntil(() -> fx(() -> lab.fieldsProperty().get()) != null);

        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 300);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));

        CheckMenuItem manifold = menuItem(robot, "showManifold");
        CheckMenuItem arrows = menuItem(robot, "showArrows");
        CheckMenuItem discriminator = menuItem(robot, "showDiscriminator");
        fx(() -> {
            manifold.setSelected(true);
            arrows.setSelected(true);
            return null;
        });
        assertTrue(fx(() -> lab.showManifoldProperty().get() && lab.showArrowsProperty().get()
                && discriminator.isSelected()));
        long paused = iteration(robot);
        waitUntil(() -> fx(() -> lab.fieldsProperty().get().iteration()) == paused);
        FieldSnapshot fields = fx(() -> lab.fieldsProperty().get());
        assertEquals(48 * 48, fields.discriminator().length);
        assertTrue(fields.probabilistic());
        assertEquals(21, fields.manifoldLines());
        assertEquals(2 * 21 * 21, fields.manifold().length);
        assertEquals(TrainingSession.ARROW_COUNT, fields.arrowCount());
        WaitForAsyncUtils.waitForFxEvents();

        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        WritableImage withHeatmap = fx(() -> scatter.snapshot(null, null));
        fx(() -> {
            discriminator.setSelected(false);
            return null;
        });
        assertFalse(fx(() -> lab.showDiscriminatorProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage without = fx(() -> scatter.snapshot(null, null));
        Bounds plot = fx(scatter::plotBounds);
        int confident = 0;
        int tinted = 0;
        int n = fields.gridSize();
        for (int r = 0; r < n; r += 3) {
            for (int c = 0; c < n; c += 3) {
                float p = fields.discriminatorAt(r, c);
                if (Math.abs(p - 0.5) < CONFIDENT) {
                    continue;
                }
                confident++;
                int x = (int) (plot.getMinX() + (c + 0.5) / n * plot.getWidth());
                int y = (int) (plot.getMinY() + (r + 0.5) / n * plot.getHeight());
                if (differs(withHeatmap.getPixelReader(), without.getPixelReader(), x, y)) {
                    tinted++;
                }
            }
        }
        float min = 1;
        float max = 0;
        for (float p : fields.discriminator()) {
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        // how far training got before the pause lands varies with the machine's load, and with it how
        // sure D is; a few confident cells are enough to check that the heatmap tints them
        assertTrue(confident >= 3, "D is confident somewhere after 300 iterations: " + confident
                + " cells; σ(D) in [" + min + ", " + max + "]");
        assertTrue(tinted >= 0.75 * confident, tinted + " of " + confident + " confident cells tinted");

        fx(() -> {
            discriminator.setSelected(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve("toylab-layers.png").toFile());
    }

    private static boolean differs(PixelReader a, PixelReader b, int x, int y) {
        int p = a.getArgb(x, y);
        int q = b.getArgb(x, y);
        for (int shift = 0; shift < 24; shift += 8) {
            if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) >= 8) {
                return true;
            }
        }
        return false;
    }

    private static CheckMenuItem menuItem(FxRobot robot, String id) {
        return fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (var menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (id.equals(item.getId())) {
                        return (CheckMenuItem) item;
                    }
                }
            }
            throw new AssertionError("no menu item #" + id);
        });
    }




}
