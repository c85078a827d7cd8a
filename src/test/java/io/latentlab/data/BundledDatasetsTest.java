package io.latentlab.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled MNIST and Fashion-MNIST test sets: found from the project, published checksums, the known label counts. */
class BundledDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void filesHaveTheirPublishedChecksums() {
        Path folder = BundledDatasets.folder();
        for (BundledDataset d : BundledDataset.values()) {
            assertEquals(d.imagesMd5(), BundledDatasets.md5(folder.resolve(d.folder()).resolve(BundledDataset.IMAGES)));
            assertEquals(d.labelsMd5(), BundledDatasets.md5(folder.resolve(d.folder()).resolve(BundledDataset.LABELS)));
        }
    }

    @Test
    void mnistTestSetHasTheKnownLabelCounts() {
        long start = System.nanoTime();
        ImageSet mnist = BundledDatasets.load(BundledDataset.MNIST);
        System.out.printf("read the bundled MNIST test set (checksums, 10,000 images and labels) in %.0f ms%n",
                (System.nanoTime() - start) / 1e6);
        assertEquals("mnist-test", mnist.name());
        assertEquals(10_000, mnist.count());
        assertEquals(28, mnist.rows());
        assertEquals(28, mnist.cols());
        assertEquals(10, mnist.classes());
        assertArrayEquals(new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}, histogram(mnist));
        double mean = 0;
        for (float p : mnist.pixelsView()) {
            assertTrue(p >= 0 && p <= 1);
            mean += p;
        }
        assertEquals(0.1325, mean / mnist.pixelsView().length, 5e-4); // the test set's well-known mean pixel
    }

    @Test
    void fashionMnistHasAThousandOfEachClass() {
        ImageSet fashion = BundledDatasets.load(BundledDataset.FASHION_MNIST);
        assertEquals(10_000, fashion.count());
        assertArrayEquals(new int[] {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000}, histogram(fashion));
        assertEquals("Ankle boot", BundledDataset.FASHION_MNIST.classNames().get(9));
    }

    @Test
    void foundFromTheJarsFolderAndMissingWhenNowhere() throws Exception {
        Path root = BundledDatasets.folder().getParent().getParent();
        // bin/latentlab runs target/latentlab-0.1.0.jar: its folder's parent holds assets/
        assertEquals(root.resolve(BundledDatasets.RELATIVE), BundledDatasets.find(List.of(root.resolve("target"))).orElseThrow());
        assertTrue(BundledDatasets.find(List.of(dir)).isEmpty());
        assertThrows(BadInputException.class, () -> BundledDatasets.load(BundledDataset.MNIST, dir));
    }

    @Test
    void aChangedFileIsRefused() throws Exception {
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        Path source = BundledDatasets.folder().resolve("mnist");
        Files.copy(source.resolve(BundledDataset.LABELS), mnist.resolve(BundledDataset.LABELS));
        byte[] images = Files.readAllBytes(source.resolve(BundledDataset.IMAGES));
        images[images.length / 2] ^= 1;
        Files.write(mnist.resolve(BundledDataset.IMAGES), images);
        BadInputException e = assertThrows(BadInputException.class, () -> BundledDatasets.load(BundledDataset.MNIST, dir));
        assertTrue(e.getMessage().startsWith("t10k-images-idx3-ubyte.gz in " + mnist + " is not the published file: its MD5 is "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("expected 9fb629c4189551a2d022fa330f9573f3; restore it with git or download it again"),
                e.getMessage());
    }

    private static int[] histogram(ImageSet set) {
        int[] counts = new int[set.classes()];
        for (int i = 0; i < set.count(); i++) {
            counts[set.label(i)]++;
        }
        return counts;
    }
}
