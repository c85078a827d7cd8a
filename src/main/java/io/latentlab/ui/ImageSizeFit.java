package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;
import io.latentlab.train.OpenedImageModel;

/**
 * Whether a data choice of the Images tab fits a model's image size, checked before the tab's
 * session is asked to train on it: an opened 28×28 model stays, and a dataset folder of 14×14
 * images is refused in one line that gives both sizes and what to do.
 */
final class ImageSizeFit {

    private ImageSizeFit() {
    }

    /** Null when {@code choice} fits {@code model}; otherwise the line to show. */
    static String whyNot(ImageDataChoice choice, DatasetFolder folder, OpenedImageModel model, String modelName) {
        if (choice != ImageDataChoice.FOLDER || folder == null) {
            return null; // the bundled sets and the shapes are all 28×28, as every model this tab builds
        }
        ImageSet images = folder.hasTrain() ? folder.train() : folder.test();
        if (images.rows() == model.rows() && images.cols() == model.cols()) {
            return null;
        }
        return String.format(java.util.Locale.ROOT, "%s has images of %d×%d but %s reads %d×%d; open a dataset folder of %d×%d images,"
                        + " or pick a model kind or latent size first to start a new model for %d×%d",
                folderName(folder), images.rows(), images.cols(), modelName, model.rows(), model.cols(), model.rows(), model.cols(),
                images.rows(), images.cols());
    }

    /**
     * The data an opened model trains on: an opened dataset folder chosen now if its images fit
     * (the full training set a teacher opened); else the bundled set the card names ({@code mnist},
     * {@code fashion-mnist}), so its reconstructions show what it learned; else the current
     * choice if it fits, else MNIST.
     */
    static ImageDataChoice dataFor(String dataset, ImageDataChoice current, DatasetFolder folder, OpenedImageModel model) {
        if (current == ImageDataChoice.FOLDER && whyNot(current, folder, model, "") == null) {
            return current;
        }
        if ("mnist".equals(dataset)) {
            return ImageDataChoice.MNIST;
        }
        if ("fashion-mnist".equals(dataset)) {
            return ImageDataChoice.FASHION_MNIST;
        }
        return whyNot(current, folder, model, "") == null ? current : ImageDataChoice.MNIST;
    }

    private static String folderName(DatasetFolder folder) {
        return "The dataset folder " + folder.folder().toAbsolutePath().normalize().getFileName();
    }
}
