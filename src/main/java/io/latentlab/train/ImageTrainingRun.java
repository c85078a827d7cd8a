package io.latentlab.train;

import io.latentlab.data.BadInputException;
import io.latentlab.data.ClassNames;
import io.latentlab.data.ImageSet;

import java.util.List;
import java.util.Objects;

/**
 * What an {@link ImageTrainingSession} trains: a trainer with its model, and the images it
 * learns from (the same size as the model's; labelled with the model's classes when it is
 * conditional), with a name a person knows them by.
 */
public record ImageTrainingRun(ImageModelTrainer trainer, ImageSet images, String dataTitle) {

    public ImageTrainingRun {
        Objects.requireNonNull(trainer);
        Objects.requireNonNull(images);
        if (images.size() != trainer.pixels() || images.count() < 1) {
            throw new BadInputException(images.name() + " has " + images.count() + " images of " + images.rows() + "×"
                    + images.cols() + " but the model reads " + trainer.rows() + "×" + trainer.cols()
                    + "; choose data of the model's size or start a new model");
        }
        List<String> classes = trainer.classNames();
        if (!classes.isEmpty()) {
            List<String> given = ClassNames.of(images);
            if (given.isEmpty()) {
                throw new BadInputException(images.name() + " has no labels, which a conditional model learns from; "
                        + "choose MNIST or Fashion-MNIST, or a folder with label files");
            }
            if (given.size() > classes.size() || !classes.subList(0, given.size()).equals(given)) {
                throw new BadInputException(images.name() + " has the classes " + String.join(", ", given)
                        + " but the model knows " + String.join(", ", classes) + "; choose data of the model's classes");
            }
        }
    }
}
