package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.data.BundledDataset;
import io.latentlab.data.BundledDatasets;
import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;
import io.latentlab.data.ShapesDataset;

import java.util.List;

/**
 * The images the Images tab can train on: the bundled MNIST and Fashion-MNIST test sets
 * (10,000 images each, the offline default), the seeded shapes, and the training set of a
 * dataset folder opened with File ▸ Open dataset folder….
 */
public enum ImageDataChoice {
    MNIST("MNIST (bundled test set)"),
    FASHION_MNIST("Fashion-MNIST (bundled test set)"),
    SHAPES("Shapes (generated, seeded)"),
    FOLDER("Opened dataset folder (training set)");

    /** Shapes generated for training. */
    public static final int SHAPES_COUNT = 10_000;
    public static final long SHAPES_SEED = 20_240_611L;

    private final String title;

    ImageDataChoice(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** What this choice trains on, in a sentence. */
    public String note() {
        return switch (this) {
            case MNIST, FASHION_MNIST -> "Trains on the bundled 10,000 test images; "
                    + "File ▸ Open dataset folder… for the full training set.";
            case SHAPES -> String.format(java.util.Locale.ROOT, "%,d squares, ellipses and hearts drawn from a fixed seed, "
                    + "with known scale, rotation and position.", SHAPES_COUNT);
            case FOLDER -> "Trains on the training set of the dataset folder opened with File ▸ Open dataset folder….";
        };
    }

    /** The choices offered: the folder's only when one is open. */
    public static List<ImageDataChoice> offered(boolean folderOpen) {
        return folderOpen ? List.of(values()) : List.of(MNIST, FASHION_MNIST, SHAPES);
    }

    /** The bundled or generated choice whose classes are {@code classNames}, or null: where a conditional model opened from a file trains on. */
    public static ImageDataChoice withClasses(List<String> classNames) {
        if (classNames.equals(BundledDataset.MNIST.classNames())) {
            return MNIST;
        }
        if (classNames.equals(BundledDataset.FASHION_MNIST.classNames())) {
            return FASHION_MNIST;
        }
        return classNames.equals(ShapesDataset.classNames()) ? SHAPES : null;
    }

    /** Reads the images (slow: checksums, unzipping or drawing); call off the FX thread. */
    public ImageSet load(DatasetFolder folder) {
        return switch (this) {
            case MNIST -> BundledDatasets.load(BundledDataset.MNIST);
            case FASHION_MNIST -> BundledDatasets.load(BundledDataset.FASHION_MNIST);
            case SHAPES -> ShapesDataset.generate(SHAPES_COUNT, SHAPES_SEED).images();
            case FOLDER -> {
                if (folder == null) {
                    throw new BadInputException("no dataset folder is open; use File ▸ Open dataset folder… first");
                }
                yield folder.hasTrain() ? folder.train() : folder.test();
            }
        };
    }
}
