package io.latentlab.train;

import io.latentlab.data.ToyDistribution;
import io.latentlab.model.Gan;
import io.latentlab.model.NoisePrior;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Objects;
import java.util.Random;

/**
 * Trains a {@link Gan} on a toy distribution with the peer benchmark's schedule: one iteration
 * draws a real batch and noise, computes {@code fake = G(z)}, takes one discriminator step on the
 * real and the fake batch (both through D in one pass), then one generator step that reuses
 * {@code fake} and sees the updated discriminator. Adam or SGD for each network. Noise comes from the
 * GAN's {@link NoisePrior}; an average of the generator's weights may be kept for {@link #snapshot()}.
 *
 * <p>Runs on one thread (the training session's worker); the networks are updated in place.
 */
public final class GanTrainer implements CheckpointedParameters {

    private final Gan gan;
    private final ToyDistribution data;
    private final Random rng;
    private GanHyperparameters hyperparameters;

    private final DenseStack generator;
    private final DenseStack discriminator;
    private ParameterStep generatorStep;
    private ParameterStep discriminatorStep;
    private final ParameterAverage generatorAverage;
    private final int batch;

    private final DenseStack.Pass gPass;
    private final DenseStack.Pass dBoth;
    private final DenseStack.Pass dFake;
    private final FloatBuffer noiseIn;
    private final FloatBuffer fakeOut;
    private final FloatBuffer fakeIn;
    private final FloatBuffer fakeInputDelta;
    private final FloatBuffer fakeOutDelta;
    private final float[] copyBuffer;
    private final float[] penaltyPoints;
    private final float[] penaltyGradients;
    private final float[] penaltyDeltas;
    private final FloatBuffer realIn;
    private final FloatBuffer bothLogits;
    private final FloatBuffer bothDelta;
    private final FloatBuffer fakeLogits;
    private final FloatBuffer fakeDelta;
    private final float[] bothOutputs;
    private final float[] bothDeltas;
    private final float[] fakeOutputs;
    private final float[] fakeDeltas;
    private FieldProbe fieldProbe;
    private PushforwardProbe pushforwardProbe;
    private long iteration;
    private long discriminatorUpdates;
    private long generatorUpdates;
    private double generatorGradientNorm = Double.NaN;

    public GanTrainer(Gan gan, ToyDistribution data, GanHyperparameters hyperparameters) {
        this.gan = Objects.requireNonNull(gan);
        this.data = Objects.requireNonNull(data);
        this.hyperparameters = Objects.requireNonNull(hyperparameters);
        if (gan.dataSize() != data.dimension()) {
            throw new IllegalArgumentException("the GAN makes " + gan.dataSize() + "-D points but "
                    + data.name() + " is " + data.dimension() + "-D");
        }
        this.rng = new Random(hyperparameters.seed());
        this.batch = hyperparameters.batch();
        this.generator = new DenseStack(gan.generator());
        this.discriminator = new DenseStack(gan.discriminator());
        this.generatorStep = ParameterStep.of(hyperparameters.generatorOptimizer(), gan.generator().numParams(),
                hyperparameters.generatorLr(), hyperparameters);
        this.discriminatorStep = ParameterStep.of(hyperparameters.discriminatorOptimizer(), gan.discriminator().numParams(),
                hyperparameters.discriminatorLr(), hyperparameters);

        this.generatorAverage = hyperparameters.averageDecay() > 0
                ? new ParameterAverage(generator.params(), hyperparameters.averageDecay()) : null;
        this.gPass = generator.pass(batch);
        this.dBoth = discriminator.pass(2 * batch);
        this.dFake = discriminator.pass(batch);
        this.noiseIn = floats(gPass.input());
        this.fakeOut = floats(gPass.output());
        this.fakeIn = floats(dFake.input());
        this.fakeInputDelta = floats(dFake.inputDelta());
        this.fakeOutDelta = floats(gPass.outputDelta());
        this.copyBuffer = new float[batch * data.dimension()];
        this.realIn = floats(dBoth.input());
        this.bothLogits = floats(dBoth.output());
        this.bothDelta = floats(dBoth.outputDelta());
        this.fakeLogits = floats(dFake.output());
        this.fakeDelta = floats(dFake.outputDelta());
        this.bothOutputs = new float[2 * batch];
        this.bothDeltas = new float[2 * batch];
        this.fakeOutputs = new float[batch];
        this.fakeDeltas = new float[batch];
        this.penaltyPoints = new float[2 * batch * data.dimension()];
        this.penaltyGradients = new float[batch * data.dimension()];
        this.penaltyDeltas = new float[batch * data.dimension()];
    }

