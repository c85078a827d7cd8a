package io.latentlab.ui;

import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.scene.control.ComboBox;
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

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Interpolation panel on the 20-latent MNIST VAE: both strips have K pictures from A's decode
 * to B's, the lerp norms sag below the slerp norms in the middle, Swap runs the strips backwards,
 * a picked sample becomes A; on the conditional VAE a strip from class 1 to class 7 passes
 * through a picture between the two.
 */
@ExtendWith(ApplicationExtension.class)
class InterpolationPanelTest {

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
    void stripsRunFromAToBSagInsideTheShellSwapAndMixClasses(FxRobot robot) throws Exception {
        tab.select(robot);
        tab.panel(robot, "Interpolation");
        InterpolationPanel panel = robot.lookup("#exploreInterpolation").queryAs(InterpolationPanel.class);
        InterpolationViewModel vm = panel.viewModel();
        waitUntil(() -> fx(() -> vm.stripsProperty().get()) != null);
        LatentModel vae = tab.model();
        ExploredImages shown = fx(panel::shown);
        int k = InterpolationViewModel.DEFAULT_STEPS;
        assertEquals(2 * k, shown.count());
        assertEquals(k, shown.columns());
        assertEquals("interpolate", shown.recipe().get("command"));
        assertEquals("1", shown.recipe().get("seed"));
        assertEquals(String.valueOf(k), shown.recipe().get("steps"));
        float[] a = fx(() -> vm.aProperty().get().z());
        float[] b = fx(() -> vm.bProperty().get().z());
        float[] ends = vae.decode(concat(a, b), null, 2);
        for (int row = 0; row < 2; row++) {
            assertArrayEquals(image(ends, 0), image(shown.pixels(), row * k), 1e-5f, "row " + row + " starts at A");
            assertArrayEquals(image(ends, 1), image(shown.pixels(), row * k + k - 1), 1e-5f, "row " + row + " ends at B");
        }
        LatentNormChart chart = robot.lookup("#normChart").queryAs(LatentNormChart.class);
        double[] lerp = fx(chart::lerpNorms);
        double[] slerp = fx(chart::slerpNorms);
        assertEquals(k, lerp.length);
        assertEquals(k, slerp.length);
        for (int step = 2; step < k - 2; step++) {
            assertTrue(lerp[step] < slerp[step] - 0.3, "step " + step + ": lerp " + lerp[step] + ", slerp " + slerp[step]);
        }
        tab.screenshot("explore-interpolation.png");

        robot.clickOn("#swapEndpoints");
        waitUntil(() -> fx(() -> vm.stripsProperty().get() != null && Arrays.equals(vm.aProperty().get().z(), b)
                && Arrays.equals(vm.stripsProperty().get().lerp().z(), io.latentlab.explore.Interpolation.path(b, a, k,
                io.latentlab.explore.Interpolation.Method.LINEAR))));
        ExploredImages swapped = fx(panel::shown);
        for (int step = 0; step < k; step++) {
            assertArrayEquals(image(shown.pixels(), step), image(swapped.pixels(), k - 1 - step), 1e-4f, "lerp step " + step + " reversed");
            assertArrayEquals(image(shown.pixels(), k + step), image(swapped.pixels(), 2 * k - 1 - step), 1e-4f, "slerp step " + step + " reversed");
        }

        fx(() -> {
            vm.sourceProperty().set(EndpointSource.SAMPLES);
            return null;
        });
        waitUntil(() -> fx(() -> vm.gridProperty().get()) != null);
        fx(() -> {
            vm.pick(5, false);
            return null;
        });
        PickGrid grid = fx(() -> vm.gridProperty().get());
        assertArrayEquals(grid.row(5), fx(() -> vm.aProperty().get().z()));
        assertEquals(InterpolationPanel.A_ARGB, fx(() -> robot.lookup("#endpointGrid").queryAs(ImageTiles.class).marks().get(5)));

        tab.open("mnist-cvae-4.lab.zip");
        waitUntil(() -> fx(() -> vm.stripsProperty().get()) != null && fx(() -> vm.stripsProperty().get().lerp().z().length) == 4 * k);
        fx(() -> {
            vm.sourceProperty().set(EndpointSource.DRAWS);
            robot.lookup("#interpolationSteps").queryAs(Spinner.class).getValueFactory().setValue(9);
            robot.lookup("#labelA").queryAs(ComboBox.class).getSelectionModel().select(1);
            robot.lookup("#labelB").queryAs(ComboBox.class).getSelectionModel().select(7);
            return null;
        });
        waitUntil(() -> fx(() -> {
            StripPair s = vm.stripsProperty().get();
            return s != null && s.lerp().steps() == 9 && s.lerp().labelA() == 1 && s.lerp().labelB() == 7;
        }));
        StripPair mixed = fx(() -> vm.stripsProperty().get());
        assertTrue(mixed.slerp().mixesClasses());
        float[] middleZ = Arrays.copyOfRange(mixed.slerp().z(), 4 * 4, 5 * 4);
        LatentModel cvae = tab.model();
        float[] asOne = cvae.decode(middleZ, new int[] {1}, 1);
        float[] asSeven = cvae.decode(middleZ, new int[] {7}, 1);
        float[] middle = image(mixed.slerp().pixels(), 4);
        double apart = distance(asOne, asSeven);
        assertTrue(distance(middle, asOne) < apart && distance(middle, asSeven) < apart
                        && distance(middle, asOne) > 0.1 * apart && distance(middle, asSeven) > 0.1 * apart,
                "the middle is " + distance(middle, asOne) + " from the 1 and " + distance(middle, asSeven) + " from the 7 (" + apart + " apart)");
        tab.screenshot("explore-interpolation-cvae.png");
    }

    private static float[] image(float[] pixels, int k) {
        return Arrays.copyOfRange(pixels, k * 784, (k + 1) * 784);
    }

    private static float[] concat(float[] x, float[] y) {
        float[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    private static double distance(float[] x, float[] y) {
        double sq = 0;
        for (int i = 0; i < x.length; i++) {
            sq += (x[i] - y[i]) * (x[i] - y[i]);
        }
        return Math.sqrt(sq);
    }
}
