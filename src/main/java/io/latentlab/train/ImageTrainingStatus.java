package io.latentlab.train;

/**
 * The image-training session after its latest step or command: the step's terms (null before
 * the first step), steps per second while running, the state, and a message (why it failed).
 */
public record ImageTrainingStatus(ImageStepMetrics step, long iteration, double stepsPerSecond, TrainingState state,
                                  String message) {

    public static ImageTrainingStatus initial(long iteration) {
        return new ImageTrainingStatus(null, iteration, 0, TrainingState.READY, "");
    }
}
