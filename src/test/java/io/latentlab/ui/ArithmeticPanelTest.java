package io.latentlab.ui;

import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentArithmetic;
import io.latentlab.explore.LatentModel;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Arithmetic panel on the 20-latent MNIST VAE: slots filled by class show their average and
 * the decoded A − B + C in the middle of its neighbours; the analogy grid's corners are the
 * decoded A, B, C and B + C − A; clicked pictures go into the chosen slot, framed; the attribute
 * row starts at the sample.
 */
@ExtendWith(ApplicationExtension.class)
class ArithmeticPanelTest {

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
    void slotsByClassGiveTheDecodedSumTheAnalogyCornersAndAnAttributeRow(FxRobot robot) throws Exception {
        tab.select(robot);
        waitUntil(() -> fx(() -> tab.explore().encodedProperty().get()) != null);
        tab.panel(robot, "Arithmetic");
        ArithmeticPanel panel = robot.lookup("#exploreArithmetic").queryAs(ArithmeticPanel.class);
        ArithmeticViewModel vm = panel.viewModel();
        waitUntil(() -> fx(() -> vm.gridProperty().get()) != null);
        int[] classes = {7, 1, 4};
        fx(() -> {
            for (int s = 0; s < 3; s++) {
                robot.lookup("#slot" + ArithmeticViewModel.SLOT_NAMES[s] + "Class").queryAs(ComboBox.class).getSelectionModel().select(classes[s]);
            }
            return null;
        });
        waitUntil(() -> fx(() -> vm.picturesProperty().get() != null && vm.picturesProperty().get().neighbourhood() != null));
        LatentModel vae = tab.model();
        EncodedImages encoded = fx(() -> tab.explore().encodedProperty().get());
        float[][] means = new float[3][];
        for (int s = 0; s < 3; s++) {
            means[s] = LatentArithmetic.classMean(encoded, classes[s]);
        }
        ArithmeticPictures pictures = fx(() -> vm.picturesProperty().get());
        assertArrayEquals(vae.decode(means[0], null, 1), pictures.slotImages()[0], 1e-5f, "slot A shows the average 7");
        float[] sum = LatentArithmetic.analogy(means[0], means[1], means[2]);
        assertArrayEquals(vae.decode(sum, null, 1), image(pictures.neighbourhood(), 4), 1e-5f, "the middle is A − B + C");
        assertTrue(fx(() -> robot.lookup("#slotAOrigin").queryAs(javafx.scene.control.Label.class).getText()).startsWith("class 7"));
        ExploredImages shown = fx(panel::shown);
        assertEquals(9, shown.count());
        assertEquals("arithmetic", shown.recipe().get("command"));
        tab.screenshot("explore-arithmetic.png");

        robot.clickOn("#showAnalogy");
        ArithmeticPictures grid = fx(() -> vm.picturesProperty().get());
        int n = grid.analogySide();
        float[] corners = vae.decode(concat(means[0], means[1], means[2], io.latentlab.explore.AnalogyGrid.fourthCorner(means[0], means[1], means[2])), null, 4);
        int[] at = {0, n - 1, (n - 1) * n, n * n - 1};
        for (int c = 0; c < 4; c++) {
            assertArrayEquals(image(corners, c), image(grid.analogy(), at[c]), 1e-4f, "corner " + c);
        }
        assertEquals(n * n, fx(panel::shown).count());
        tab.screenshot("explore-analogy.png");

        fx(() -> {
            vm.testImagesProperty().set(true);
            vm.activeSlotProperty().set(1);
            return null;
        });
        PickGrid picks = fx(() -> vm.gridProperty().get());
        fx(() -> {
            vm.toggle(2);
            vm.toggle(5);
            return null;
        });
        assertEquals("2 pictures", fx(() -> vm.slotProperty(1).get().origin()));
        assertEquals(ArithmeticViewModel.SLOT_ARGB[1], fx(() -> robot.lookup("#arithmeticGrid").queryAs(ImageTiles.class).marks().get(5)));
        assertArrayEquals(LatentArithmetic.mean(picks.z(), 20, java.util.List.of(2, 5)), fx(() -> vm.slotProperty(1).get().mean()), 1e-6f);

        robot.clickOn("#showAttribute");
        fx(() -> {
            robot.lookup("#attributeStrength").queryAs(Slider.class).setValue(3);
            return null;
        });
        waitUntil(() -> fx(() -> vm.picturesProperty().get() != null && vm.picturesProperty().get().strengths()[6] == 3
                && vm.picturesProperty().get().attributeRow() != null));
        ArithmeticPictures row = fx(() -> vm.picturesProperty().get());
        assertNotNull(row.attributeZ());
        assertArrayEquals(means[2], Arrays.copyOf(row.attributeZ(), 20), 1e-6f); // strength 0: slot C's average itself
        assertTrue(row.attributeNote().startsWith("\"7\" minus \"1\""), row.attributeNote());

        // balanced by ink, the vector changes but still turns the 4 towards a 7
        fx(() -> {
            robot.lookup("#biasCorrected").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            return null;
        });
        waitUntil(() -> fx(() -> vm.picturesProperty().get().attributeNote().contains("balanced by ink")));
        ArithmeticPictures balanced = fx(() -> vm.picturesProperty().get());
        assertNotNull(balanced.attributeZ());
        assertTrue(!Arrays.equals(row.attributeZ(), balanced.attributeZ()));
        tab.screenshot("explore-attribute.png");
    }

    private static float[] image(float[] pixels, int k) {
        return Arrays.copyOfRange(pixels, k * 784, (k + 1) * 784);
    }

    private static float[] concat(float[]... parts) {
        float[] out = new float[0];
        for (float[] p : parts) {
            int at = out.length;
            out = Arrays.copyOf(out, at + p.length);
            System.arraycopy(p, 0, out, at, p.length);
        }
        return out;
    }
}
