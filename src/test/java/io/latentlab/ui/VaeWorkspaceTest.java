package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.VaeSnapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
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
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The VAE tab of the real main window with a real session on ring8: trained at β = 0.01 and
 * then at β = 4 by moving the slider, checked by the drawn pixels and the published numbers,
 * then switched to a 1-D latent space. Writes {@code vae-beta-0.01.png}, {@code vae-beta-4.png} and {@code vae-latent-1d.png}.
 */
@ExtendWith(ApplicationExtension.class)
class VaeWorkspaceTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final int TITLE_ROWS = 40;
    private static final long T0 = System.nanoTime();

    private static void mark(String what) {
        System.out.printf("%6.1f s  %s%n", (System.nanoTime() - T0) / 1e9, what);
    }

    private MainWindow window;
    private ToyLabViewModel lab;
    private FxBackgroundTasks tasks;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        window = new MainWindow(lab, tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        window.vaeViewModel().close();
        tasks.close();
    }

    private VaeViewModel vae() {
        return window.vaeViewModel();
    }

    private long iteration() {
        return fx(() -> vae().iterationProperty().get());
    }

    private VaeSnapshot snapshot() {
        return fx(() -> vae().snapshotProperty().get());
    }

    @Test
    void trainsAtSmallAndLargeBetaAndSwitchesToOneDimensionalLatent(FxRobot robot) throws Exception {
        fx(() -> {
            ((TabPane) robot.lookup("#workspaces").query()).getSelectionModel().select(1);
            return null;
        });
        waitUntil(() -> "Ready".equals(text(robot, "#vaeStateLabel")) && snapshot() != null);
        mark("ready");

        fx(() -> {
            window.vaeView().betaSlider().setValue(-2); // β = 0.01
            return null;
        });
        assertEquals(0.01, fx(() -> vae().betaProperty().get()), 1e-9);
        robot.clickOn("#vaePlayButton");
        waitUntil(() -> iteration() >= 500); // measured: 400 steps already give MSE 0.001, σ 0.08
        pause(robot);
        WaitForAsyncUtils.waitForFxEvents();
        mark("paused at " + iteration());
        VaeSnapshot small = snapshot();
        assertEquals(0.01, small.beta(), 1e-9);
        Spread smallOrange = spread(robot, "#vaeDataPlot", PlotPalette.GENERATED);
        Spread blue = spread(robot, "#vaeDataPlot", PlotPalette.REAL);
        long latentColoured = saturatedPixels(robot, "#vaeLatentPlot");
        long priorPixels = spread(robot, "#vaeLatentPlot", VaeLatentPlot.PRIOR).count;
        screenshot(robot, "vae-beta-0.01.png");
        assertTrue(text(robot, "#vaeTermsLabel").startsWith("Reconstruction"));

        fx(() -> {
            window.vaeView().betaSlider().setValue(Math.log10(4));
            return null;
        });
        assertEquals(4, fx(() -> vae().betaProperty().get()), 1e-9);
        long before = iteration();
        robot.type(KeyCode.SPACE); // the VAE tab's own key
        waitUntil(() -> iteration() >= before + 500); // measured: 400 steps at β = 4 give σ 1.00
        pause(robot);
        WaitForAsyncUtils.waitForFxEvents();
        mark("paused at " + iteration());
        VaeSnapshot large = snapshot();
        Spread largeOrange = spread(robot, "#vaeDataPlot", PlotPalette.GENERATED);
        screenshot(robot, "vae-beta-4.png");
        System.out.printf("β=0.01: MSE %.4f, mean σ %.3f, x̂ spread %.0f px; β=4: MSE %.4f, mean σ %.3f, x̂ spread %.0f px%n",
                small.meanSquaredError(), small.meanSigma(), smallOrange.extent(),
                large.meanSquaredError(), large.meanSigma(), largeOrange.extent());

        // small β: the reconstructions lie on the data, posteriors are narrow
        assertTrue(small.meanSquaredError() < 0.05, "MSE at β=0.01: " + small.meanSquaredError());
        assertTrue(small.meanSigma() < 0.4, "σ at β=0.01: " + small.meanSigma());
        assertTrue(blue.count > 500 && smallOrange.count > 150, blue.count + " blue, " + smallOrange.count + " orange");
        assertTrue(latentColoured > 500, latentColoured + " coloured latent pixels");
        assertTrue(priorPixels > 100, priorPixels + " prior-circle pixels");
        // large β: the posteriors are the prior and every x̂ is near the data mean
        assertTrue(large.meanSquaredError() > 20 * small.meanSquaredError(), "MSE at β=4: " + large.meanSquaredError());
        assertTrue(large.meanSigma() > 0.8, "σ at β=4: " + large.meanSigma());
        assertTrue(largeOrange.extent() < smallOrange.extent() / 3,
                "x̂ spread " + smallOrange.extent() + " px → " + largeOrange.extent() + " px");
        assertTrue(fx(() -> window.vaeView().chart().pointCount()) > 10);

        fx(() -> {
            window.vaeView().betaSlider().setValue(0); // β = 1 for the 1-D map
            return null;
        });
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> latent = (ComboBox<Integer>) robot.lookup("#vaeLatentPicker").query();
            latent.setValue(1);
            return null;
        });
        waitUntil(() -> snapshot() != null && snapshot().latentSize() == 1);
        assertTrue(text(robot, "#vaeMessage").contains("1-D latent"));
        assertEquals(0, iteration());
        robot.clickOn("#vaePlayButton");
        waitUntil(() -> iteration() >= 500);
        pause(robot);
        WaitForAsyncUtils.waitForFxEvents();
        VaeSnapshot oneD = snapshot();
        assertEquals(1, oneD.latentSize());
        assertEquals(1, oneD.beta(), 1e-9);
        System.out.printf("1-D latent, β=1, %d steps: MSE %.4f, mean σ %.3f%n", oneD.iteration(),
                oneD.meanSquaredError(), oneD.meanSigma());
        assertTrue(oneD.meanSquaredError() < 1.0, "1-D MSE " + oneD.meanSquaredError()); // the mean alone gives 4
        assertTrue(saturatedPixels(robot, "#vaeLatentPlot") > 500);
        screenshot(robot, "vae-latent-1d.png");
        mark("done");
    }

    /** Pauses through the view model, at once (a click waits for the robot's mouse). */
    private void pause(FxRobot robot) throws Exception {
        fx(() -> {
            vae().pause();
            return null;
        });
        waitUntil(() -> "Paused".equals(text(robot, "#vaeStateLabel")));
    }

    /** How many pixels of {@code colour} a node shows, and how far apart the extreme ones lie. */
    private record Spread(long count, double extent) {
    }

    private static WritableImage image(FxRobot robot, String query) {
        return fx(() -> {
            Node node = robot.lookup(query).query();
            return node.snapshot(null, null);
        });
    }

    private static Spread spread(FxRobot robot, String query, Color colour) {
        WritableImage image = image(robot, query);
        PixelReader pixels = image.getPixelReader();
        long count = 0;
        double minX = Double.MAX_VALUE;
        double maxX = -1;
        double minY = Double.MAX_VALUE;
        double maxY = -1;
        for (int y = TITLE_ROWS; y < image.getHeight(); y++) { // below the title and its coloured keys
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.06 && Math.abs(c.getGreen() - colour.getGreen()) < 0.06
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.06) {
                    count++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new Spread(count, count == 0 ? 0 : Math.max(maxX - minX, maxY - minY));
    }

    /** Pixels of strong colour (the posterior means and ellipses), not the grey, black or white of the frame. */
    private static long saturatedPixels(FxRobot robot, String query) {
        WritableImage image = image(robot, query);
        PixelReader pixels = image.getPixelReader();
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getSaturation() > 0.5 && c.getBrightness() > 0.4) {
                    count++;
                }
            }
        }
        return count;
    }

    private static void screenshot(FxRobot robot, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = image(robot, "#workspaces");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