    private static FloatBuffer floats(INDArray array) {
        return array.data().asNioFloat();
    }

    public Gan gan() {
        return gan;
    }

    public ToyDistribution data() {
        return data;
    }

    /**
     * Counts on from {@code iterations} already trained (a model opened from a file), so the
     * chart and the card continue where the file left off. Only before the first step.
     */
    public GanTrainer continuingFrom(long iterations) {
        if (this.iteration != 0 || iterations < 0) {
            throw new IllegalStateException("continue from " + iterations + " only before the first step");
        }
        this.iteration = iterations;
        return this;
    }

    /** Iterations taken so far (a single-network step counts as one). */
    public long iteration() {
        return iteration;
    }

    public GanHyperparameters hyperparameters() {
        return hyperparameters;
    }

    /** Takes effect at the next step; Adam's moment estimates are kept. */
    public void setLearningRates(double generatorLr, double discriminatorLr) {
        hyperparameters = hyperparameters.withLearningRates(generatorLr, discriminatorLr);
        generatorStep.setLearningRate(generatorLr);
        discriminatorStep.setLearningRate(discriminatorLr);
    }

    /**
     * Each network's optimiser from the next step on. A network whose optimiser changes gets a
     * fresh one (Adam's moment estimates start from zero); its parameters and learning rate are
     * kept, so training goes on without a rebuild.
     */
    public void setOptimizers(Optimizer generator, Optimizer discriminator) {
        GanHyperparameters before = hyperparameters;
        hyperparameters = hyperparameters.withOptimizers(generator, discriminator);
        if (generator != before.generatorOptimizer()) {
            generatorStep = ParameterStep.of(generator, gan.generator().numParams(), hyperparameters.generatorLr(),
                    hyperparameters);
        }
        if (discriminator != before.discriminatorOptimizer()) {
            discriminatorStep = ParameterStep.of(discriminator, gan.discriminator().numParams(),
                    hyperparameters.discriminatorLr(), hyperparameters);
        }
    }

    /** Discriminator steps before each generator step, from the next iteration on (1 to 100). */
    public void setDiscriminatorSteps(int steps) {
        hyperparameters = hyperparameters.withDiscriminatorSteps(steps);
    }

    /** Discriminator updates taken by this trainer (one per discriminator step). */
    public long discriminatorUpdates() {
        return discriminatorUpdates;
    }

    /** Generator updates taken by this trainer. */
    public long generatorUpdates() {
        return generatorUpdates;
    }

    /**
     * Takes effect at the next step, for both networks (the optimisers' state is kept). Moving to
     * or from {@link GanLoss#WASSERSTEIN_GP} also sets the critic steps per generator step to its
     * usual 5, or back to 1; Adam's β₂ stays as the trainer was built.
     */
    public void setLoss(GanLoss loss) {
        GanLoss before = hyperparameters.loss();
        hyperparameters = hyperparameters.withLoss(loss);
        if (loss == GanLoss.WASSERSTEIN_GP && before != GanLoss.WASSERSTEIN_GP) {
            hyperparameters = hyperparameters.withDiscriminatorSteps(5);
        } else if (loss != GanLoss.WASSERSTEIN_GP && before == GanLoss.WASSERSTEIN_GP) {
            hyperparameters = hyperparameters.withDiscriminatorSteps(1);
        }
    }

