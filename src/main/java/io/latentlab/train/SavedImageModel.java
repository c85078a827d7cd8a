package io.latentlab.train;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A copy of an image model taken between two steps, with its card, ready to be written to a
 * model file off the worker thread ({@link ImageModelTrainer#copyForSaving}).
 */
public interface SavedImageModel {

    /** The steps the copy has trained. */
    long trainingSteps();

    /** Writes the model file atomically. */
    void save(Path file) throws IOException;
}
