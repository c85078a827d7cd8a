package io.latentlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a dataset folder: both namings, optional parts, and folders that cannot be a dataset. */
class DatasetFolderTest {

    @TempDir
    Path dir;

    @Test
    void readsTheMnistNaming() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("kmnist"));
        IdxBytes.write(folder.resolve("train-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(30, 28, 28)));
        IdxBytes.write(folder.resolve("train-labels-idx1-ubyte.gz"), IdxBytes.gzip(IdxBytes.labels(30, 10)));
        IdxBytes.write(folder.resolve("t10k-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(5, 28, 28)));
        IdxBytes.write(folder.resolve("t10k-labels-idx1-ubyte.gz"), IdxBytes.gzip(IdxBytes.labels(5, 3)));
        IdxBytes.write(folder.resolve("README.md"), new byte[] {'#'});
        DatasetFolder found = ImageDatasets.openFolder(folder);
        assertEquals("kmnist-train", found.train().name());
        assertEquals(30, found.train().count());
        assertEquals(5, found.test().count());
        assertEquals(10, found.test().classes()); // the test set labels over the training set's classes
        assertEquals("kmnist: 30 training and 5 test images of 28×28, 10 classes", found.summary());
    }

    @Test
    void readsTheDottedRawNamingWithAPrefixAndNoLabels() {
        IdxBytes.write(dir.resolve("emnist-digits-train-images.idx3-ubyte"), IdxBytes.images(4, 28, 28));
        DatasetFolder found = ImageDatasets.openFolder(dir);
        assertTrue(found.hasTrain());
        assertFalse(found.hasTest());
        assertNull(found.test());
        assertFalse(found.train().hasLabels());
    }

    @Test
    void foldersThatAreNotADataset() {
        assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(dir.resolve("missing")));
        BadInputException none = assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(dir));
        assertTrue(none.getMessage().contains("holds no IDX image files"), none.getMessage());
        IdxBytes.write(dir.resolve("train-labels-idx1-ubyte"), IdxBytes.labels(3, 2));
        BadInputException alone = assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(dir));
        assertTrue(alone.getMessage().contains("but not its image file; download the training images too"), alone.getMessage());
        IdxBytes.write(dir.resolve("train-images-idx3-ubyte"), IdxBytes.images(3, 28, 28));
        IdxBytes.write(dir.resolve("t10k-images-idx3-ubyte"), IdxBytes.images(3, 14, 14));
        BadInputException sizes = assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(dir));
        assertEquals("train-images-idx3-ubyte has images of 28×28 but t10k-images-idx3-ubyte has images of 14×14; "
                + "keep one dataset per folder", sizes.getMessage());
        IdxBytes.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxBytes.gzip(IdxBytes.images(3, 28, 28)));
        BadInputException two = assertThrows(BadInputException.class, () -> ImageDatasets.openFolder(dir));
        assertTrue(two.getMessage().contains("holds two training image files"), two.getMessage());
    }
}