    /**
     * One iteration: {@link GanHyperparameters#discriminatorSteps()} discriminator steps (each
     * on fresh real and generated batches), then one generator step on the last generated
     * batch; or only one network's step.
     */
    public StepMetrics step(StepKind kind) {
        double dLoss = Double.NaN;
        double dReal = Double.NaN;
        double dFakeMean = Double.NaN;
        double gLoss = Double.NaN;
        int discriminatorSteps = switch (kind) {
            case BOTH -> hyperparameters.discriminatorSteps();
            case DISCRIMINATOR -> 1;
            case GENERATOR -> 0;
        };
        for (int s = 0; s < discriminatorSteps; s++) {
            fillNoise();
            generator.forward(gPass);
            double[] d = discriminatorStep();
            dLoss = d[0];
            dReal = d[1];
            dFakeMean = d[2];
        }
        if (kind != StepKind.DISCRIMINATOR) {
            if (discriminatorSteps == 0) {
                fillNoise();
                generator.forward(gPass);
            }
            copy(fakeOut, fakeIn, 0);
            discriminator.forward(dFake);
            double[] g = generatorLossAndDelta();
            gLoss = g[0];
            if (kind == StepKind.GENERATOR) {
                dFakeMean = g[1];
            }
            discriminator.backward(dFake, false, true);
            copy(fakeInputDelta, fakeOutDelta, 0);
            generator.backward(gPass, true, false);
            generatorGradientNorm = norm(generator.gradients());
            generatorStep.apply(generator.params(), generator.gradients());
            generatorUpdates++;
            if (generatorAverage != null) {
                generatorAverage.update(generator.params());
            }
        }
        iteration++;
        return new StepMetrics(iteration, dLoss, gLoss, dReal, dFakeMean);
    }

    /** One discriminator step on a fresh real batch and the generated one in {@code gPass}; {loss, dReal, dFake}. */
    private double[] discriminatorStep() {
        data.sample(rng, batch, realIn::put);
        copy(fakeOut, realIn, copyBuffer.length); // the fake rows follow the real ones
        discriminator.forward(dBoth);
        double[] d = discriminatorLossAndDelta();
        discriminator.backward(dBoth, true, false);
        if (hyperparameters.loss() == GanLoss.WASSERSTEIN_GP) {
            d[0] += addGradientPenalty();
        }
        discriminatorStep.apply(discriminator.params(), discriminator.gradients());
        discriminatorUpdates++;
        return d;
    }

    /**
     * WGAN-GP's penalty at x̂ = ε·real + (1−ε)·fake, ε uniform per row: adds its gradient to D's
     * gradients and returns its value. Uses the fake-batch pass, which the generator step
     * overwrites afterwards anyway.
     */
    private double addGradientPenalty() {
        int dim = data.dimension();
        realIn.get(0, penaltyPoints);
        for (int r = 0; r < batch; r++) {
            float e = rng.nextFloat();
            for (int j = 0; j < dim; j++) {
                int k = r * dim + j;
                penaltyPoints[k] = e * penaltyPoints[k] + (1 - e) * penaltyPoints[batch * dim + k];
            }
        }
        fakeIn.put(0, penaltyPoints, 0, batch * dim);
        discriminator.forward(dFake);
        for (int r = 0; r < batch; r++) {
            fakeDelta.put(r, 1f);
        }
        discriminator.backward(dFake, false, true);
        fakeInputDelta.get(0, penaltyGradients);
        double penalty = GanLossMath.gradientPenalty(penaltyGradients, batch, dim, hyperparameters.penaltyWeight(),
                penaltyDeltas);
        dFake.penaltyDelta().data().asNioFloat().put(0, penaltyDeltas);
        discriminator.addInputGradientPenalty(dFake);
        return penalty;
    }

    @Override
    public java.util.List<INDArray> parameterArrays() {
        return java.util.List.of(generator.params(), discriminator.params());
    }

