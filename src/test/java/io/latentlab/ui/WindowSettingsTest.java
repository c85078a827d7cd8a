package io.latentlab.ui;

import io.latentlab.data.GaussianRing;
import io.latentlab.settings.SettingsFile;
import io.latentlab.settings.SettingsStore;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.latentlab.ui.FxReads.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Settings kept between runs: a window closed after its layout, look and recent models were
 * changed opens again the same; a damaged settings file opens the window with the defaults and
 * one line naming the file, and is left alone until the window closes.
 */
@ExtendWith(ApplicationExtension.class)
class WindowSettingsTest {

    @TempDir
    Path dir;

    private final List<MainWindow> windows = new ArrayList<>();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @Start
    void start(Stage stage) {
        // each test opens its own windows
    }

    @AfterEach
    void closeAll() {
        for (MainWindow w : windows) {
            w.vaeViewModel().close();
            w.imageLabViewModel().close();
            w.exploreViewModel().close();
            w.emPlayerViewModel().close();
        }
        tasks.close();
    }

    @Test
    void aWindowClosedAndOpenedAgainComesBackTheSame(FxRobot robot) throws Exception {
        Path file = dir.resolve("config/latentlab/settings.json");
        Path model = Path.of("pretrained", "mnist-vae-2.lab.zip").toAbsolutePath();
        Path gone = dir.resolve("deleted.lab.zip");
        Stage first = open(robot, file);
        robot.interact(() -> {
            first.setX(30);
            first.setY(40);
            first.setWidth(1100);
            first.setHeight(700);
            MainWindow w = (MainWindow) first.getScene().getRoot();
            w.workspaces().getSelectionModel().select(2); // Mixtures (EM)
            w.toyLabView().setDividerPositions(0.45);
            w.presentationMode().highContrastProperty().set(true);
            w.presentationMode().largeTextProperty().set(true);
            w.recentModels().add(gone);
            w.recentModels().add(model);
        });
        assertTrue(Files.isRegularFile(file), "a change of the recent models saves at once");
        robot.interact(first::close);
        assertEquals(List.of(model.toString(), gone.toString()), SettingsFile.read(file).settings().recentModels());

        Stage second = open(robot, file);
        MainWindow w = (MainWindow) second.getScene().getRoot();
        assertEquals(30, fx(second::getX), 0.5);
        assertEquals(40, fx(second::getY), 0.5);
        assertEquals(1100, fx(second::getWidth), 0.5);
        assertEquals(700, fx(second::getHeight), 0.5);
        assertEquals("Mixtures (EM)", fx(() -> w.workspaces().getSelectionModel().getSelectedItem().getText()));
        assertEquals(0.45, fx(() -> w.toyLabView().getDividerPositions()[0]), 0.03); // the split pane lays out to whole pixels of a window not yet laid out
        assertTrue(fx(() -> w.getStyleClass().containsAll(List.of(Styles.HIGH_CONTRAST, Styles.LARGE_TEXT))));
        assertFalse(fx(() -> w.presentationMode().presentationProperty().get()));
        assertEquals(List.of(model, gone), fx(() -> List.copyOf(w.recentModels().files())));

        List<MenuItem> items = fx(() -> {
            OpenRecentMenu menu = recentMenu(w);
            return List.copyOf(menu.getItems());
        });
        assertEquals("mnist-vae-2.lab.zip", items.get(0).getText().split(" ")[0]);
        assertFalse(items.get(0).isDisable(), "a file that is there can be opened");
        assertTrue(items.get(1).getText().contains("(missing)") && items.get(1).isDisable(), "a deleted file shows disabled");

        robot.interact(() -> recentMenu(w).openRecent(model));
        FxReads.waitUntil(() -> fx(() -> w.imageLabViewModel().messageProperty().get()).startsWith("Opened mnist-vae-2"));
        assertEquals("Images", fx(() -> w.workspaces().getSelectionModel().getSelectedItem().getText()),
                "File ▸ Open recent opens a VAE in the Images tab");
        robot.interact(second::close);
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndOneLineAndIsKeptUntilClose(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"window\": {\"width\": 1e9, \"x\": NaN");
        Stage stage = open(robot, file);
        MainWindow w = (MainWindow) stage.getScene().getRoot();
        String line = fx(() -> w.imageLabViewModel().messageProperty().get());
        assertTrue(line.startsWith("Settings file " + file) && line.contains("not valid JSON") && !line.contains("\n"), line);
        assertTrue(fx(() -> w.toyLabViewModel().messageProperty().get()).equals(line));
        double screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        assertEquals(Math.min(1360, screen), fx(stage::getWidth), 0.5, "the default width, within the screen");
        assertEquals("{\"window\": {\"width\": 1e9, \"x\": NaN", Files.readString(file), "not overwritten while open");
        robot.interact(stage::close);
        assertEquals("{\"window\": {\"width\": 1e9, \"x\": NaN", Files.readString(dir.resolve("settings.json.damaged")));
        assertEquals(null, SettingsFile.read(file).problem(), "a fresh file on close");
    }

    @Test
    void aWindowLeftOnAScreenNoLongerThereOpensOnOne(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"window\": {\"x\": -9000, \"y\": 40000, \"width\": 19000, \"height\": 700}}");
        Stage stage = open(robot, file);
        javafx.geometry.Rectangle2D screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds());
        assertTrue(fx(stage::getWidth) <= screen.getWidth(), "no wider than the screen");
        assertTrue(screen.contains(fx(stage::getX) + 10, fx(stage::getY) + 10), "placed on the screen: " + fx(stage::getX) + ", " + fx(stage::getY));
        assertEquals(700, fx(stage::getHeight), 0.5);
        robot.interact(stage::close);
    }

    private Stage open(FxRobot robot, Path file) {
        Stage[] made = new Stage[1];
        robot.interact(() -> {
            MainWindow w = new MainWindow(new ToyLabViewModel(GaussianRing.ring8(), ToyLabSetup.DEFAULT_SEED), tasks, () -> { });
            windows.add(w);
            Stage stage = new Stage();
            stage.setScene(new Scene(w));
            WindowSettings.install(stage, w, SettingsStore.open(file));
            stage.show();
            made[0] = stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    private static OpenRecentMenu recentMenu(MainWindow w) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) ((javafx.scene.layout.VBox) w.getTop()).getChildren().get(0);
        return (OpenRecentMenu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> OpenRecentMenu.ID.equals(i.getId())).findFirst().orElseThrow();
    }
}
