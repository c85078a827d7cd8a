package io.latentlab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The names of an image set's classes, by label, for a conditional model's card and the labels
 * of its sample grid: MNIST's digits "0".."9" and Fashion-MNIST's ten garments (each whether the
 * bundled test set or a training set opened from a folder of that name), the generated shapes'
 * kinds, and for any other labelled set its labels as numbers.
 */
public final class ClassNames {

    private ClassNames() {
    }

    /** Class names of {@code images} by label; empty when it has no labels. */
    public static List<String> of(ImageSet images) {
        if (!images.hasLabels()) {
            return List.of();
        }
        List<String> known = known(images.name());
        if (known != null && known.size() >= images.classes()) {
            return known;
        }
        return numbered(images.classes());
    }

    /** The names a set called {@code setName} has by its dataset, or null when none is known. */
    static List<String> known(String setName) {
        String name = setName.toLowerCase(java.util.Locale.ROOT);
        BundledDataset best = null;
        for (BundledDataset d : BundledDataset.values()) {
            if ((name.equals(d.folder()) || name.startsWith(d.folder() + "-"))
                    && (best == null || d.folder().length() > best.folder().length())) {
                best = d;
            }
        }
        if (best != null) {
            return best.classNames();
        }
        return name.startsWith("shapes") ? ShapesDataset.classNames() : null;
    }

    /** "0", "1", … "classes−1". */
    public static List<String> numbered(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int k = 0; k < classes; k++) {
            names.add(Integer.toString(k));
        }
        return List.copyOf(names);
    }
}
