package io.latentlab.data;

import java.nio.file.Path;

/**
 * The image sets found in one dataset folder (see {@link ImageDatasets#openFolder}): a training
 * set, a test set, or both; a missing one is null.
 */
public record DatasetFolder(Path folder, ImageSet train, ImageSet test) {

    public DatasetFolder {
        if (train == null && test == null) {
            throw new IllegalArgumentException("a dataset folder holds a training set, a test set or both");
        }
    }

    public boolean hasTrain() {
        return train != null;
    }

    public boolean hasTest() {
        return test != null;
    }

    /** One line for a status bar: "mnist: 60,000 training and 10,000 test images of 28×28, 10 classes". */
    public String summary() {
        ImageSet any = train != null ? train : test;
        StringBuilder s = new StringBuilder(String.valueOf(folder.toAbsolutePath().normalize().getFileName())).append(": ");
        if (train != null) {
            s.append(IdxFile.thousands(train.count())).append(" training");
        }
        if (train != null && test != null) {
            s.append(" and ");
        }
        if (test != null) {
            s.append(IdxFile.thousands(test.count())).append(" test");
        }
        s.append(" images of ").append(any.rows()).append("×").append(any.cols());
        if (any.hasLabels()) {
            s.append(", ").append(any.classes()).append(" classes");
        }
        return s.toString();
    }
}
