package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * A trainer whose parameters a {@link CheckpointRing} may copy and put back between two steps:
 * the networks' live flat parameter arrays, and what to do once they have been overwritten.
 */
public interface CheckpointedParameters {

    /** The live flat parameter arrays (each network's {@code params()}), always in the same order; empty when none can be kept. */
    List<INDArray> parameterArrays();

    /**
     * Called on the worker after {@link #parameterArrays()} were overwritten with a checkpoint:
     * re-read whatever was derived from the parameters, and start the optimisers afresh (Adam's
     * moments from zero), since their state belongs to the steps that went wrong.
     */
    void parametersRestored();
}
