package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.train.ImageGridSnapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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
 * The real main window at 1280×800 as the Images tab's UI tests open it in their {@code @Start}:
 * selecting the tab, reading its live grid, picking from its pickers, screenshots to
 * {@code target/screenshots}; {@link #close()} in their {@code @Stop} stops what it started.
 */
record OpenImagesTab(FxBackgroundTasks tasks, MainWindow window) {

    static final Path SHOTS = Path.of("target", "screenshots");

    static OpenImagesTab show(Stage stage) {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        MainWindow window = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.show();
        return new OpenImagesTab(tasks, window);
    }

    ImageLabViewModel images() {
        return window.imageLabViewModel();
    }

    /** The grid the session published last (read on the FX thread). */
    ImageGridSnapshot live() {
        return fx(() -> images().liveGridProperty().get());
    }

    /** Selects the Images tab and waits for its first grid. */
    void select(FxRobot robot) throws Exception {
        robot.interact(() -> ((TabPane) robot.lookup("#workspaces").query()).getSelectionModel().select(
                robot.lookup("#workspaces").queryAs(TabPane.class).getTabs().stream()
                        .filter(t -> "imagesTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> live() != null);
    }

    @SuppressWarnings("unchecked")
    static <T> void pick(FxRobot robot, String query, T value) {
        robot.interact(() -> ((ComboBox<T>) robot.lookup(query).query()).setValue(value));
    }

    void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }

    void close() {
        images().close();
        tasks.close();
    }
}
