package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.data.LabelledToyData;
import io.latentlab.train.ThreeModels;
import io.latentlab.train.ThreeModelsSettings;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
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
import java.util.HashSet;
import java.util.Set;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Three models" tab draws a classifier's p(y | x), p(x) and p(x | y) side by side on the
 * same data, follows its data picker, and draws new samples on request; screenshots at
 * 1280×720 and 1600×1000.
 */
@ExtendWith(ApplicationExtension.class)
class ThreeModelsTabTest {

    private FxBackgroundTasks tasks;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        tasks = new FxBackgroundTasks();
        window = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Stop
    void stop() {
        window.imageLabViewModel().close();
        window.exploreViewModel().close();
        tasks.close();
    }

    @Test
    void drawsTheThreeModelsFollowsTheDataAndDrawsNewSamples(FxRobot robot) throws Exception {
        ThreeModelsViewModel model = window.threeModelsViewModel();
        // as a lesson would set it up before showing the tab: 200 points keep the test quick
        robot.interact(() -> model.apply(ThreeModelsSettings.defaults().withPoints(200)));
        robot.interact(() -> {
            TabPane tabs = robot.lookup("#workspaces").queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> "threeModelsTab".equals(t.getId())).findFirst().orElseThrow();
            assertEquals("Three models", tab.getText());
            tabs.getSelectionModel().select(tab);
        });
        waitUntil(() -> fx(() -> model.modelsProperty().get()) != null);
        WaitForAsyncUtils.waitForFxEvents();
        ThreeModels moons = fx(() -> model.modelsProperty().get());
        assertEquals(LabelledToyData.MOONS, moons.settings().data());
        assertTrue(text(robot, "#threeModelsMessage").startsWith("Held-out accuracy"), text(robot, "#threeModelsMessage"));
        for (String id : new String[] {"#threeModelsClassifierPlot", "#threeModelsJointPlot", "#threeModelsConditionalPlot"}) {
            int colours = colours(fx(() -> robot.lookup(id).query().snapshot(null, null)));
            assertTrue(colours > 50, id + " shows " + colours + " colours: not drawn");
        }
        screenshot("three-models.png");
        WaitForAsyncUtils.waitForFxEvents();
        // the headless screen is 1280×800: the tab's content at 1600×1000 is drawn off screen, in a scene of its own
        javafx.scene.image.WritableImage large = fx(() -> {
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(new ThreeModelsView(model));
            root.getStyleClass().add(Styles.MAIN_WINDOW);
            root.getStylesheets().add(Styles.stylesheetUrl());
            return new Scene(root, 1600, 1000).snapshot(null);
        });
        ImageIO.write(SwingFXUtils.fromFXImage(large, null), "png", OpenExploreTab.SHOTS.resolve("three-models-1600.png").toFile());

        @SuppressWarnings("unchecked")
        ChoiceBox<LabelledToyData> data = robot.lookup("#threeModelsData").queryAs(ChoiceBox.class);
        robot.interact(() -> data.setValue(LabelledToyData.DISCS));
        waitUntil(() -> fx(() -> model.modelsProperty().get().settings().data()) == LabelledToyData.DISCS);
        WaitForAsyncUtils.waitForFxEvents();
        // three classes in the classifier's legend, with a boundary
        assertEquals(4, fx(() -> robot.lookup("#threeModelsClassifierLegend").queryAs(FlowPane.class).getChildren().size()));
        ThreeModels discs = fx(() -> model.modelsProperty().get());
        robot.clickOn("#threeModelsDrawSamples");
        waitUntil(() -> fx(() -> model.modelsProperty().get()) != discs);
        ThreeModels resampled = fx(() -> model.modelsProperty().get());
        assertNotSame(discs.samples(), resampled.samples());
        assertTrue(resampled.samples().joint()[0] != discs.samples().joint()[0], "the samples are new");
        assertEquals(discs.data().x(0), resampled.data().x(0), "the data stays");
    }

    /** How many different colours an image has, in steps of 8 per channel. */
    private static int colours(Image image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(reader.getArgb(x, y) & 0xF8F8F8);
            }
        }
        return seen.size();
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(OpenExploreTab.SHOTS);
        javafx.scene.image.WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OpenExploreTab.SHOTS.resolve(name).toFile());
    }
}
