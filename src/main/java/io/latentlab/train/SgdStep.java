package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/** Plain gradient descent over a flat parameter vector in native memory: {@code θ −= lr·∇}. */
final class SgdStep implements ParameterStep {

    private final int parameters;
    private double learningRate;

    SgdStep(long parameters, double learningRate) {
        this.parameters = Math.toIntExact(parameters);
        this.learningRate = learningRate;
    }

    @Override
    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    @Override
    public void apply(INDArray params, INDArray gradients) {
        if (params.length() != parameters || gradients.length() != parameters) {
            throw new IllegalArgumentException("expected " + parameters + " parameters and gradients, got "
                    + params.length() + " and " + gradients.length());
        }
        FloatBuffer p = params.data().asNioFloat();
        FloatBuffer g = gradients.data().asNioFloat();
        int po = (int) params.offset();
        int go = (int) gradients.offset();
        float lr = (float) learningRate;
        for (int k = 0; k < parameters; k++) {
            p.put(po + k, p.get(po + k) - lr * g.get(go + k));
        }
    }
}
