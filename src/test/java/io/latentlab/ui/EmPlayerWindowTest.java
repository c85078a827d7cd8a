package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.density.EmFrame;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Mixtures (EM)" tab in the real main window: Step runs one EM iteration at a time and the
 * average log-likelihood never falls, the plot draws every component's ellipses in its colour
 * and colours the points, Play runs to convergence, and a new k with Reset starts over.
 * Writes {@code target/screenshots/em-player.png}.
 */
@ExtendWith(ApplicationExtension.class)
class EmPlayerWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private MainWindow window;
    private EmPlayerViewModel em;

    @Start
    void start(Stage stage) {
        ToyLabViewModel lab = new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED);
        window = new MainWindow(lab, new FxBackgroundTasks(), () -> { });
        em = window.emPlayerViewModel();
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
    }

    @Stop
    void stop() {
        em.close();
    }

    private EmFrame frame() {
        return fx(() -> em.frameProperty().get());
    }

    @Test
    void stepsPlaysToConvergenceAndStartsOverWithANewK(FxRobot robot) throws Exception {
        robot.clickOn("Mixtures (EM)");
        waitUntil(() -> frame() != null);
        assertEquals(0, frame().iteration());
        robot.clickOn("#emStep");
        waitUntil(() -> frame().iteration() == 1);
        for (int i = 2; i <= 3; i++) {
            robot.type(KeyCode.S); // the toy lab's keys act on EM while its tab shows
            int expected = i;
            waitUntil(() -> frame().iteration() == expected);
        }
        double[] ll = frame().logLikelihoods();
        assertEquals(3, ll.length);
        assertTrue(ll[1] >= ll[0] && ll[2] >= ll[1], java.util.Arrays.toString(ll));
        LogLikelihoodChart chart = fx(() -> (LogLikelihoodChart) window.lookup("#logLikelihoodChart"));
        assertEquals(3, fx(() -> chart.valuesProperty().get().length));
        assertTrue(text(robot, "#emProgress").startsWith("Iteration 3:"), text(robot, "#emProgress"));

        MixturePlot plot = fx(() -> (MixturePlot) window.lookup("#mixturePlot"));
        assertEquals(8, fx(plot::drawnComponents));
        WritableImage image = fx(() -> plot.snapshot(null, null));
        int[] near = pixelsNear(image, 8);
        int coloured = 0;
        for (int count : near) {
            coloured += count > 40 ? 1 : 0;
        }
        assertTrue(coloured >= 6, "pixels near each component's colour: " + java.util.Arrays.toString(near));
        assertTrue(colouredPixels(image) > 2000, "points and ellipses in colour: " + colouredPixels(image));

        fx(() -> {
            em.stepsPerSecondProperty().set(EmPlayerViewModel.MAX_RATE);
            return null;
        });
        robot.clickOn("#emPlay");
        waitUntil(() -> frame().converged());
        waitUntil(() -> "Play".equals(fx(() -> robot.lookup("#emPlay").queryAs(Button.class).getText())));
        double[] all = frame().logLikelihoods();
        for (int t = 1; t < all.length; t++) {
            assertTrue(all[t] >= all[t - 1] - 1e-9, "iteration " + (t + 1));
        }
        assertTrue(text(robot, "#emProgress").endsWith("converged"), text(robot, "#emProgress"));
        assertTrue(text(robot, "#emCriteria").startsWith("BIC "), text(robot, "#emCriteria"));
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(fx(() -> window.getScene().snapshot(null)), null), "png",
                SHOTS.resolve("em-player.png").toFile());

        fx(() -> {
            robot.lookup("#emK").queryAs(Spinner.class).getValueFactory().setValue(3);
            return null;
        });
        robot.clickOn("#emReset");
        waitUntil(() -> frame().k() == 3 && frame().setup().startSeed() == 2);
        assertEquals(0, frame().iteration());
        waitUntil(() -> fx(plot::drawnComponents) == 3);

    }

    /** For each of the first {@code k} component colours, how many pixels have about that colour. */
    private static int[] pixelsNear(WritableImage image, int k) {
        int[] argb = pixels(image);
        int[][] rgb = new int[k][];
        for (int c = 0; c < k; c++) {
            rgb[c] = MixturePalette.rgb(c);
        }
        int[] count = new int[k];
        for (int p : argb) {
            for (int c = 0; c < k; c++) {
                if (Math.abs((p >> 16 & 0xff) - rgb[c][0]) + Math.abs((p >> 8 & 0xff) - rgb[c][1])
                        + Math.abs((p & 0xff) - rgb[c][2]) < 20) {
                    count[c]++;
                }
            }
        }
        return count;
    }

    /** Pixels that are neither grey nor white: the points and the ellipses. */
    private static int colouredPixels(WritableImage image) {
        int count = 0;
        for (int p : pixels(image)) {
            int r = p >> 16 & 0xff;
            int g = p >> 8 & 0xff;
            int b = p & 0xff;
            if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                count++;
            }
        }
        return count;
    }

    private static int[] pixels(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        return argb;
    }
}
