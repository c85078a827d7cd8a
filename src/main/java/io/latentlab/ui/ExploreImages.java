package io.latentlab.ui;

/**
 * Which images go with an explored model: the bundled test set of the dataset its card names
 * ({@code mnist}, {@code mnist-test} → MNIST; {@code fashion-mnist…} → Fashion-MNIST;
 * {@code shapes} → the generated shapes), to encode, map and search among.
 */
final class ExploreImages {

    private ExploreImages() {
    }

    /** The choice for a card's dataset name, or null when the app has no images of it. */
    static ImageDataChoice choiceFor(String dataset) {
        if (dataset == null) {
            return null;
        }
        String name = dataset.toLowerCase(java.util.Locale.ROOT);
        if (name.startsWith("fashion")) {
            return ImageDataChoice.FASHION_MNIST;
        }
        if (name.startsWith("mnist")) {
            return ImageDataChoice.MNIST;
        }
        return name.startsWith("shapes") ? ImageDataChoice.SHAPES : null;
    }
}
