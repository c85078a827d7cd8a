package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link ConvolutionLayer} (square kernel, stride, zero padding, bias, activation) on
 * the lean path: patches ({@link Im2col}) times the packed weights {@code [out, k·k·in]}, one
 * {@code sgemm}; backward the weight gradient {@code δᵀ·patches} and the input gradient by
 * {@code δ·W} put back with col2im. Optionally spectrally normalised ({@link SpectralNorm}).
 */
final class LeanConvolution extends LeanLayer {

    private final Im2col geometry;
    private final int in;
    private final int out;
    private final int k;
    private final MapActivation activation;
    private final FeatureMaps packed;
    private final FeatureMaps packedGrad;
    private final SpectralNorm spectral;
    private float[] bias;

    LeanConvolution(Layer layer, INDArray gradientView, int h, int w, SpectralNorm spectral) {
        super(layer, gradientView);
        ConvolutionLayer conf = (ConvolutionLayer) layer.conf().getLayer();
        this.in = (int) conf.getNIn();
        this.out = (int) conf.getNOut();
        this.k = conf.getKernelSize()[0];
        this.geometry = new Im2col(h, w, in, k, conf.getStride()[0], conf.getPadding()[0]);
        this.activation = MapActivation.of(conf);
        this.packed = new FeatureMaps(out, 1, 1, k * k * in);
        this.packedGrad = new FeatureMaps(out, 1, 1, k * k * in);
        this.spectral = spectral;
        pack();
    }

    Im2col geometry() {
        return geometry;
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, geometry.outH, geometry.outW, out);
    }

    @Override
    Object scratch(int n) {
        return new FeatureMaps(n, geometry.outH, geometry.outW, geometry.patch());
    }

    @Override
    void pack() {
        float[] wc = values("W");
        float[] wp = new float[wc.length];
        for (int o = 0; o < out; o++) {
            for (int ci = 0; ci < in; ci++) {
                for (int ky = 0; ky < k; ky++) {
                    for (int kx = 0; kx < k; kx++) {
                        wp[o * k * k * in + (ky * k + kx) * in + ci] = wc[((o * in + ci) * k + ky) * k + kx];
                    }
                }
            }
        }
        if (spectral != null) {
            spectral.normalise(wp, true);
        }
        packed.set(wp);
        bias = values("b");
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        FeatureMaps cols = (FeatureMaps) scratch;
        geometry.patchesProduct(x.floats, cols, packed.matrix, true, y.matrix, threads);
        activation.applyWithBias(y, bias, threads);
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        FeatureMaps cols = (FeatureMaps) scratch;
        activation.multiplySlope(dy, y, threads);
        if (paramGrads) {
            BlasMatrix.multiply(dy.matrix, true, cols.matrix, false, packedGrad.matrix, threads);
            float[] gp = packedGrad.toArray();
            if (spectral != null) {
                spectral.backward(gp);
            }
            float[] gc = new float[gp.length];
            for (int o = 0; o < out; o++) {
                for (int ci = 0; ci < in; ci++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++) {
                            gc[((o * in + ci) * k + ky) * k + kx] = gp[o * k * k * in + (ky * k + kx) * in + ci];
                        }
                    }
                }
            }
            setGradient("W", gc);
            setGradient("b", columnSums(dy));
        }
        if (dx != null) {
            // the patch matrix is not needed any more: reuse it for the patch gradients
            geometry.accumulateProduct(dy.matrix, false, packed.matrix, false, cols, dx.floats, threads);
        }
    }
}
