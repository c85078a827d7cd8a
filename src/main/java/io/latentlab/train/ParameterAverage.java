package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * An exponential moving average of a network's flat parameters, as BigGAN and StyleGAN keep of
 * their generators. The decay ramps up from 0.1 ({@code min(decay, (1+t)/(10+t))}) so the
 * average does not drag the random initial weights along for thousands of steps.
 */
final class ParameterAverage {

    private final float[] average;
    private final double decay;
    private long updates;

    ParameterAverage(INDArray params, double decay) {
        if (!(decay > 0 && decay < 1)) {
            throw new IllegalArgumentException("decay must be in (0, 1), was " + decay);
        }
        this.decay = decay;
        this.average = new float[Math.toIntExact(params.length())];
        params.data().asNioFloat().get((int) params.offset(), average);
    }

    /** Starts the average again from {@code params} (after they were restored from a checkpoint). */
    void restartFrom(INDArray params) {
        params.data().asNioFloat().get((int) params.offset(), average);
        updates = 0;
    }

    void update(INDArray params) {
        updates++;
        float b = (float) Math.min(decay, (1.0 + updates) / (10.0 + updates));
        FloatBuffer p = params.data().asNioFloat();
        int offset = (int) params.offset();
        for (int k = 0; k < average.length; k++) {
            average[k] = b * average[k] + (1 - b) * p.get(offset + k);
        }
    }

    /** Writes the average into {@code target} (a network's parameter view of the same length). */
    void copyTo(INDArray target) {
        if (target.length() != average.length) {
            throw new IllegalArgumentException("expected " + average.length + " parameters, got " + target.length());
        }
        target.data().asNioFloat().put((int) target.offset(), average);
    }
}
