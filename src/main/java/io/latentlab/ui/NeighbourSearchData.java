package io.latentlab.ui;

import io.latentlab.data.DatasetFolder;
import io.latentlab.data.ImageSet;

import java.util.Locale;

/**
 * Which real images the Neighbours panel searches, and how it says so honestly: the full
 * training set of an opened dataset folder when its images have the model's size, otherwise the
 * model's bundled test set, which the model never trained on, and the panel says that.
 *
 * @param images      the images searched
 * @param trainingSet whether they are a training set (from File ▸ Open dataset folder…)
 * @param description "nearest of the 10,000 MNIST test images …", for the panel's line
 */
record NeighbourSearchData(ImageSet images, boolean trainingSet, String description) {

    /**
     * The images to search for a model of {@code pixels} pixels trained on {@code modelDataset}
     * (its card's name, e.g. {@code mnist}); null when there are none yet. A folder of another
     * known dataset (Fashion-MNIST for an MNIST model) is not searched.
     */
    static NeighbourSearchData choose(DatasetFolder folder, ImageSet bundled, int pixels, String modelDataset) {
        ImageDataChoice folderData = folder == null || !folder.hasTrain() ? null : ExploreImages.choiceFor(folder.train().name());
        ImageDataChoice modelData = ExploreImages.choiceFor(modelDataset);
        boolean sameData = folderData == null || modelData == null || folderData == modelData;
        if (folder != null && folder.hasTrain() && folder.train().size() == pixels && sameData) {
            ImageSet train = folder.train();
            return new NeighbourSearchData(train, true, String.format(Locale.ROOT,
                    "Nearest of the %,d training images in %s (the dataset folder opened).",
                    train.count(), folder.folder().getFileName()));
        }
        if (bundled == null) {
            return null;
        }
        return new NeighbourSearchData(bundled, false, String.format(Locale.ROOT,
                "Nearest of the %,d %s test images: the bundled test set, not the training set the model learnt from "
                        + "(File ▸ Open dataset folder… adds the training set).",
                bundled.count(), title(bundled.name())));
    }

    /** A set's name as people write it: MNIST, Fashion-MNIST, or the name itself. */
    static String title(String setName) {
        String name = setName.toLowerCase(Locale.ROOT);
        if (name.startsWith("fashion")) {
            return "Fashion-MNIST";
        }
        return name.startsWith("mnist") ? "MNIST" : setName;
    }
}
