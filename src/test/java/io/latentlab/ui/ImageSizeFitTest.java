package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;
import io.latentlab.model.AutoencoderKind;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.LoadedAutoencoder;
import io.latentlab.train.AutoencoderSnapshotCard;
import io.latentlab.train.ImageTrainingSettings;
import io.latentlab.train.OpenedImageModel;
import io.latentlab.nd4j.Nd4jRuntime;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which data an opened image model trains on, and the line that refuses a folder of another image size. */
class ImageSizeFitTest {

    private static ImageSet images(int side) {
        return new ImageSet("tiny", 2, side, side, new float[2 * side * side], null, 0);
    }

    @Test
    void anOpenedModelTrainsOnTheBundledSetItsCardNamesAndAFolderMustMatchItsSize() {
        Nd4jRuntime.init();
        ImageAutoencoder vae = ImageAutoencoder.create(AutoencoderKind.VAE, 28, 28, 2, 1);
        OpenedImageModel model = OpenedImageModel.of(new LoadedAutoencoder(
                AutoencoderSnapshotCard.of(vae, 0, ImageTrainingSettings.defaults(1), "mnist", null), vae, null));
        DatasetFolder small = new DatasetFolder(Path.of("small"), images(14), null);
        DatasetFolder same = new DatasetFolder(Path.of("same"), images(28), null);

        assertEquals(ImageDataChoice.FASHION_MNIST, ImageSizeFit.dataFor("fashion-mnist", ImageDataChoice.MNIST, null, model));
        assertEquals(ImageDataChoice.MNIST, ImageSizeFit.dataFor("mnist", ImageDataChoice.SHAPES, null, model));
        assertEquals(ImageDataChoice.SHAPES, ImageSizeFit.dataFor("shapes", ImageDataChoice.SHAPES, null, model));
        assertEquals(ImageDataChoice.FOLDER, ImageSizeFit.dataFor("my-digits", ImageDataChoice.FOLDER, same, model));
        assertEquals(ImageDataChoice.FOLDER, ImageSizeFit.dataFor("mnist", ImageDataChoice.FOLDER, same, model));
        assertEquals(ImageDataChoice.MNIST, ImageSizeFit.dataFor("mnist", ImageDataChoice.FOLDER, small, model));
        assertEquals(ImageDataChoice.MNIST, ImageSizeFit.dataFor("my-digits", ImageDataChoice.FOLDER, small, model));

        assertNull(ImageSizeFit.whyNot(ImageDataChoice.FOLDER, same, model, "m.lab.zip"));
        assertNull(ImageSizeFit.whyNot(ImageDataChoice.MNIST, small, model, "m.lab.zip"));
        assertEquals("The dataset folder small has images of 14×14 but m.lab.zip reads 28×28; open a dataset folder of 28×28"
                        + " images, or pick a model kind or latent size first to start a new model for 14×14",
                ImageSizeFit.whyNot(ImageDataChoice.FOLDER, small, model, "m.lab.zip"));
    }
}
