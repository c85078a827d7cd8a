package io.latentlab.ui;

import io.latentlab.data.IdxBytes;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.PretrainedModels;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.ImageGridSnapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window as a teacher opens it: the Images tab with the pretrained MNIST VAE and its decoded
 * grid; File ▸ Open pretrained listing the folder; a model file of the wrong kind opened in the
 * Images tab, in the toy lab and from the menu, and a dataset folder of the wrong image size, with
 * mismatched counts, truncated or with a wrong magic number: one line each, and the tab keeps its
 * model and still steps. Writes {@code start-pretrained.png} and one {@code error-*.png} per error.
 */
@ExtendWith(ApplicationExtension.class)
class PretrainedWindowTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final Path PRETRAINED = Path.of("pretrained");

    @TempDir
    Path temp;

    private OpenToyLab open;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 800);
    }

    @Stop
    void stop() {
        open.window().imageLabViewModel().close();
        open.close();
    }

    private ImageLabViewModel images() {
        return open.window().imageLabViewModel();
    }

    private ImageGridSnapshot live() {
        return fx(() -> images().liveGridProperty().get());
    }

    private String selectedTab() {
        return fx(() -> open.window().lookup("#workspaces") instanceof TabPane p ? p.getSelectionModel().getSelectedItem().getText() : "");
    }

    @Test
    void opensWithThePretrainedVaeAndSaysWhereEachWrongFileBelongs(FxRobot robot) throws Exception {
        List<String> milestones = new CopyOnWriteArrayList<>();
        CompletableFuture<Optional<PretrainedStart.StartModel>> reading =
                CompletableFuture.supplyAsync(() -> PretrainedStart.read(PretrainedModels::locate, milestones::add));
        robot.interact(() -> PretrainedStart.begin(open.window(), reading, milestones::add));
        assertEquals("Images", selectedTab());
        waitUntil(() -> milestones.contains(PretrainedStart.FIRST_GRID));
        assertEquals(List.of(PretrainedStart.ND4J_READY, PretrainedStart.MODEL_LOADED, PretrainedStart.DATA_LOADED,
                PretrainedStart.FIRST_GRID), milestones);
        ImageGridSnapshot first = live();
        assertEquals(4690, first.iteration(), "the pretrained model's steps");
        assertEquals(64 * 784, first.samples().length);
        assertEquals(ImageModelKind.VAE, fx(() -> images().kindProperty().get()));
        assertEquals(20, fx(() -> images().latentSizeProperty().get()));
        assertEquals(ImageDataChoice.MNIST, fx(() -> images().dataProperty().get()));
        assertEquals("mnist-vae-20.lab.zip, trained 4,690 steps on mnist. Press Play to train on, or File ▸ Open pretrained for another.",
                text(robot, "#imageMessage"));
        screenshot(robot, "start-pretrained.png");

        PretrainedMenu menu = fx(() -> open.window().pretrainedMenu());
        waitUntil(() -> fx(() -> menu.getItems().stream().anyMatch(i -> "pretrained-mnist-vae-20".equals(i.getId()))));
        assertEquals("mnist-vae-20  —  VAE · MNIST · 20 latents · test −ELBO 104.7 nats · opens in the Images tab",
                fx(() -> item(menu, "pretrained-mnist-vae-20").getText()));

        // a toy GAN opened in the Images tab: one line, and the tab keeps its model
        robot.interact(() -> images().openModel(PRETRAINED.resolve("ring8-gan.lab.zip")));
        waitUntil(() -> fx(() -> images().messageIsErrorProperty().get()));
        assertEquals("ring8-gan.lab.zip holds a GAN of 2-D points; open it in the Toy lab (File ▸ Open model…)",
                text(robot, "#imageMessage"));
        assertSame(first, live());
        screenshot(robot, "error-gan-in-images.png");
        stepsOn(robot, 4691);

        // a dataset folder of 14×14 images against the opened 28×28 model
        Path small = folder("small", IdxBytes.images(20, 14, 14), IdxBytes.labels(20, 10));
        openFolder(robot, small, false);
        assertEquals("Opened small: 20 training images of 14×14, 10 classes.", text(robot, "#imageMessage"));
        robot.interact(() -> picker(robot).setValue(ImageDataChoice.FOLDER));
        assertEquals("The dataset folder small has images of 14×14 but mnist-vae-20.lab.zip reads 28×28; open a dataset folder"
                + " of 28×28 images, or pick a model kind or latent size first to start a new model for 14×14", text(robot, "#imageMessage"));
        assertTrue(fx(() -> images().messageIsErrorProperty().get()));
        assertEquals(ImageDataChoice.MNIST, fx(() -> images().dataProperty().get()));
        assertEquals(ImageDataChoice.MNIST, fx(() -> picker(robot).getValue()), "the picker shows the data kept");
        screenshot(robot, "error-image-size.png");
        stepsOn(robot, 4692);

        // damaged IDX folders opened from the window
        openFolder(robot, folder("counts", IdxBytes.images(20, 28, 28), IdxBytes.labels(19, 10)), true);
        String counts = text(robot, "#imageMessage");
        assertTrue(counts.contains("19 labels") && counts.contains("20 images"), counts);
        screenshot(robot, "error-idx-counts.png");
        byte[] whole = IdxBytes.images(20, 28, 28);
        openFolder(robot, folder("truncated", java.util.Arrays.copyOf(whole, 1000), IdxBytes.labels(20, 10)), true);
        String truncated = text(robot, "#imageMessage");
        assertTrue(truncated.startsWith("train-images-idx3-ubyte is truncated"), truncated);
        screenshot(robot, "error-idx-truncated.png");
        byte[] wrongMagic = whole.clone();
        ByteBuffer.wrap(wrongMagic).putInt(0x00000999);
        openFolder(robot, folder("magic", wrongMagic, IdxBytes.labels(20, 10)), true);
        String magic = text(robot, "#imageMessage");
        assertTrue(magic.startsWith("train-images-idx3-ubyte") && magic.contains("magic"), magic);
        screenshot(robot, "error-idx-magic.png");
        assertEquals("small", fx(() -> open.window().datasetFolderViewModel().openedProperty().get().folder().getFileName().toString()),
                "the last good folder stays open");
        stepsOn(robot, 4693);

        // an image model opened in the toy lab: its message line says where it belongs
        robot.interact(() -> new ToyLabFiles(open.lab(), open.tasks()).openModel(PRETRAINED.resolve("mnist-vae-20.lab.zip")));
        waitUntil(() -> text(robot, "#messageLabel").startsWith("mnist-vae-20"));
        assertEquals("mnist-vae-20.lab.zip holds a VAE for 28×28 images; open it in the Images tab (Open model… on that tab,"
                + " or File ▸ Open pretrained)", text(robot, "#messageLabel"));

        // File ▸ Open pretrained ▸ ring8-gan opens in the toy lab
        robot.interact(() -> item(menu, "pretrained-ring8-gan").fire());
        waitUntil(() -> text(robot, "#messageLabel").startsWith("Opened ring8-gan.lab.zip"));
        assertEquals("Toy lab", selectedTab());
        waitUntil(() -> fx(() -> open.lab().iterationProperty().get()) == 5000); // the session switches on its worker
    }

    @Test
    void aKindThisVersionDoesNotKnowAndAMissingFolderSaySo(FxRobot robot) throws Exception {
        Path shipped = Files.createDirectories(temp.resolve("shipped"));
        io.latentlab.model.ForeignModelFile.write(shipped.resolve("mnist-diffusion.lab.zip"), "diffusion", "unet.zip");
        robot.interact(() -> images().awaitStartModel()); // the tab waits for a model: no fresh one is built for this test
        PretrainedMenu menu = fx(() -> new PretrainedMenu(open.tasks(), () -> Optional.of(shipped), open.window()::openPretrained));
        waitUntil(() -> fx(() -> menu.getItems().stream().anyMatch(i -> "pretrained-mnist-diffusion".equals(i.getId()))));
        assertEquals("mnist-diffusion  —  'diffusion' model · MNIST · 8 latents · needs a newer Latent Lab",
                fx(() -> item(menu, "pretrained-mnist-diffusion").getText()));
        robot.interact(() -> item(menu, "pretrained-mnist-diffusion").fire());
        assertEquals("Images", selectedTab());
        assertEquals("mnist-diffusion.lab.zip holds a 'diffusion' model for 28×28 images, which this version"
                + " of Latent Lab cannot open; update Latent Lab to open it", text(robot, "#imageMessage"));
        screenshot(robot, "error-unknown-kind.png");

        PretrainedMenu none = fx(() -> new PretrainedMenu(open.tasks(), Optional::empty, open.window()::openPretrained));
        waitUntil(() -> fx(() -> none.getItems().get(0).getText().startsWith("No pretrained/")));
        assertEquals(1, fx(() -> none.getItems().size()));
        assertTrue(fx(() -> none.getItems().get(0).isDisable()));
    }

    private static MenuItem item(PretrainedMenu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ImageDataChoice> picker(FxRobot robot) {
        return (ComboBox<ImageDataChoice>) robot.lookup("#imageDataPicker").query();
    }

    /** One step on the Images tab reaches {@code iteration}: the tab still trains its model. */
    private void stepsOn(FxRobot robot, long iteration) throws Exception {
        robot.interact(() -> images().step());
        waitUntil(() -> fx(() -> images().iterationProperty().get()) == iteration);
    }

    private Path folder(String name, byte[] images, byte[] labels) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        IdxBytes.write(dir.resolve("train-images-idx3-ubyte"), images);
        IdxBytes.write(dir.resolve("train-labels-idx1-ubyte"), labels);
        return dir;
    }

    /** File ▸ Open dataset folder… on {@code dir}; waits for its outcome on the Images tab. */
    private void openFolder(FxRobot robot, Path dir, boolean fails) throws Exception {
        robot.interact(() -> open.window().datasetFolderViewModel().open(dir));
        waitUntil(() -> !fx(() -> open.window().datasetFolderViewModel().readingProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fails, fx(() -> images().messageIsErrorProperty().get()), text(robot, "#imageMessage"));
        assertFalse(text(robot, "#imageMessage").contains("\n"), "one line");
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> open.window().getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
