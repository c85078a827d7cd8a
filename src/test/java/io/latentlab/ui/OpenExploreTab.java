package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.explore.LatentModel;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;

/**
 * The real main window at 1280×800 with its Explore tab, as the explorer's UI tests open it in
 * their {@code @Start}: selecting the tab and a panel, opening a pretrained model, screenshots to
 * {@code target/screenshots}; {@link #close()} in their {@code @Stop} stops what it started.
 */
record OpenExploreTab(FxBackgroundTasks tasks, MainWindow window) {

    static final Path SHOTS = Path.of("target", "screenshots");

    static OpenExploreTab show(Stage stage) {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        MainWindow window = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        return new OpenExploreTab(tasks, window);
    }

    ExploreViewModel explore() {
        return window.exploreViewModel();
    }

    /** The model explored now (read on the FX thread). */
    LatentModel model() {
        return fx(() -> explore().model());
    }

    /** Selects the Explore tab and waits until it explores its first model (mnist-vae-20). */
    void select(FxRobot robot) throws Exception {
        selectTab(robot, "#workspaces", "exploreTab");
        try {
            waitUntil(() -> model() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no model explored; the tab says: " + fx(() -> explore().messageProperty().get()), e);
        }
    }

    /** Selects the panel titled {@code title} ("Sliders", "Interpolation", "Arithmetic", "Map", "Neighbours"). */
    void panel(FxRobot robot, String title) {
        selectTab(robot, "#explorePanels", "explore" + title + "Tab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens {@code pretrained/<file>} and waits until it is explored. */
    void open(String file) throws Exception {
        Path path = Path.of("pretrained", file);
        fx(() -> {
            explore().openModel(path);
            return null;
        });
        waitUntil(() -> model() != null && model().name().equals(file));
    }

    private static void selectTab(FxRobot robot, String pane, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(pane).queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
    }

    void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }

    void close() {
        window.imageLabViewModel().close();
        explore().close();
        tasks.close();
    }
}
