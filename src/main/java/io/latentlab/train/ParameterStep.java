package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One optimiser step over a network's flat parameters; the learning rate may change between steps. */
interface ParameterStep {

    void apply(INDArray params, INDArray gradients);

    void setLearningRate(double learningRate);

    /** Forgets what earlier steps left behind (Adam's moments and step count); plain SGD keeps nothing. */
    default void reset() {
    }

    static ParameterStep of(Optimizer optimizer, long parameters, double learningRate, GanHyperparameters h) {
        return switch (optimizer) {
            case ADAM -> new AdamStep(parameters, learningRate, h.beta1(), h.beta2(), GanHyperparameters.EPSILON);
            case SGD -> new SgdStep(parameters, learningRate);
        };
    }
}
