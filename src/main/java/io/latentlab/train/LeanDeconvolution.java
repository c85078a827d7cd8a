package io.latentlab.train;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link Deconvolution2D} (PyTorch's ConvTranspose2d: weights {@code [in, out, k, k]}) on
 * the lean path. It is the adjoint of a convolution from its output back to its input: forward
 * multiplies the input by the packed weights {@code [in, k·k·out]} into patches and puts them
 * back with col2im; backward takes the patches of the output gradient ({@link Im2col}) and
 * multiplies them by the weights for the input gradient and by the input for the weight gradient.
 */
final class LeanDeconvolution extends LeanLayer {

    /** The convolution whose adjoint this is: from this layer's output maps to its input maps. */
    private final Im2col geometry;
    private final int in;
    private final int out;
    private final int k;
    private final int outH;
    private final int outW;
    private final MapActivation activation;
    private final FeatureMaps packed;
    private final FeatureMaps packedGrad;
    private float[] bias;

    LeanDeconvolution(Layer layer, INDArray gradientView, int h, int w) {
        super(layer, gradientView);
        Deconvolution2D conf = (Deconvolution2D) layer.conf().getLayer();
        this.in = (int) conf.getNIn();
        this.out = (int) conf.getNOut();
        this.k = conf.getKernelSize()[0];
        int s = conf.getStride()[0];
        int p = conf.getPadding()[0];
        this.outH = (h - 1) * s - 2 * p + k;
        this.outW = (w - 1) * s - 2 * p + k;
        this.geometry = new Im2col(outH, outW, out, k, s, p);
        if (geometry.outH != h || geometry.outW != w) {
            throw new IllegalArgumentException("transposed convolution of " + h + "×" + w + " is not invertible in shape");
        }
        this.activation = MapActivation.of(conf);
        this.packed = new FeatureMaps(in, 1, 1, k * k * out);
        this.packedGrad = new FeatureMaps(in, 1, 1, k * k * out);
        pack();
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, outH, outW, out);
    }

    @Override
    Object scratch(int n) {
        return new FeatureMaps(n, geometry.outH, geometry.outW, geometry.patch());
    }

    @Override
    void pack() {
        float[] wc = values("W");
        float[] wp = new float[wc.length];
        for (int ci = 0; ci < in; ci++) {
            for (int co = 0; co < out; co++) {
                for (int ky = 0; ky < k; ky++) {
                    for (int kx = 0; kx < k; kx++) {
                        wp[ci * k * k * out + (ky * k + kx) * out + co] = wc[((ci * out + co) * k + ky) * k + kx];
                    }
                }
            }
        }
        packed.set(wp);
        bias = values("b");
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        FeatureMaps cols = (FeatureMaps) scratch;
        geometry.accumulateProduct(x.matrix, false, packed.matrix, false, cols, y.floats, threads);
        activation.applyWithBias(y, bias, threads);
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        FeatureMaps cols = (FeatureMaps) scratch;
        activation.multiplySlope(dy, y, threads);
        if (dx != null) {
            // the input gradient multiplies the patch rows as they are made, while in cache
            geometry.patchesProduct(dy.floats, cols, packed.matrix, true, dx.matrix, threads);
        } else {
            geometry.patches(dy.floats, dy.n, cols.floats, threads);
        }
        if (paramGrads) {
            BlasMatrix.multiply(x.matrix, true, cols.matrix, false, packedGrad.matrix, threads);
            float[] gp = packedGrad.toArray();
            float[] gc = new float[gp.length];
            for (int ci = 0; ci < in; ci++) {
                for (int co = 0; co < out; co++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++) {
                            gc[((ci * out + co) * k + ky) * k + kx] = gp[ci * k * k * out + (ky * k + kx) * out + co];
                        }
                    }
                }
            }
            setGradient("W", gc);
            setGradient("b", columnSums(dy));
        }
    }
}
