package io.latentlab.ui;

import io.latentlab.density.DensityEstimator;
import io.latentlab.density.DensityOverlay;
import io.latentlab.density.Grid;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The density overlays in the real main window: View ▸ Density overlay turns the real and the
 * generated densities on, as contours or a heatmap on the scatter and as curves on the
 * histogram; their colours appear where the densities are high; the figures under the loss
 * chart show a finite KL and a JS of at most ln 2 after some training. Writes
 * {@code target/screenshots/overlays-contours.png}, {@code overlays-heatmap.png} and
 * {@code overlays-1d.png}.
 */
@ExtendWith(ApplicationExtension.class)
class DensityOverlaysTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

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
    void overlaysDrawWhereTheDensityIsHighAndTheFiguresAreFinite(FxRobot robot) throws Exception {
        DensityOverlayModel densities = lab.densities();
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 30);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        long paused = iteration(robot);
        waitUntil(() -> fx(() -> densities.overlayProperty().get() != null
                && densities.overlayProperty().get().iteration() == paused));
        waitUntil(() -> !"–".equals(text(robot, "#klValue")));
        double kl = Double.parseDouble(text(robot, "#klValue"));
        double js = Double.parseDouble(text(robot, "#jsValue"));
        assertTrue(Double.isFinite(kl) && kl >= 0, "KL " + kl);
        assertTrue(js >= 0 && js <= Math.log(2) + 1e-3, "JS " + js);

        // Only the overlays: no points, no discriminator heatmap.
        fx(() -> {
            lab.showRealProperty().set(false);
            lab.showGeneratedProperty().set(false);
            lab.showDiscriminatorProperty().set(false);
            return null;
        });
        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        assertEquals(0, count(snapshot(scatter), PlotPalette.REAL, 60), "no real overlay yet");
        select(robot, "showRealDensity");
        select(robot, "showGeneratedDensity");
        assertTrue(fx(() -> densities.showRealProperty().get() && densities.showGeneratedProperty().get()));
        WritableImage contours = snapshot(scatter);
        assertTrue(count(contours, PlotPalette.REAL, 60) > 500, "real contour pixels: " + count(contours, PlotPalette.REAL, 60));
        assertTrue(count(contours, PlotPalette.GENERATED, 60) > 300,
                "generated contour pixels: " + count(contours, PlotPalette.GENERATED, 60));
        save(contours, "overlays-contours.png");

        select(robot, "overlayHeatmap");
        assertEquals(OverlayStyle.HEATMAP, fx(() -> densities.styleProperty().get()));
        select(robot, "showGeneratedDensity"); // off: the real density alone
        WritableImage heat = snapshot(scatter);
        DensityOverlay overlay = fx(() -> densities.overlayProperty().get());
        Bounds plot = fx(scatter::plotBounds);
        Grid grid = overlay.grid();
        double[] real = overlay.real();
        int high = 0;
        int bluish = 0;
        for (int j = 2; j < grid.ny(); j += 6) {
            for (int i = 2; i < grid.nx(); i += 6) {
                if (real[j * grid.nx() + i] < 0.5 * overlay.realMax()) {
                    continue;
                }
                high++;
                Color c = heat.getPixelReader().getColor(
                        (int) (plot.getMinX() + (double) i / (grid.nx() - 1) * plot.getWidth()),
                        (int) (plot.getMaxY() - (double) j / (grid.ny() - 1) * plot.getHeight()));
                if (c.getBlue() - c.getRed() > 0.25) {
                    bluish++;
                }
            }
        }
        assertTrue(high > 5 && bluish >= 0.9 * high, bluish + " of " + high + " high-density cells tinted blue");
        select(robot, "showGeneratedDensity");
        fx(() -> {
            lab.showRealProperty().set(true);
            lab.showGeneratedProperty().set(true);
            return null;
        });
        save(snapshot(window), "overlays-heatmap.png");

        select(robot, "estimatorGmm");
        assertEquals(DensityEstimator.Method.GMM, fx(() -> densities.estimatorProperty().get().method()));
        waitUntil(() -> fx(() -> densities.overlayProperty().get().estimator().method() == DensityEstimator.Method.GMM));

        // 1-D: curves over the histogram, the real one in the darker blue, drawn only when on.
        fx(() -> {
            lab.chooseData("mix2");
            return null;
        });
        waitUntil(() -> fx(() -> densities.overlayProperty().get() != null
                && densities.overlayProperty().get().grid().dimension() == 1));
        HistogramPlot histogram = robot.lookup("#histogram").queryAs(HistogramPlot.class);
        Color curve = PlotPalette.REAL.darker();
        WritableImage withCurves = snapshot(histogram);
        select(robot, "showRealDensity");
        WritableImage without = snapshot(histogram);
        int on = count(withCurves, curve, 40);
        assertTrue(on > 150, "real curve pixels: " + on);
        assertTrue(count(without, curve, 40) < on / 10, "curve gone when off: " + count(without, curve, 40));
        select(robot, "showRealDensity");
        fx(() -> {
            lab.showRealProperty().set(true);
            lab.showGeneratedProperty().set(true);
            return null;
        });
        robot.clickOn("#playButton");
        waitUntil(() -> iteration(robot) > 15);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        save(snapshot(window), "overlays-1d.png");
    }

    /** Chooses the View ▸ Density overlay item {@code id} (toggles a check item). */
    private static void select(FxRobot robot, String id) {
        fx(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            for (Menu menu : bar.getMenus()) {
                for (MenuItem item : menu.getItems()) {
                    if (item instanceof DensityOverlayMenu overlays) {
                        MenuItem found = overlays.find(id);
                        if (found instanceof CheckMenuItem check) {
                            check.setSelected(!check.isSelected());
                        } else if (found instanceof RadioMenuItem radio) {
                            radio.setSelected(true);
                            radio.fire();
                        } else {
                            throw new AssertionError("no check or radio item #" + id);
                        }
                        return null;
                    }
                }
            }
            throw new AssertionError("no Density overlay menu");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static WritableImage snapshot(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> node.snapshot(null, null));
    }

    /** Pixels within {@code tolerance} (0–255 per channel) of {@code colour}. */
    private static int count(WritableImage image, Color colour, int tolerance) {
        PixelReader reader = image.getPixelReader();
        int r = (int) Math.round(colour.getRed() * 255);
        int g = (int) Math.round(colour.getGreen() * 255);
        int b = (int) Math.round(colour.getBlue() * 255);
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int p = reader.getArgb(x, y);
                if (Math.abs((p >> 16 & 0xff) - r) <= tolerance && Math.abs((p >> 8 & 0xff) - g) <= tolerance
                        && Math.abs((p & 0xff) - b) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void save(WritableImage image, String name) throws Exception {
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
