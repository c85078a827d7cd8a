package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.LatentModel;
import io.latentlab.model.LatentImages;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.Arrays;
import java.util.List;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sliders panel on the pretrained VAE (sliders decode live, Randomise keeps locks, an image's
 * μ, densities, principal directions) and on the conditional GAN (no densities, a row per class).
 */
@ExtendWith(ApplicationExtension.class)
class SliderPanelTest {

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

    private SliderPanel panel(FxRobot robot) {
        return fx(() -> robot.lookup("#exploreSliders").queryAs(SliderPanel.class));
    }

    private static SliderPicture picture(SliderPanel panel) {
        return fx(() -> panel.sliders().pictureProperty().get());
    }

    @Test
    void vaeSlidersDecodeRandomiseKeepsLocksAnImageGivesItsMeanAndPrincipalDirectionsOrderTheVariance(FxRobot robot) throws Exception {
        tab.select(robot);
        tab.panel(robot, "Sliders");
        SliderPanel panel = panel(robot);
        SliderViewModel vm = panel.sliders();
        waitUntil(() -> fx(() -> vm.setupProperty().get().axes() != null) && picture(panel) != null);
        assertEquals(20, fx(() -> panel.rows().size()));
        assertTrue(fx(() -> panel.rows().get(0).density().hasDensity()), "the VAE's encoded test set gives each slider a density");
        assertTrue(fx(() -> panel.rows().get(0).slider().getMin() <= -4 && panel.rows().get(0).slider().getMax() >= 4));

        // moving a slider decodes a new picture
        float[] before = picture(panel).pixels();
        robot.interact(() -> robot.lookup("#latentSlider0").queryAs(Slider.class).setValue(2.5));
        waitUntil(() -> picture(panel).z()[0] == 2.5f);
        assertFalse(Arrays.equals(before, picture(panel).pixels()), "the picture changed");
        assertEquals(fx(() -> panel.shown().pixels().length), 784);
        // and so does dragging a thumb with the mouse
        javafx.scene.Node thumb = fx(() -> robot.lookup("#latentSlider2").queryAs(Slider.class).lookup(".thumb"));
        float start = picture(panel).z()[2];
        robot.drag(thumb, javafx.scene.input.MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        double stopped = fx(() -> vm.value(2).get());
        assertTrue(stopped > start + 0.5, "the thumb moved from " + start + " to " + stopped);
        waitUntil(() -> picture(panel).z()[2] == (float) stopped); // the newest value is always decoded, however many were dropped

        // a locked slider keeps its value through Randomise; the others take the seeded draw
        robot.interact(() -> robot.lookup("#latentSlider1").queryAs(Slider.class).setValue(-1.5));
        robot.clickOn("#lockLatent1");
        assertTrue(fx(() -> vm.lock(1).get()));
        robot.clickOn("#randomiseLatents");
        float[] draw = LatentImages.priorDraws(1, 20, 1);
        waitUntil(() -> picture(panel).z()[0] == draw[0]);
        float[] z = picture(panel).z();
        assertEquals(-1.5f, z[1], 0f);
        for (int k = 2; k < 20; k++) {
            assertEquals(draw[k], z[k], 1e-6f, "slider " + k);
        }
        tab.screenshot("explore-sliders-vae.png");

        // Set from a test image: the sliders hold its encoded μ and the picture resembles it
        ImageSet images = fx(() -> tab.explore().imagesProperty().get());
        robot.interact(() -> robot.lookup("#encodeIndex").queryAs(Spinner.class).getValueFactory().setValue(3));
        robot.clickOn("#encodeImage");
        LatentModel model = tab.model();
        float[] image3 = Arrays.copyOfRange(images.pixelsView(), 3 * 784, 4 * 784);
        float[] mu = model.encode(image3, null, 1);
        waitUntil(() -> Math.abs(picture(panel).z()[5] - mu[5]) < 1e-6);
        assertArrayEquals(mu, picture(panel).z(), 1e-6f);
        double own = meanAbs(picture(panel).pixels(), image3);
        assertTrue(own < 0.12, "mean |decoded − test image| " + own);
        float[] other = Arrays.copyOfRange(images.pixelsView(), 0, 784); // image 0 is a 7, image 3 a 0
        assertTrue(own < meanAbs(picture(panel).pixels(), other), "closer to its own image than to another digit");

        // principal directions: PC1 has the largest share, and the latent vector is kept
        robot.clickOn("#principalDirections");
        waitUntil(() -> fx(() -> vm.setupProperty().get().principal()));
        String first = fx(() -> robot.lookup("#latentName0").queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(first.matches("PC1 \\(\\d+\\.\\d% of variance\\)"), first);
        double[] shares = fx(() -> {
            var d = vm.setupProperty().get().axes().directions();
            double[] s = new double[20];
            for (int k = 0; k < 20; k++) {
                s[k] = d.share(k);
            }
            return s;
        });
        for (int k = 1; k < 20; k++) {
            assertTrue(shares[0] >= shares[k], "PC1 " + shares[0] + " against PC" + (k + 1) + " " + shares[k]);
        }
        assertArrayEquals(mu, fx(vm::latent), 1e-4f);
        robot.interact(() -> robot.lookup("#latentSlider0").queryAs(Slider.class).setValue(2));
        waitUntil(() -> picture(panel).pixels() != null && !Arrays.equals(picture(panel).z(), mu));
        tab.screenshot("explore-sliders-pca.png");
        assertTrue(fx(() -> vm.latency().count()) > 0, "slider→screen latencies are measured");
    }

    @Test
    void conditionalGanHasNoDensitiesAndShowsTheSameZUnderEveryClass(FxRobot robot) throws Exception {
        tab.select(robot);
        tab.panel(robot, "Sliders");
        tab.open("mnist-cgan.lab.zip");
        SliderPanel panel = panel(robot);
        SliderViewModel vm = panel.sliders();
        waitUntil(() -> fx(() -> vm.setupProperty().get().model().name().equals("mnist-cgan.lab.zip")
                && vm.setupProperty().get().axes() != null) && picture(panel) != null && fx(() -> vm.classRowProperty().get()) != null);
        assertEquals(64, fx(() -> panel.rows().size()));
        assertFalse(fx(() -> panel.rows().get(0).density().hasDensity()), "a GAN has no encoded data to draw");
        assertNull(fx(() -> vm.setupProperty().get().axes().latent().density()));
        List<String> classes = tab.model().classNames();
        assertEquals(10, classes.size());
        assertEquals(classes, fx(() -> panel.classRow().captions()));
        waitUntil(() -> fx(() -> panel.classRow().tiles().image()) != null); // drawn at the next layout
        assertEquals((10 * 29 - 1) * fx(() -> panel.classRow().tiles().scale()), fx(() -> panel.classRow().tiles().image().getWidth()), 0,
                "ten tiles in one row");

        robot.interact(() -> robot.lookup("#latentLabel").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel().select(7));
        waitUntil(() -> picture(panel).label() == 7);
        SliderPicture p = picture(panel);
        float[] row = fx(() -> vm.classRowProperty().get());
        assertEquals(10 * 784, row.length);
        assertArrayEquals(Arrays.copyOfRange(row, 7 * 784, 8 * 784), p.pixels(), 0f, "the big picture is the row's tile of its class");
        assertTrue(fx(() -> !robot.lookup("#principalDirections").queryAs(javafx.scene.control.ToggleButton.class).isDisabled()));
        tab.screenshot("explore-sliders-cgan.png");
    }

    private static double meanAbs(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }
}
