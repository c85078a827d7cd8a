package io.latentlab.ui;

import io.latentlab.model.ImageModelKind;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Explore tab opens on the 20-latent MNIST VAE with its test images, opens another pretrained
 * model, and refuses a toy GAN in one line while keeping the model it has.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreTabTest {

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
    void opensOnTheVaeThenAnotherModelAndRefusesAToyGan(FxRobot robot) throws Exception {
        tab.select(robot);
        assertEquals("mnist-vae-20.lab.zip", tab.model().name());
        waitUntil(() -> fx(() -> tab.explore().imagesProperty().get()) != null);
        assertEquals(10_000, fx(() -> tab.explore().imagesProperty().get().count()));
        assertTrue(text(robot, "#exploreMessage").startsWith("Exploring mnist-vae-20.lab.zip"), text(robot, "#exploreMessage"));
        waitUntil(() -> fx(() -> tab.explore().encodedProperty().get()) != null);
        io.latentlab.explore.EncodedImages encoded = fx(() -> tab.explore().encodedProperty().get());
        assertEquals(10_000, encoded.count());
        assertEquals(20, encoded.latentSize());
        // the VAE's encoded means sit near the prior: their norms average below its radius √20 and above 1
        double sum = 0;
        for (int i = 0; i < encoded.count(); i += 10) {
            double sq = 0;
            for (int j = 0; j < 20; j++) {
                sq += encoded.z()[i * 20 + j] * encoded.z()[i * 20 + j];
            }
            sum += Math.sqrt(sq);
        }
        double mean = sum / 1000;
        assertTrue(mean > 1 && mean < Math.sqrt(20) * 1.2, "mean norm of encoded test images " + mean);

        tab.open("mnist-cgan.lab.zip");
        assertEquals(ImageModelKind.CGAN, tab.model().kind());

        fx(() -> {
            tab.explore().openModel(Path.of("pretrained", "ring8-gan.lab.zip"));
            return null;
        });
        waitUntil(() -> text(robot, "#exploreMessage").contains("ring8-gan.lab.zip"));
        assertNotNull(tab.model());
        assertEquals("mnist-cgan.lab.zip", tab.model().name());
        assertTrue(fx(() -> tab.explore().messageIsErrorProperty().get()));
        tab.screenshot("explore-tab.png");
    }
}
