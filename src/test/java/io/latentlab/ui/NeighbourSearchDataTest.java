package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Neighbours panel searches an opened training set of the model's image size, else the bundled test set, and says which. */
class NeighbourSearchDataTest {

    private static ImageSet images(String name, int count, int side) {
        return new ImageSet(name, count, side, side, new float[count * side * side], null, 0);
    }

    @Test
    void searchesTheOpenedTrainingSetWhenItsImagesFitTheModel() {
        ImageSet bundled = images("mnist-test", 3, 28);
        DatasetFolder folder = new DatasetFolder(Path.of("data", "mnist"), images("mnist-train", 5, 28), null);
        NeighbourSearchData chosen = NeighbourSearchData.choose(folder, bundled, 784, "mnist");
        assertTrue(chosen.trainingSet());
        assertSame(folder.train(), chosen.images());
        assertEquals("Nearest of the 5 training images in mnist (the dataset folder opened).", chosen.description());
    }

    @Test
    void otherwiseSaysItSearchedTheTestSetNotTheTrainingSet() {
        ImageSet bundled = images("fashion-mnist-test", 10_000, 28);
        DatasetFolder shapesOfAnotherSize = new DatasetFolder(Path.of("big"), images("big-train", 2, 32), null);
        NeighbourSearchData chosen = NeighbourSearchData.choose(shapesOfAnotherSize, bundled, 784, "fashion-mnist");
        assertFalse(chosen.trainingSet());
        assertTrue(chosen.description().startsWith("Nearest of the 10,000 Fashion-MNIST test images: the bundled test set, not the training set"),
                chosen.description());
        assertNull(NeighbourSearchData.choose(null, null, 784, "mnist"));
        // an MNIST training set is no place to look for a Fashion-MNIST model's garments
        DatasetFolder mnist = new DatasetFolder(Path.of("data", "mnist"), images("mnist-train", 5, 28), null);
        assertFalse(NeighbourSearchData.choose(mnist, bundled, 784, "fashion-mnist").trainingSet());
    }
}
