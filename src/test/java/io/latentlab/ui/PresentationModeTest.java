package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode at 1280×720, the projector's size: F5 switches it on; every tab then shows
 * its text at 18px or more with the hyperparameter controls hidden and Play/Step kept, and a
 * screenshot of each goes to target/screenshots/presentation-&lt;tab&gt;.png. F5 again brings
 * the controls and the usual text size back.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    /** Per tab: the screenshot's name, a control hidden in presentation mode, one that stays. */
    private static final Map<String, String[]> TABS = Map.of(
            "Toy lab", new String[] {"toylab", "#generatorLr", "#playButton"},
            "VAE", new String[] {"vae", "#vaeLr", "#vaePlayButton"},
            "Mixtures (EM)", new String[] {"em", null, "#emPlay"},
            "Images", new String[] {"images", "#imageLr", "#imagePlayButton"},
            "Explore", new String[] {"explore", null, "#explorePanels"});

    private FxBackgroundTasks tasks;
    private MainWindow window;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        window = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Stop
    void stop() {
        window.vaeViewModel().close();
        window.imageLabViewModel().close();
        window.exploreViewModel().close();
        window.emPlayerViewModel().close();
        tasks.close();
    }

    @Test
    void f5ShowsEveryTabLargeWithTheHyperparametersHidden(FxRobot robot) throws Exception {
        robot.clickOn("#workspaces"); // the keys go to the window
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> window.presentationMode().presentationProperty().get()), "F5 switches presentation mode on");
        assertTrue(fx(() -> window.getStyleClass().containsAll(List.of(Styles.PRESENTATION, Styles.HIGH_CONTRAST, Styles.LARGE_TEXT))));

        Files.createDirectories(OpenExploreTab.SHOTS);
        for (String title : List.of("Toy lab", "VAE", "Mixtures (EM)", "Images", "Explore")) {
            String[] expected = TABS.get(title);
            Tab tab = select(robot, title);
            if (expected[1] != null) {
                waitUntil(() -> fx(() -> robot.lookup(expected[1]).tryQuery().isPresent()));
                assertFalse(fx(() -> shown(robot.lookup(expected[1]).query())), title + ": " + expected[1] + " is hidden");
            }
            waitUntil(() -> fx(() -> robot.lookup(expected[2]).tryQuery().map(PresentationModeTest::shown).orElse(false)));
            if (title.equals("Images")) { // the screenshot shows the grid of samples
                waitUntil(() -> fx(() -> robot.lookup("#sampleGrid").queryAs(ImageTiles.class).image() != null));
            } else if (title.equals("Explore")) {
                waitUntil(() -> fx(() -> window.exploreViewModel().model() != null));
            }
            List<String> hyperparametersShown = fx(() -> robot.lookup("." + Styles.HYPERPARAMETERS).queryAll().stream()
                    .filter(PresentationModeTest::shown).map(Node::toString).toList());
            assertEquals(List.of(), hyperparametersShown, title + ": hyperparameter panels shown in presentation mode");
            List<String> small = fx(() -> smallText(tab.getContent()));
            assertEquals(List.of(), small, title + ": text under 18px");
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
            assertEquals(1280, image.getWidth());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                    OpenExploreTab.SHOTS.resolve("presentation-" + expected[0] + ".png").toFile());
        }

        select(robot, "Toy lab");
        robot.clickOn("#workspaces");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(() -> window.presentationMode().presentationProperty().get()), "F5 again switches it off");
        assertTrue(fx(() -> shown(robot.lookup("#generatorLr").query())), "the learning rates are back");
        assertFalse(fx(() -> window.getStyleClass().contains(Styles.HIGH_CONTRAST)));
        assertEquals(14, fx(() -> robot.lookup("#playButton").queryAs(Labeled.class).getFont().getSize()), 0.01);

        Stage stage = fx(() -> (Stage) window.getScene().getWindow());
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(stage::isFullScreen), "F11 goes full screen");
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(stage::isFullScreen), "F11 again leaves it");
    }

    private Tab select(FxRobot robot, String title) {
        Tab tab = fx(() -> window.workspaces().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
        robot.interact(() -> window.workspaces().getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        return tab;
    }

    /** Whether {@code node} and all its parents are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The shown labels, buttons and such under {@code root} whose text is under 18px. */
    private static List<String> smallText(Node root) {
        List<String> small = new ArrayList<>();
        collect(root, small);
        return small;
    }

    private static void collect(Node node, List<String> small) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getFont().getSize() < 18) {
            small.add(l.getClass().getSimpleName() + " \"" + l.getText() + "\" " + l.getFont().getSize() + "px " + l.getStyleClass());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, small);
            }
        }
    }
}
