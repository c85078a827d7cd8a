package io.latentlab.data;

import java.nio.file.Path;

/**
 * Image sets read from IDX files: an image file with its label file, checked to agree, and a
 * dataset folder holding the training and test files of the MNIST family (MNIST, Fashion-MNIST,
 * KMNIST and others of the same format) under either common naming. The size a model needs is
 * checked with {@link #requireShape}. Every problem is one {@link BadInputException}.
 */
public final class ImageDatasets {

    private ImageDatasets() {
    }

    /**
     * The images of {@code images} with the labels of {@code labels} (null: none), called {@code name}.
     * Labels run over 0..max label; the counts must agree.
     */
    public static ImageSet load(String name, Path images, Path labels) {
        IdxFile imageFile = IdxFile.read(images);
        if (!imageFile.isImages()) {
            throw new BadInputException(imageFile.name() + " is an IDX label file, not an image file; choose the "
                    + "-images-idx3-ubyte file");
        }
        if (labels == null) {
            return new ImageSet(name, imageFile.count(), imageFile.rows(), imageFile.cols(), imageFile.pixels(), null, 0);
        }
        IdxFile labelFile = IdxFile.read(labels);
        if (!labelFile.isLabels()) {
            throw new BadInputException(labelFile.name() + " is an IDX image file, not a label file; choose the "
                    + "-labels-idx1-ubyte file");
        }
        if (labelFile.count() != imageFile.count()) {
            throw new BadInputException(labelFile.name() + " has " + IdxFile.thousands(labelFile.count()) + " labels but "
                    + imageFile.name() + " has " + IdxFile.thousands(imageFile.count())
                    + " images; they must come from the same dataset, download both again");
        }
        int[] values = labelFile.labels();
        int max = -1;
        for (int v : values) {
            max = Math.max(max, v);
        }
        return new ImageSet(name, imageFile.count(), imageFile.rows(), imageFile.cols(), imageFile.pixels(),
                values.length == 0 ? null : values, values.length == 0 ? 0 : max + 1);
    }

    /** Fails unless the images of {@code set} are {@code rows × cols}, as {@code user} (e.g. "this model") needs. */
    public static ImageSet requireShape(ImageSet set, int rows, int cols, String user) {
        if (set.rows() != rows || set.cols() != cols) {
            throw new BadInputException(set.name() + " has images of " + set.rows() + "×" + set.cols() + " pixels, but "
                    + user + " takes " + rows + "×" + cols + "; choose a dataset of " + rows + "×" + cols + " images");
        }
        return set;
    }

    /**
     * The training and (when there) test sets in {@code folder}: files named
     * {@code train-images-idx3-ubyte.gz} or {@code train-images.idx3-ubyte} and so on, with
     * {@code t10k-} or {@code test-} for the test set, optionally after a prefix such as
     * {@code emnist-letters-}. Labels are optional; both sets must have images of one size.
     */
    public static DatasetFolder openFolder(Path folder) {
        DatasetFolderFiles files = DatasetFolderFiles.find(folder);
        String base = String.valueOf(folder.toAbsolutePath().normalize().getFileName());
        ImageSet train = files.trainImages() == null ? null : load(base + "-train", files.trainImages(), files.trainLabels());
        ImageSet test = files.testImages() == null ? null : load(base + "-test", files.testImages(), files.testLabels());
        if (train != null && test != null && (train.rows() != test.rows() || train.cols() != test.cols())) {
            throw new BadInputException(files.trainImages().getFileName() + " has images of " + train.rows() + "×" + train.cols()
                    + " but " + files.testImages().getFileName() + " has images of " + test.rows() + "×" + test.cols()
                    + "; keep one dataset per folder");
        }
        if (train != null && test != null && train.classes() != test.classes() && train.hasLabels() && test.hasLabels()) {
            // a test set that lacks the highest class still labels over the training set's classes
            int classes = Math.max(train.classes(), test.classes());
            train = new ImageSet(train.name(), train.count(), train.rows(), train.cols(), train.pixelsView(), train.labels(), classes);
            test = new ImageSet(test.name(), test.count(), test.rows(), test.cols(), test.pixelsView(), test.labels(), classes);
        }
        return new DatasetFolder(folder, train, test);
    }
}
