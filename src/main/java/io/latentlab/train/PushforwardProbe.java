package io.latentlab.train;

import io.latentlab.model.NoisePrior;

/**
 * Computes a {@link PushforwardMap} with the lean path, on the training thread, between steps:
 * G on {@value PushforwardMap#POINTS} noise values along the first noise axis (the others 0),
 * through its own cached pass, so it never disturbs the trainer's batch passes.
 */
final class PushforwardProbe {

    private final DenseStack generator;
    private final NoisePrior prior;
    private final float[] grid;
    private final float[] noise;

    PushforwardProbe(DenseStack generator, NoisePrior prior) {
        this.generator = generator;
        this.prior = prior;
        int k = generator.inputs();
        double extent = PushforwardMap.extent(prior);
        grid = new float[PushforwardMap.POINTS];
        noise = new float[PushforwardMap.POINTS * k];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = (float) (-extent + 2 * extent * i / (grid.length - 1));
            noise[i * k] = grid[i];
        }
    }

    PushforwardMap probe(long iteration) {
        DenseStack.Pass pass = generator.pass(grid.length);
        pass.input().data().asNioFloat().put(0, noise);
        generator.forward(pass);
        float[] g = new float[grid.length];
        pass.output().data().asNioFloat().get(0, g);
        return new PushforwardMap(iteration, prior, generator.inputs(), grid, g);
    }
}
