package io.latentlab.ui;

import io.latentlab.data.IdxBytes;
import io.latentlab.model.BadModelFiles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad files through the window's doors, as the file choosers hand them over: the Explore tab's
 * Open model…, the Images tab's Open model…, the toy lab's File ▸ Open model… and File ▸ Open
 * dataset folder…. Each shows its one line as an error on the tab's message line, keeps what it
 * had, and opens a good file straight after.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class BadFilesWindowTest {

    @TempDir
    Path dir;
    private OpenToyLab open;

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        open.window().imageLabViewModel().close();
        open.window().exploreViewModel().close();
        open.close();
    }

    @Test
    void eachDoorShowsTheLineKeepsWhatItHadAndOpensAGoodFileAfter(FxRobot robot) throws Exception {
        List<String> used = List.of("nan.lab.zip", "bomb.lab.zip", "escape.lab.zip", "latent16.lab.zip", "inf.lab.zip");
        Map<String, BadModelFiles.Case> bad = BadModelFiles.some(dir, name -> used.contains(name) || name.matches("cut-[1-9][0-9]*\\.lab\\.zip"))
                .stream()
                .collect(Collectors.toMap(c -> c.file().getFileName().toString(), Function.identity()));
        ExploreViewModel explore = open.window().exploreViewModel();
        select(robot, "#workspaces", "exploreTab");
        waitUntil(() -> fx(explore::model) != null);
        for (String name : List.of("nan.lab.zip", "bomb.lab.zip", "escape.lab.zip")) {
            fx(() -> run(() -> explore.openModel(bad.get(name).file())));
            refused(bad.get(name), explore.messageProperty(), () -> explore.messageIsErrorProperty().get());
            assertEquals("mnist-vae-20.lab.zip", fx(() -> explore.model().name()), "the explored model stays");
        }
        screenshot("badinput-explore.png");
        fx(() -> run(() -> explore.openModel(Path.of("pretrained", "mnist-dcgan.lab.zip"))));
        waitUntil(() -> fx(() -> explore.model().name().equals("mnist-dcgan.lab.zip")));

        ImageLabViewModel images = open.window().imageLabViewModel();
        select(robot, "#workspaces", "imagesTab");
        waitUntil(() -> fx(() -> images.liveGridProperty().get()) != null);
        int latents = fx(() -> images.latentSizeProperty().get());
        fx(() -> run(() -> images.openModel(bad.get("latent16.lab.zip").file())));
        refused(bad.get("latent16.lab.zip"), images.messageProperty(), () -> images.messageIsErrorProperty().get());
        assertEquals(latents, fx(() -> images.latentSizeProperty().get()), "the tab keeps its model");
        screenshot("badinput-images.png");
        fx(() -> run(() -> images.openModel(Path.of("pretrained", "mnist-ae-20.lab.zip"))));
        waitUntil(() -> fx(() -> images.messageProperty().get().startsWith("Opened mnist-ae-20.lab.zip")));

        ToyLabViewModel lab = open.lab();
        ToyLabFiles files = new ToyLabFiles(lab, open.tasks());
        select(robot, "#workspaces", "Toy lab");
        BadModelFiles.Case cut = bad.values().stream().filter(c -> c.file().getFileName().toString().startsWith("cut-"))
                .findFirst().orElseThrow();
        for (BadModelFiles.Case c : List.of(cut, bad.get("inf.lab.zip"))) {
            fx(() -> run(() -> files.openModel(c.file())));
            refused(c, lab.messageProperty(), () -> lab.messageIsErrorProperty().get());
        }
        screenshot("badinput-toylab.png");
        fx(() -> run(() -> files.openModel(BadModelFiles.RING)));
        waitUntil(() -> fx(() -> lab.messageProperty().get().startsWith("Opened ring8-gan.lab.zip")));

        Path folder = Files.createDirectories(dir.resolve("mnist-copy"));
        IdxBytes.write(folder.resolve("t10k-images-idx3-ubyte"), IdxBytes.images(10, 28, 28));
        IdxBytes.write(folder.resolve("t10k-labels-idx1-ubyte"), IdxBytes.labels(9, 10));
        DatasetFolderViewModel datasets = open.window().datasetFolderViewModel();
        fx(() -> run(() -> datasets.open(folder)));
        BadModelFiles.Case fewer = new BadModelFiles.Case("labels for 9 of 10", folder.resolve("t10k-labels-idx1-ubyte"),
                "t10k-labels-idx1-ubyte has 9 labels but t10k-images-idx3-ubyte has 10 images");
        refused(fewer, lab.messageProperty(), () -> lab.messageIsErrorProperty().get());
        assertEquals(fx(lab.messageProperty()::get), fx(explore.messageProperty()::get), "shown on the image tabs too");
        fx(() -> run(() -> datasets.open(Path.of("assets", "datasets", "mnist"))));
        waitUntil(() -> fx(() -> lab.messageProperty().get().startsWith("Opened mnist")));
    }

    /** Waits until {@code message} is an error saying what {@code bad} says, in one line. */
    private static void refused(BadModelFiles.Case bad, ReadOnlyStringProperty message, Callable<Boolean> isError) throws Exception {
        try {
            waitUntil(() -> fx(() -> isError.call() && message.get().contains(bad.says())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(bad + ": expected '" + bad.says() + "', the tab says: " + fx(message::get), e);
        }
        String line = fx(message::get);
        assertTrue(line.startsWith(bad.file().getFileName() + " ") && !line.contains("\n"), line);
    }

    private static Void run(Runnable action) {
        action.run();
        return null;
    }

    /** Selects the tab of {@code pane} whose id or title is {@code id}. */
    private static void select(FxRobot robot, String pane, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(pane).queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId()) || id.equals(t.getText())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(OpenExploreTab.SHOTS);
        WritableImage image = fx(() -> open.window().getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OpenExploreTab.SHOTS.resolve(name).toFile());
    }
}
