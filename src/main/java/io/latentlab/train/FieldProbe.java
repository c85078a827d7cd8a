package io.latentlab.train;

import io.latentlab.model.NoisePrior;

import java.nio.FloatBuffer;

/**
 * Computes a {@link FieldSnapshot} with the lean path, on the training thread, between steps:
 * D on a fixed grid over the plot, G on a fixed grid of the noise space, and D's input gradient
 * under the generator's loss at some generated points. Uses its own cached passes (the grid
 * sizes are fixed), so a call allocates only the result arrays and never disturbs the
 * trainer's batch passes or parameter gradients.
 */
final class FieldProbe {

    /** Cells per side of the discriminator grid. */
    static final int GRID = 48;
    /** Noise-grid points per side of the manifold. */
    static final int MANIFOLD_LINES = 21;
    /** Points along the noise line of a 1-D generator's curve. */
    static final int CURVE_POINTS = 241;
    /** The discriminator grid covers [−RANGE, RANGE]², the scatter plot's range. */
    static final double RANGE = 3.0;

    private final DenseStack generator;
    private final DenseStack discriminator;
    private final NoisePrior prior;
    private final float[] gridPoints;
    private final float[] manifoldNoise;
    private final float[] curveNoise;

    FieldProbe(DenseStack generator, DenseStack discriminator, NoisePrior prior) {
        this.generator = generator;
        this.discriminator = discriminator;
        this.prior = prior;
        this.gridPoints = new float[2 * GRID * GRID];
        for (int r = 0; r < GRID; r++) {
            for (int c = 0; c < GRID; c++) {
                gridPoints[2 * (r * GRID + c)] = (float) FieldSnapshot.cellX(RANGE, GRID, c);
                gridPoints[2 * (r * GRID + c) + 1] = (float) FieldSnapshot.cellY(RANGE, GRID, r);
            }
        }
        this.manifoldNoise = hasManifold() ? noiseGrid(prior) : new float[0];
        this.curveNoise = hasCurve() ? noiseLine(prior) : new float[0];
    }

    /** The part of the noise space the manifold covers: [−extent, extent] per coordinate. */
    static double noiseExtent(NoisePrior prior) {
        return prior == NoisePrior.UNIFORM ? Math.sqrt(3) : 2.5;
    }

    /** The manifold's noise points, z = (a, b) on a regular grid, index b·lines + a. */
    static float[] noiseGrid(NoisePrior prior) {
        double extent = noiseExtent(prior);
        float[] z = new float[2 * MANIFOLD_LINES * MANIFOLD_LINES];
        for (int b = 0; b < MANIFOLD_LINES; b++) {
            for (int a = 0; a < MANIFOLD_LINES; a++) {
                z[2 * (b * MANIFOLD_LINES + a)] = (float) (-extent + 2 * extent * a / (MANIFOLD_LINES - 1));
                z[2 * (b * MANIFOLD_LINES + a) + 1] = (float) (-extent + 2 * extent * b / (MANIFOLD_LINES - 1));
            }
        }
        return z;
    }

    /** The curve's noise values, evenly spaced over [−extent, extent]. */
    static float[] noiseLine(NoisePrior prior) {
        double extent = noiseExtent(prior);
        float[] z = new float[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            z[i] = (float) (-extent + 2 * extent * i / (CURVE_POINTS - 1));
        }
        return z;
    }

    private boolean hasManifold() {
        return generator.inputs() == 2 && generator.outputs() == 2;
    }

    private boolean hasCurve() {
        return generator.inputs() == 1 && generator.outputs() == 2;
    }

    /** All three fields; {@code arrowNoise} holds the noise rows of the generated points that get arrows. */
    FieldSnapshot probe(long iteration, GanLoss loss, float[] arrowNoise) {
        float[] d = discriminatorGrid(loss.probabilistic());
        float[] manifold = hasManifold() ? run(generator, manifoldNoise) : new float[0];
        float[] curve = hasCurve() ? run(generator, curveNoise) : new float[0];
        float[] origins = run(generator, arrowNoise);
        float[] vectors = generatorPush(loss, origins);
        return new FieldSnapshot(iteration, RANGE, GRID, d, loss.probabilistic(),
                hasManifold() ? MANIFOLD_LINES : 0, manifold, origins, vectors, curve);
    }

    private float[] discriminatorGrid(boolean probabilistic) {
        float[] out = run(discriminator, gridPoints);
        if (probabilistic) {
            for (int i = 0; i < out.length; i++) {
                out[i] = (float) GanLossMath.sigmoid(out[i]);
            }
        }
        return out;
    }

    /** The network's output for row-major {@code input}, through its cached pass of that many rows. */
    private static float[] run(DenseStack net, float[] input) {
        if (input.length == 0) {
            return new float[0];
        }
        DenseStack.Pass pass = net.pass(input.length / net.inputs());
        pass.input().data().asNioFloat().put(0, input);
        net.forward(pass);
        float[] out = new float[pass.rows() * net.outputs()];
        pass.output().data().asNioFloat().get(0, out);
        return out;
    }

    /** −∂L_G/∂x per point at {@code points}: backpropagates the generator loss's delta through D to its input. */
    private float[] generatorPush(GanLoss loss, float[] points) {
        int rows = points.length / discriminator.inputs();
        if (rows == 0) {
            return new float[0];
        }
        DenseStack.Pass pass = discriminator.pass(rows);
        pass.input().data().asNioFloat().put(0, points);
        discriminator.forward(pass);
        float[] outputs = new float[rows];
        pass.output().data().asNioFloat().get(0, outputs);
        float[] delta = new float[rows];
        GanLossMath.generator(loss, outputs, rows, delta);
        FloatBuffer outDelta = pass.outputDelta().data().asNioFloat();
        for (int r = 0; r < rows; r++) {
            outDelta.put(r, delta[r] * rows); // per point, not the batch mean
        }
        discriminator.backward(pass, false, true);
        float[] push = new float[points.length];
        pass.inputDelta().data().asNioFloat().get(0, push);
        for (int i = 0; i < push.length; i++) {
            push[i] = -push[i];
        }
        return push;
    }
}
