package io.latentlab.ui;

import io.latentlab.data.BundledDataset;
import io.latentlab.data.ImageSet;
import io.latentlab.explore.LatentModel;

import java.util.List;

/**
 * The classes an explored model's pictures fall into, by name: a conditional model's own, else
 * those of its dataset's labels (Fashion-MNIST's names, MNIST's digits).
 */
final class ExploredClasses {

    private ExploredClasses() {
    }

    /** The name of class {@code label}. */
    static String name(LatentModel model, int label) {
        if (model != null && model.conditional()) {
            return model.classNames().get(label);
        }
        List<String> fashion = BundledDataset.FASHION_MNIST.classNames();
        if (model != null && ExploreImages.choiceFor(model.card().dataset()) == ImageDataChoice.FASHION_MNIST && label < fashion.size()) {
            return fashion.get(label);
        }
        return String.valueOf(label);
    }

    /** How many classes there are to choose from: the model's, or those of {@code images}' labels (0 without labels). */
    static int count(LatentModel model, ImageSet images) {
        if (model == null) {
            return 0;
        }
        if (model.conditional()) {
            return model.classNames().size();
        }
        return images == null || !images.hasLabels() ? 0 : images.classes();
    }
}
