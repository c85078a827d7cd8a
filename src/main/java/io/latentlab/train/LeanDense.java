package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link DenseLayer} between feature maps on the lean path. DL4J (like PyTorch) flattens
 * maps channel-first, {@code (c, y, x)}; the lean path keeps them channels-last, so the weights
 * and bias are permuted once per update ({@link #pack}) instead of the activations every pass.
 * Optionally spectrally normalised.
 */
final class LeanDense extends LeanLayer {

    private final int[] inShape;
    private final int[] outShape;
    private final int nIn;
    private final int nOut;
    private final int[] inTorch;
    private final int[] outTorch;
    private final MapActivation activation;
    private final FeatureMaps packed;
    private final FeatureMaps packedGrad;
    private final SpectralNorm spectral;
    private float[] bias;

    /** @param inShape {h, w, c} of the input maps; outShape {h, w, c} of the output maps (1, 1, n for plain vectors) */
    LeanDense(Layer layer, INDArray gradientView, int[] inShape, int[] outShape, SpectralNorm spectral) {
        super(layer, gradientView);
        DenseLayer conf = (DenseLayer) layer.conf().getLayer();
        this.inShape = inShape.clone();
        this.outShape = outShape.clone();
        this.nIn = (int) conf.getNIn();
        this.nOut = (int) conf.getNOut();
        if (nIn != inShape[0] * inShape[1] * inShape[2] || nOut != outShape[0] * outShape[1] * outShape[2]) {
            throw new IllegalArgumentException("dense layer " + nIn + "→" + nOut + " does not fit maps "
                    + java.util.Arrays.toString(inShape) + " → " + java.util.Arrays.toString(outShape));
        }
        this.inTorch = torchOrder(inShape);
        this.outTorch = torchOrder(outShape);
        this.activation = MapActivation.of(conf);
        this.packed = new FeatureMaps(nOut, 1, 1, nIn);
        this.packedGrad = new FeatureMaps(nOut, 1, 1, nIn);
        this.spectral = spectral;
        pack();
    }

    /** For each channels-last index of maps {h, w, c}, its channel-first index. */
    private static int[] torchOrder(int[] shape) {
        int h = shape[0];
        int w = shape[1];
        int c = shape[2];
        int[] t = new int[h * w * c];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < c; ch++) {
                    t[(y * w + x) * c + ch] = ch * h * w + y * w + x;
                }
            }
        }
        return t;
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, outShape[0], outShape[1], outShape[2]);
    }

    @Override
    void pack() {
        float[] wc = values("W"); // [nIn, nOut], channel-first indices
        float[] wp = new float[wc.length];
        for (int o = 0; o < nOut; o++) {
            int to = outTorch[o];
            for (int i = 0; i < nIn; i++) {
                wp[o * nIn + i] = wc[inTorch[i] * nOut + to];
            }
        }
        if (spectral != null) {
            spectral.normalise(wp, true);
        }
        packed.set(wp);
        float[] b = values("b");
        bias = new float[nOut];
        for (int o = 0; o < nOut; o++) {
            bias[o] = b[outTorch[o]];
        }
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        BlasMatrix.multiply(x.imageRows(), false, packed.matrix, true, y.imageRows(), threads);
        activation.applyWithBias(y, bias, threads);
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        activation.multiplySlope(dy, y, threads);
        if (paramGrads) {
            BlasMatrix.multiply(dy.imageRows(), true, x.imageRows(), false, packedGrad.matrix, threads);
            float[] gp = packedGrad.toArray();
            if (spectral != null) {
                spectral.backward(gp);
            }
            float[] gc = new float[gp.length];
            for (int o = 0; o < nOut; o++) {
                int to = outTorch[o];
                for (int i = 0; i < nIn; i++) {
                    gc[inTorch[i] * nOut + to] = gp[o * nIn + i];
                }
            }
            setGradient("W", gc);
            float[] sums = columnSums(dy, nOut);
            float[] b = new float[nOut];
            for (int o = 0; o < nOut; o++) {
                b[outTorch[o]] = sums[o];
            }
            setGradient("b", b);
        }
        if (dx != null) {
            BlasMatrix.multiply(dy.imageRows(), false, packed.matrix, false, dx.imageRows(), threads);
        }
    }
}
