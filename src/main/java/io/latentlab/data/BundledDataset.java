package io.latentlab.data;

import java.util.List;

/**
 * The image test sets shipped in {@code assets/datasets/} so the app works offline: each with
 * its folder, file names, the MD5 checksums published for the official files, and class names.
 * {@link BundledDatasets} finds and loads them.
 */
public enum BundledDataset {

    MNIST("mnist", "MNIST", "mnist-test",
            "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c",
            List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")),
    FASHION_MNIST("fashion-mnist", "Fashion-MNIST", "fashion-mnist-test",
            "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310",
            List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

    /** The image file's name in every bundled folder. */
    public static final String IMAGES = "t10k-images-idx3-ubyte.gz";
    /** The label file's name in every bundled folder. */
    public static final String LABELS = "t10k-labels-idx1-ubyte.gz";

    private final String folder;
    private final String title;
    private final String setName;
    private final String imagesMd5;
    private final String labelsMd5;
    private final List<String> classNames;

    BundledDataset(String folder, String title, String setName, String imagesMd5, String labelsMd5, List<String> classNames) {
        this.folder = folder;
        this.title = title;
        this.setName = setName;
        this.imagesMd5 = imagesMd5;
        this.labelsMd5 = labelsMd5;
        this.classNames = classNames;
    }

    /** The folder under {@code assets/datasets/}, also the name on the command line: "mnist". */
    public String folder() {
        return folder;
    }

    /** What a person calls it: "Fashion-MNIST". */
    public String title() {
        return title;
    }

    /** The loaded {@link ImageSet}'s name: "mnist-test". */
    public String setName() {
        return setName;
    }

    /** The official MD5 of the gzipped image file. */
    public String imagesMd5() {
        return imagesMd5;
    }

    /** The official MD5 of the gzipped label file. */
    public String labelsMd5() {
        return labelsMd5;
    }

    /** Class names by label. */
    public List<String> classNames() {
        return classNames;
    }

    @Override
    public String toString() {
        return title;
    }
}
