package io.latentlab.train;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ImageSet;

import java.util.Objects;

/**
 * What an {@link ImageTrainingSession} trains: a trainer with its model, and the images it
 * learns from (the same size as the model's), with a name a person knows them by.
 */
public record ImageTrainingRun(ImageAutoencoderTrainer trainer, ImageSet images, String dataTitle) {

    public ImageTrainingRun {
        Objects.requireNonNull(trainer);
        Objects.requireNonNull(images);
        if (images.size() != trainer.model().pixels() || images.count() < 1) {
            throw new BadInputException(images.name() + " has " + images.count() + " images of " + images.rows() + "×"
                    + images.cols() + " but the model reads " + trainer.model().rows() + "×" + trainer.model().cols()
                    + "; choose data of the model's size or start a new model");
        }
    }
}
