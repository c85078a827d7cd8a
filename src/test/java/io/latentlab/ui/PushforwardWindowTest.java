package io.latentlab.ui;

import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.PushforwardMap;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
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

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 1-D pushforward map under the histogram in the real main window: it appears for 1-D
 * data, the trainer's map z ↦ G(z) is drawn, after training on push-identity it is monotone,
 * and View ▸ Pushforward map hides it. Writes {@code target/screenshots/toylab-pushforward.png}.
 */
@ExtendWith(ApplicationExtension.class)
class PushforwardWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    /** A seed whose GAN learns push-identity as a monotone map within a few hundred iterations. */
    private static final long SEED = 7;
    private static final long TRAINED = 800;

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
        open = OpenToyLab.show(stage, SEED, 1280, 860);
        session = open.session();
        lab = open.lab();
        window = open.window();
    }

    @Stop
    void stop() {
        open.close();
    }

    @Test
    void drawsTheGeneratorsMapFor1dDataAndHidesItFromTheViewMenu(FxRobot robot) throws Exception {
        PushforwardPlot plot = fx(() -> window.toyLabView().pushforward());
        assertFalse(fx(plot::isVisible), "2-D data shows no pushforward map");
        waitUntil(() -> fx(() -> lab.readyProperty().get()));
        robot.clickOn("#dataPicker");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup((Node n) -> n instanceof ListCell<?> c
                && "Pushforward g(x)=x of Uniform[0, 1] (1-D)".equals(c.getText())
                && c.getScene() != null && c.getScene() != window.getScene()).query();
        robot.clickOn(cell);
        waitUntil(() -> fx(() -> lab.pushforwardProperty().get()) != null);
        assertTrue(fx(plot::isVisible));

        robot.type(KeyCode.SPACE); // play
        waitUntil(() -> fx(() -> lab.pushforwardProperty().get().iteration()) >= TRAINED);
        robot.type(KeyCode.SPACE); // pause
        PushforwardMap map = fx(() -> lab.pushforwardProperty().get());
        assertEquals(PushforwardMap.POINTS, map.size());
        double monotone = PushforwardMap.monotonicity(map);
        assertTrue(Math.abs(monotone) > 0.8, "after " + map.iteration() + " iterations: " + monotone);
        waitUntil(() -> fx(() -> plot.mapProperty().get()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        int curve = orangePixels(fx(() -> plot.snapshot(null, null)));
        assertTrue(curve > 300, "orange pixels of the curve and the generated density: " + curve);

        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(fx(() -> window.getScene().snapshot(null)), null), "png",
                SHOTS.resolve("toylab-pushforward.png").toFile());

        CheckMenuItem item = menuItem(robot, "showPushforward");
        assertTrue(fx(item::isSelected));
        fx(() -> {
            item.setSelected(false);
            return null;
        });
        assertFalse(fx(plot::isVisible));
        assertTrue(fx(() -> window.toyLabView().histogram().isVisible()));
        fx(() -> {
            item.setSelected(true);
            lab.chooseData("ring8");
            return null;
        });
        waitUntil(() -> !fx(plot::isVisible));
        assertNull(fx(() -> lab.pushforwardProperty().get()));
    }

    /** Pixels close to the generated orange. */
    private static int orangePixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        int r0 = (int) Math.round(PlotPalette.GENERATED.getRed() * 255);
        int g0 = (int) Math.round(PlotPalette.GENERATED.getGreen() * 255);
        int b0 = (int) Math.round(PlotPalette.GENERATED.getBlue() * 255);
        int count = 0;
        for (int p : argb) {
            if (Math.abs((p >> 16 & 0xff) - r0) + Math.abs((p >> 8 & 0xff) - g0) + Math.abs((p & 0xff) - b0) < 40) {
                count++;
            }
        }
        return count;
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
