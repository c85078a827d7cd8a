package io.latentlab.cli;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageDatasets;
import io.latentlab.data.ImageSet;
import io.latentlab.data.ShapesDataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The images {@code latentlab train --model vae|ae} learns from and the images its final figure is
 * measured on, from {@code --data} and {@code --data-dir}:
 * <ul>
 *   <li>{@code mnist} or {@code fashion-mnist} with {@code --data-dir DIR}: DIR's training set, and
 *       DIR's test set for the figure (the bundled test set when DIR has none);</li>
 *   <li>{@code mnist-test} or {@code fashion-mnist-test}: the bundled 10,000 test images, for a
 *       classroom without the training set; the figure is then on the images trained on, and the
 *       card says so;</li>
 *   <li>{@code shapes}: generated ({@link ShapesDataset}), a training and a test set from two seeds;</li>
 *   <li>any other name with {@code --data-dir DIR}: an MNIST-format folder such as KMNIST's.</li>
 * </ul>
 *
 * @param train     the images trained on
 * @param test      the images of the final figure
 * @param split     "test" when {@code test} was held out, "train" when it is the training set
 * @param source    where the images came from, in words, for the card
 * @param checksum  the bundled file's MD5, or how generated data was made; null when unknown
 */
record ImageTrainingData(ImageSet train, ImageSet test, String split, String source, String checksum) {

    static final int SHAPES_TRAIN = 20_000;
    static final int SHAPES_TEST = 2_000;
    static final long SHAPES_TEST_SEED_OFFSET = 5_000_011L;
    static final String SHAPES = "shapes";
    static final String TEST_SUFFIX = "-test";
    static final List<String> NAMES = List.of("mnist", "fashion-mnist", "mnist-test", "fashion-mnist-test", SHAPES,
            "kmnist (or another MNIST-format folder, with --data-dir)");

    /** Reads what {@code data} and {@code dataDir} name; a {@link BadInputException} saying what to give otherwise. */
    static ImageTrainingData of(String data, Path dataDir, long seed) {
        String name = data.toLowerCase(Locale.ROOT);
        if (name.equals(SHAPES)) {
            if (dataDir != null) {
                throw new BadInputException("--data shapes is generated in code; leave --data-dir out");
            }
            ImageSet train = ShapesDataset.generate(SHAPES_TRAIN, seed).images();
            ImageSet test = ShapesDataset.generate(SHAPES_TEST, seed + SHAPES_TEST_SEED_OFFSET).images();
            return new ImageTrainingData(train, test, "test", SHAPES_TRAIN + " generated shapes (seed " + seed + ")",
                    "generated: ShapesDataset " + SHAPES_TRAIN + " images from seed " + seed + ", test " + SHAPES_TEST
                            + " from seed " + (seed + SHAPES_TEST_SEED_OFFSET));
        }
        BundledDataset bundled = bundled(name);
        if (name.endsWith(TEST_SUFFIX) && bundled(name.substring(0, name.length() - TEST_SUFFIX.length())) != null) {
            if (dataDir != null) {
                throw new BadInputException("--data " + name + " is the bundled test set; leave --data-dir out, or give --data "
                        + name.substring(0, name.length() - TEST_SUFFIX.length()) + " to train on the training set in " + dataDir);
            }
            BundledDataset set = bundled(name.substring(0, name.length() - TEST_SUFFIX.length()));
            ImageSet images = BundledDatasets.load(set);
            return new ImageTrainingData(images, images, "train", "the bundled " + set.title() + " test set ("
                    + images.count() + " images), trained on; no held-out images", "md5 " + set.imagesMd5());
        }
        if (dataDir == null) {
            if (bundled != null) {
                throw new BadInputException("--data " + name + " needs the 60,000 training images: give --data-dir with "
                        + "train-images-idx3-ubyte.gz (and t10k-images-idx3-ubyte.gz); the app bundles only the test set, "
                        + "which --data " + name + TEST_SUFFIX + " trains on");
            }
            throw new BadInputException("--data " + data + " is not an image dataset: the image models train on one of "
                    + String.join(", ", NAMES));
        }
        if (!Files.isDirectory(dataDir)) {
            throw new BadInputException("--data-dir " + dataDir + " is not a folder; give the folder with the IDX files");
        }
        DatasetFolder folder = ImageDatasets.openFolder(dataDir);
        if (!folder.hasTrain()) {
            throw new BadInputException(dataDir + " holds only a test set (" + folder.test().count() + " images); training needs "
                    + "train-images-idx3-ubyte.gz there" + (bundled != null ? ", or give --data " + name + TEST_SUFFIX
                    + " without --data-dir to train on the bundled test set" : ""));
        }
        ImageSet train = folder.train();
        String source = "IDX files in " + dataDir.toAbsolutePath().normalize().getFileName() + " (" + train.count()
                + " training images)";
        if (folder.hasTest()) {
            return new ImageTrainingData(train, folder.test(), "test", source, null);
        }
        if (bundled != null) {
            ImageSet test = ImageDatasets.requireShape(BundledDatasets.load(bundled), train.rows(), train.cols(),
                    "the training set in " + dataDir);
            return new ImageTrainingData(train, test, "test", source + "; test set: the bundled " + bundled.title() + " one",
                    "test md5 " + bundled.imagesMd5());
        }
        return new ImageTrainingData(train, train, "train", source + "; no test set, so the figure is on the training images", null);
    }

    private static BundledDataset bundled(String name) {
        for (BundledDataset d : BundledDataset.values()) {
            if (d.folder().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
