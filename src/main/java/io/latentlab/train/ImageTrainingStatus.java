package io.latentlab.train;

/**
 * The image-training session after its latest step or command: the step's values (null before
 * the first step) and the trainer's line for them, steps per second while running, the state,
 * and a message (why it failed).
 */
public record ImageTrainingStatus(ImageStep step, String terms, long iteration, double stepsPerSecond, TrainingState state,
                                  String message) {

    public static ImageTrainingStatus initial(long iteration) {
        return new ImageTrainingStatus(null, "No step yet", iteration, 0, TrainingState.READY, "");
    }
}