    /** Both optimisers start afresh; a kept average of the generator starts again from the restored weights. */
    @Override
    public void parametersRestored() {
        generatorStep.reset();
        discriminatorStep.reset();
        if (generatorAverage != null) {
            generatorAverage.restartFrom(generator.params());
        }
        generatorGradientNorm = Double.NaN;
    }

    /**
     * The size ‖∇θ L_G‖ of the latest generator gradient, NaN before the first generator step.
     * Shows the minimax loss's stall: it vanishes while D confidently rejects the generated points.
     */
    public double generatorGradientNorm() {
        return generatorGradientNorm;
    }

    private static double norm(INDArray flat) {
        return StepHealth.norm(flat);
    }

    /** Copies one batch of points from {@code from} into {@code to} at {@code offset}, in native memory. */
    private void copy(FloatBuffer from, FloatBuffer to, int offset) {
        from.get(0, copyBuffer);
        to.put(offset, copyBuffer);
    }

    private void fillNoise() {
        int n = batch * generator.inputs();
        NoisePrior prior = gan.noisePrior();
        for (int i = 0; i < n; i++) {
            noiseIn.put(i, (float) prior.sample(rng));
        }
    }

    /** D's loss on its outputs for the real and the fake batch; writes ∂loss/∂output. Returns {loss, dReal, dFake}. */
    private double[] discriminatorLossAndDelta() {
        bothLogits.get(0, bothOutputs);
        double[] result = GanLossMath.discriminator(hyperparameters.loss(), bothOutputs, batch, bothDeltas);
        bothDelta.put(0, bothDeltas);
        return result;
    }

    /** The generator's loss on D's outputs for the fake batch; writes ∂loss/∂output. Returns {loss, dFake}. */
    private double[] generatorLossAndDelta() {
        fakeLogits.get(0, fakeOutputs);
        double[] result = GanLossMath.generator(hyperparameters.loss(), fakeOutputs, batch, fakeDeltas);
        fakeDelta.put(0, fakeDeltas);
        return result;
    }

    /**
     * A deep copy of the GAN for saving and sampling elsewhere: with the averaged generator when
     * the hyperparameters ask for an average, else the generator as trained.
     */
    public Gan snapshot() {
        Gan copy = gan.copy();
        if (generatorAverage != null) {
            generatorAverage.copyTo(copy.generator().params());
        }
        return copy;
    }

    /** G(z) for row-major {@code noise} with the generator as it trains, through the lean path (call on the training thread). */
    public float[] generate(float[] noise) {
        int k = generator.inputs();
        DenseStack.Pass pass = generator.pass(noise.length / k);
        FloatBuffer in = floats(pass.input());
        in.put(0, noise);
        generator.forward(pass);
        float[] out = new float[pass.rows() * generator.outputs()];
        floats(pass.output()).get(0, out);
        return out;
    }

    /**
     * The discriminator heatmap, generator manifold and gradient arrows now (see
     * {@link FieldSnapshot}), with arrows at {@code G(arrowNoise)}; null for data that is not 2-D.
     * Call on the training thread, between steps; its passes are cached, so it allocates only the
     * results, and the training state (batches, gradients, optimiser) is untouched.
     */
    public FieldSnapshot fields(float[] arrowNoise) {
        if (data.dimension() != 2) {
            return null;
        }
        if (fieldProbe == null) {
            fieldProbe = new FieldProbe(generator, discriminator, gan.noisePrior());
        }
        return fieldProbe.probe(iteration, hyperparameters.loss(), arrowNoise);
    }

    /**
     * The generator as a map from noise to data now (see {@link PushforwardMap}); null for data
     * that is not 1-D. Call on the training thread, between steps; its pass is cached.
     */
    public PushforwardMap pushforward() {
        if (data.dimension() != 1 || generator.outputs() != 1) {
            return null;
        }
        if (pushforwardProbe == null) {
            pushforwardProbe = new PushforwardProbe(generator, gan.noisePrior());
        }
        return pushforwardProbe.probe(iteration);
    }
}
