package io.latentlab.train;

import io.latentlab.model.HiddenActivation;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The lean training path through a DL4J network of dense layers: forward and backward passes
 * that work directly on the network's own parameter views, with every activation and gradient
 * array allocated once and reused.
 *
 * <p>For these small networks the cost of a step is the number of native operations, not the
 * arithmetic; DL4J's general path spends several operations per layer on bookkeeping. Here the
 * matrix products go straight to the {@code sgemm} of ND4J's OpenBLAS ({@link BlasMatrix}), one
 * call each, and the element-wise work (bias, the hidden activation ({@link HiddenActivation}) and
 * its derivative, bias gradients) runs as plain loops over the same native memory, through
 * {@link FloatBuffer} views: on one thread that measured 5 to 10 times faster than ND4J's
 * broadcast and ReLU-derivative operations at these sizes. The gradients land in one flat array
 * laid out like {@link MultiLayerNetwork#params()}, so a fused updater can take one step over the
 * whole network. Tests check these gradients against DL4J's own backpropagation.
 */
final class DenseStack {

    private final MultiLayerNetwork net;
    private final int layers;
    private final INDArray[] weights;
    private final BlasMatrix[] weightsT;
    private final BlasMatrix[] weightGradsT;
    private final INDArray[] biases;
    /** Each layer's activation; null for identity (the output layer). */
    private final HiddenActivation[] activation;
    /** Whether some hidden activation has curvature, so WGAN-GP's double backpropagation needs its second term. */
    private final boolean curved;
    private final INDArray gradients;
    private final INDArray[] weightGrads;
    private final INDArray[] biasGrads;
    private final Map<Integer, Pass> passes = new HashMap<>();
    private final SgemmLibrary library;

    DenseStack(MultiLayerNetwork net) {
        this(net, SgemmLibrary.OPENBLAS);
    }

    /**
     * A stack whose products use {@code library}: the image autoencoders take
     * {@link SgemmLibrary#chosen()} (oneDNN), the toy networks OpenBLAS, whose rounding their tests
     * were made with.
     */
    DenseStack(MultiLayerNetwork net, SgemmLibrary library) {
        this.library = library;
        this.net = net;
        this.layers = net.getnLayers();
        this.weights = new INDArray[layers];
        this.weightsT = new BlasMatrix[layers];
        this.weightGradsT = new BlasMatrix[layers];
        this.biases = new INDArray[layers];
        this.activation = new HiddenActivation[layers];
        this.weightGrads = new INDArray[layers];
        this.biasGrads = new INDArray[layers];
        this.gradients = Nd4j.create(DataType.FLOAT, net.numParams());
        long offset = 0;
        for (int i = 0; i < layers; i++) {
            if (!(net.getLayerWiseConfigurations().getConf(i).getLayer() instanceof DenseLayer layer)) {
                throw new IllegalArgumentException("layer " + i + " is not a dense layer");
            }
            IActivation fn = layer.getActivationFn();
            if (!(fn instanceof ActivationIdentity)) {
                activation[i] = HiddenActivation.of(fn);
                if (activation[i] == null) {
                    throw new IllegalArgumentException("layer " + i + " has activation " + fn
                            + "; the lean path supports relu, leaky-relu (0.2), tanh, elu and identity");
                }
            }
            weights[i] = net.getLayer(i).getParam(DefaultParamInitializer.WEIGHT_KEY);
            biases[i] = net.getLayer(i).getParam(DefaultParamInitializer.BIAS_KEY);
            long n = net.getLayer(i).numParams();
            INDArray view = gradients.get(NDArrayIndex.interval(offset, offset + n));
            Map<String, INDArray> grads = DefaultParamInitializer.getInstance()
                    .getGradientsFromFlattened(net.getLayerWiseConfigurations().getConf(i), view);
            weightGrads[i] = grads.get(DefaultParamInitializer.WEIGHT_KEY);
            biasGrads[i] = grads.get(DefaultParamInitializer.BIAS_KEY).reshape(biases[i].length());
            weightsT[i] = BlasMatrix.transposeOf(weights[i], library);
            weightGradsT[i] = BlasMatrix.transposeOf(weightGrads[i], library);
            offset += n;
        }
        boolean anyCurved = false;
        for (HiddenActivation a : activation) {
            anyCurved |= a != null && !a.piecewiseLinear();
        }
        this.curved = anyCurved;
    }

    /** The network's flat parameters (a view: updating it updates the network). */
    INDArray params() {
        return net.params();
    }

    /** Flat gradients from the latest {@link #backward} with parameter gradients, laid out as {@link #params()}. */
    INDArray gradients() {
        return gradients;
    }

    int inputs() {
        return (int) weights[0].size(0);
    }

    int outputs() {
        return (int) weights[layers - 1].size(1);
    }

    /** The preallocated input of a {@code rows}-row pass: fill it, then call {@link #forward}. */
    Pass pass(int rows) {
        return passes.computeIfAbsent(rows, Pass::new);
    }

    /** Runs the network on {@code pass.input()}; returns the output array (owned by the pass). */
    INDArray forward(Pass pass) {
        BlasMatrix x = pass.inputMatrix;
        for (int i = 0; i < layers; i++) {
            BlasMatrix.multiply(x, false, weightsT[i], true, pass.activationMatrices[i]);
            ActivationLoops.addBias(pass.activationFloats[i], pass.rows, biases[i], activation[i]);
            if (activation[i] == HiddenActivation.TANH) {
                Transforms.tanh(pass.activations[i], false); // one native op: 5× faster than Math.tanh per element
            } else if (activation[i] == HiddenActivation.ELU) {
                Transforms.elu(pass.activations[i], false);
            }
            x = pass.activationMatrices[i];
        }
        return pass.activations[layers - 1];
    }

    /**
     * Backpropagates {@code pass.outputDelta()} (the loss gradient with respect to the output,
     * filled by the caller) through the activations of the latest {@link #forward} of this pass.
     *
     * @param paramGrads  write the parameter gradients into {@link #gradients()}
     * @param inputDelta  also compute the gradient with respect to the input, into {@code pass.inputDelta()}
     */
    void backward(Pass pass, boolean paramGrads, boolean inputDelta) {
        BlasMatrix delta = pass.deltaMatrices[layers - 1];
        for (int i = layers - 1; i >= 0; i--) {
            BlasMatrix in = i == 0 ? pass.inputMatrix : pass.activationMatrices[i - 1];
            if (paramGrads) {
                // the gradient is f-order [in, out]: as row-major, its transpose δᵀ·x
                BlasMatrix.multiply(delta, true, in, false, weightGradsT[i]);
                ActivationLoops.sumColumns(i == layers - 1 ? pass.outputDeltaFloats : pass.deltaFloats[i], pass.rows, biasGrads[i]);
            }
            if (i == 0 && !inputDelta) {
                break;
            }
            BlasMatrix previous = i == 0 ? pass.inputDeltaMatrix : pass.deltaMatrices[i - 1];
            BlasMatrix.multiply(delta, false, weightsT[i], false, previous);
            if (i > 0 && activation[i - 1] != null) {
                ActivationLoops.multiplyBySlope(pass.deltaFloats[i - 1], pass.activationFloats[i - 1], activation[i - 1]);
            }
            delta = previous;
        }
    }

    /**
     * Adds to {@link #gradients()} the gradient, with respect to the parameters, of a penalty on
     * the input gradient ∇ₓD of each row, given {@code pass.penaltyDelta()} = ∂penalty/∂(∇ₓD) per
     * row (the "double backpropagation" of WGAN-GP). Call after {@link #forward}, then
     * {@link #backward} with an output delta of ones and {@code inputDelta}: its deltas hold the
     * chain δᵢ = ∂D/∂zᵢ and its input delta ∇ₓD.
     *
     * <p>With v = ∂penalty/∂(∇ₓD), the gradient is ∂/∂θ (v·∇ₓD): the derivative of ∂D/∂θ along
     * v in input space. One pass forward carries the tangent {@code uᵢ = (uᵢ₋₁·Wᵢ) ⊙ f'(zᵢ)}
     * (u₋₁ = v) and adds {@code uᵢ₋₁ᵀ·δᵢ} to ∂/∂Wᵢ. For ReLU and leaky ReLU that is all (f'' is
     * zero almost everywhere, the slopes are constants and the biases get nothing). For tanh and
     * ELU the deltas move too: one pass back carries {@code Rδᵢ₋₁ = (Rδᵢ·Wᵢᵀ) ⊙ f'(zᵢ₋₁) +
     * δᵢ₋₁ ⊙ (f''/f')(zᵢ₋₁) ⊙ (uᵢ₋₂·Wᵢ₋₁)} and adds {@code aᵢ₋₂ᵀ·Rδᵢ₋₁} to the weights and the
     * column sums of Rδᵢ₋₁ to the biases. Tests check both against finite differences.
     */
    void addInputGradientPenalty(Pass pass) {
        pass.allocateSecondOrder();
        BlasMatrix v = pass.penaltyDeltaMatrix;
        BlasMatrix.multiplyAdd(pass.deltaMatrices[0], true, v, false, weightGradsT[0]);
        for (int i = 1; i < layers; i++) {
            BlasMatrix next = pass.secondOrderMatrices[i - 1];
            BlasMatrix.multiply(v, false, weightsT[i - 1], true, next);
            HiddenActivation f = activation[i - 1];
            if (f != null) {
                if (curved) {
                    ActivationLoops.curvatureTerm(pass.deltaFloats[i - 1], pass.activationFloats[i - 1], pass.secondOrderFloats[i - 1],
                            f, pass.curvatureFloats[i - 1]);
                }
                ActivationLoops.multiplyBySlope(pass.secondOrderFloats[i - 1], pass.activationFloats[i - 1], f);
            }
            BlasMatrix.multiplyAdd(pass.deltaMatrices[i], true, next, false, weightGradsT[i]);
            v = next;
        }
        if (!curved) {
            return;
        }
        BlasMatrix r = null; // Rδ of the output layer is zero: its delta, ones, does not move
        for (int i = layers - 1; i >= 1; i--) {
            BlasMatrix target = pass.rDeltaMatrices[i - 1];
            FloatBuffer targetFloats = pass.rDeltaFloats[i - 1];
            FloatBuffer curvature = pass.curvatureFloats[i - 1];
            if (r == null) {
                for (int k = 0, n = targetFloats.capacity(); k < n; k++) {
                    targetFloats.put(k, curvature.get(k));
                }
            } else {
                BlasMatrix.multiply(r, false, weightsT[i], false, target);
                ActivationLoops.multiplyBySlope(targetFloats, pass.activationFloats[i - 1], activation[i - 1]);
                for (int k = 0, n = targetFloats.capacity(); k < n; k++) {
                    targetFloats.put(k, targetFloats.get(k) + curvature.get(k));
                }
            }
            BlasMatrix in = i == 1 ? pass.inputMatrix : pass.activationMatrices[i - 2];
            BlasMatrix.multiplyAdd(target, true, in, false, weightGradsT[i - 1]);
            ActivationLoops.addColumnSums(targetFloats, pass.rows, biasGrads[i - 1]);
            r = target;
        }
    }

    /** The arrays of one batch size, allocated once. */
    final class Pass {
        private final int rows;
        private final INDArray input;
        private final INDArray[] activations;
        private final INDArray[] deltas;
        private final INDArray outputDelta;
        private final INDArray inputDelta;
        private final FloatBuffer[] activationFloats;
        private final FloatBuffer[] deltaFloats;
        private final FloatBuffer outputDeltaFloats;
        private final BlasMatrix inputMatrix;
        private final BlasMatrix inputDeltaMatrix;
        private final BlasMatrix[] activationMatrices;
        private final BlasMatrix[] deltaMatrices;
        private INDArray penaltyDelta;
        private BlasMatrix penaltyDeltaMatrix;
        private BlasMatrix[] secondOrderMatrices;
        private FloatBuffer[] secondOrderFloats;
        private FloatBuffer[] curvatureFloats;
        private BlasMatrix[] rDeltaMatrices;
        private FloatBuffer[] rDeltaFloats;

        private Pass(int rows) {
            this.rows = rows;
            this.input = Nd4j.create(DataType.FLOAT, rows, inputs());
            this.activations = new INDArray[layers];
            this.deltas = new INDArray[layers];
            for (int i = 0; i < layers; i++) {
                activations[i] = Nd4j.create(DataType.FLOAT, rows, weights[i].size(1));
                deltas[i] = Nd4j.create(DataType.FLOAT, rows, weights[i].size(1));
            }
            this.outputDelta = deltas[layers - 1];
            this.inputDelta = Nd4j.create(DataType.FLOAT, rows, inputs());
            this.activationFloats = new FloatBuffer[layers];
            this.deltaFloats = new FloatBuffer[layers];
            for (int i = 0; i < layers; i++) {
                activationFloats[i] = activations[i].data().asNioFloat();
                deltaFloats[i] = deltas[i].data().asNioFloat();
            }
            this.outputDeltaFloats = deltaFloats[layers - 1];
            this.inputMatrix = BlasMatrix.of(input, library);
            this.inputDeltaMatrix = BlasMatrix.of(inputDelta, library);
            this.activationMatrices = new BlasMatrix[layers];
            this.deltaMatrices = new BlasMatrix[layers];
            for (int i = 0; i < layers; i++) {
                activationMatrices[i] = BlasMatrix.of(activations[i], library);
                deltaMatrices[i] = BlasMatrix.of(deltas[i], library);
            }
        }

        int rows() {
            return rows;
        }

        /** ∂penalty/∂(∇ₓD) per row, filled by the caller before {@link #addInputGradientPenalty}. */
        INDArray penaltyDelta() {
            allocateSecondOrder();
            return penaltyDelta;
        }

        private void allocateSecondOrder() {
            if (penaltyDelta != null) {
                return;
            }
            penaltyDelta = Nd4j.create(DataType.FLOAT, rows, inputs());
            penaltyDeltaMatrix = BlasMatrix.of(penaltyDelta, library);
            secondOrderMatrices = new BlasMatrix[layers];
            secondOrderFloats = new FloatBuffer[layers];
            for (int i = 0; i < layers; i++) {
                INDArray buffer = Nd4j.create(DataType.FLOAT, rows, weights[i].size(1));
                secondOrderMatrices[i] = BlasMatrix.of(buffer, library);
                secondOrderFloats[i] = buffer.data().asNioFloat();
            }
            if (curved) {
                curvatureFloats = new FloatBuffer[layers];
                rDeltaMatrices = new BlasMatrix[layers];
                rDeltaFloats = new FloatBuffer[layers];
                for (int i = 0; i < layers; i++) {
                    curvatureFloats[i] = Nd4j.create(DataType.FLOAT, rows, weights[i].size(1)).data().asNioFloat();
                    INDArray r = Nd4j.create(DataType.FLOAT, rows, weights[i].size(1));
                    rDeltaMatrices[i] = BlasMatrix.of(r, library);
                    rDeltaFloats[i] = r.data().asNioFloat();
                }
            }
        }

        INDArray input() {
            return input;
        }

        INDArray output() {
            return activations[layers - 1];
        }

        INDArray outputDelta() {
            return outputDelta;
        }

        INDArray inputDelta() {
            return inputDelta;
        }
    }
}
