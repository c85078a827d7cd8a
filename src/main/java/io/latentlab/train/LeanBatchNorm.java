package io.latentlab.train;

import io.latentlab.model.ConditionalNorm;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A DL4J {@link BatchNormalization} over channels-last maps on the lean path. Training mode
 * normalises by the batch's own mean and (biased) variance and moves the running statistics as
 * PyTorch does (momentum 1 − decay = 0.1; the running variance takes the unbiased batch
 * variance); inference mode uses the running statistics. With a {@link ConditionalNorm} the
 * scale and shift are each image's class's, and their gradients go to {@code conditionalGrads}.
 */
final class LeanBatchNorm extends LeanLayer {

    private final int[] shape;
    private final int c;
    private final double eps;
    private final double decay;
    private final ConditionalNorm conditional;
    private final INDArray conditionalGrads;
    private float[] gamma;
    private float[] beta;

    /** Per pass: the normalised values and each channel's 1/σ of the latest training forward. */
    private record Scratch(float[] xhat, float[] invStd) {
    }

    LeanBatchNorm(Layer layer, INDArray gradientView, int[] shape, ConditionalNorm conditional, INDArray conditionalGrads) {
        super(layer, gradientView);
        BatchNormalization conf = (BatchNormalization) layer.conf().getLayer();
        if (conf.isUseLogStd()) {
            throw new IllegalArgumentException("the lean path reads batch normalisation's variance, not its log-std");
        }
        this.shape = shape.clone();
        this.c = shape[2];
        this.eps = conf.getEps();
        this.decay = conf.getDecay();
        this.conditional = conditional;
        this.conditionalGrads = conditionalGrads;
        if (conditional != null && conditional.channels() != c) {
            throw new IllegalArgumentException("conditional normalisation of " + conditional.channels() + " channels for maps of " + c);
        }
        pack();
    }

    @Override
    FeatureMaps output(int n) {
        return new FeatureMaps(n, shape[0], shape[1], shape[2]);
    }

    @Override
    Object scratch(int n) {
        return new Scratch(new float[n * shape[0] * shape[1] * c], new float[c]);
    }

    @Override
    void pack() {
        if (conditional != null) {
            float[] all = conditional.params().data().asFloat();
            int half = conditional.classes() * c;
            gamma = java.util.Arrays.copyOfRange(all, 0, half);
            beta = java.util.Arrays.copyOfRange(all, half, 2 * half);
        } else {
            gamma = values("gamma");
            beta = values("beta");
        }
    }

    /** Where image {@code b}'s γ and β start in {@link #gamma}/{@link #beta}. */
    private int classOffset(int[] labels, int b) {
        return conditional == null ? 0 : labels[b] * c;
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        if (conditional != null && (labels == null || labels.length < x.n)) {
            throw new IllegalArgumentException("conditional batch normalisation needs a label per image");
        }
        Scratch s = (Scratch) scratch;
        float[] v = x.mirror();
        int per = shape[0] * shape[1];
        int rows = x.n * per;
        float[] mean = new float[c];
        float[] invStd = s.invStd;
        if (training) {
            // each image's sums in floats (vectorised loops), gathered in doubles
            double[] sum = new double[c];
            double[] sq = new double[c];
            float[] pSum = new float[c];
            float[] pSq = new float[c];
            for (int b = 0; b < x.n; b++) {
                java.util.Arrays.fill(pSum, 0f);
                java.util.Arrays.fill(pSq, 0f);
                for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                    for (int j = 0; j < c; j++) {
                        float a = v[base + j];
                        pSum[j] += a;
                        pSq[j] += a * a;
                    }
                }
                for (int j = 0; j < c; j++) {
                    sum[j] += pSum[j];
                    sq[j] += pSq[j];
                }
            }
            float[] runMean = values("mean");
            float[] runVar = values("var");
            for (int j = 0; j < c; j++) {
                double m = sum[j] / rows;
                double var = Math.max(sq[j] / rows - m * m, 0);
                mean[j] = (float) m;
                invStd[j] = (float) (1 / Math.sqrt(var + eps));
                runMean[j] = (float) (decay * runMean[j] + (1 - decay) * m);
                runVar[j] = (float) (decay * runVar[j] + (1 - decay) * var * rows / Math.max(rows - 1, 1));
            }
            setParam("mean", runMean);
            setParam("var", runVar);
        } else {
            float[] runMean = values("mean");
            float[] runVar = values("var");
            for (int j = 0; j < c; j++) {
                mean[j] = runMean[j];
                invStd[j] = (float) (1 / Math.sqrt(runVar[j] + eps));
            }
        }
        float[] xhat = s.xhat;
        for (int b = 0; b < x.n; b++) {
            int g = classOffset(labels, b);
            for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                for (int j = 0; j < c; j++) {
                    float h = (v[base + j] - mean[j]) * invStd[j];
                    xhat[base + j] = h;
                    v[base + j] = gamma[g + j] * h + beta[g + j];
                }
            }
        }
        y.set(v);
    }

    private void setParam(String key, float[] values) {
        INDArray p = layer.getParam(key);
        p.assign(org.nd4j.linalg.factory.Nd4j.create(values, p.shape(), 'c'));
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        Scratch s = (Scratch) scratch;
        float[] d = dy.mirror();
        float[] xhat = s.xhat;
        int per = shape[0] * shape[1];
        int rows = dy.n * per;
        int groups = conditional == null ? 1 : conditional.classes();
        double[] dGamma = new double[groups * c];
        double[] dBeta = new double[groups * c];
        double[] sumD = new double[c];
        double[] sumDx = new double[c];
        float[] pGamma = new float[c];
        float[] pBeta = new float[c];
        float[] pD = new float[c];
        float[] pDx = new float[c];
        for (int b = 0; b < dy.n; b++) {
            int g = classOffset(labels, b);
            java.util.Arrays.fill(pGamma, 0f);
            java.util.Arrays.fill(pBeta, 0f);
            java.util.Arrays.fill(pD, 0f);
            java.util.Arrays.fill(pDx, 0f);
            for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                for (int j = 0; j < c; j++) {
                    float dyv = d[base + j];
                    float xh = xhat[base + j];
                    pGamma[j] += dyv * xh;
                    pBeta[j] += dyv;
                    float dh = dyv * gamma[g + j];
                    d[base + j] = dh; // d now holds ∂/∂x̂
                    pD[j] += dh;
                    pDx[j] += dh * xh;
                }
            }
            for (int j = 0; j < c; j++) {
                dGamma[g + j] += pGamma[j];
                dBeta[g + j] += pBeta[j];
                sumD[j] += pD[j];
                sumDx[j] += pDx[j];
            }
        }
        if (paramGrads) {
            float[] gG = new float[groups * c];
            float[] gB = new float[groups * c];
            for (int i = 0; i < gG.length; i++) {
                gG[i] = (float) dGamma[i];
                gB[i] = (float) dBeta[i];
            }
            if (conditional != null) {
                float[] both = new float[2 * gG.length];
                System.arraycopy(gG, 0, both, 0, gG.length);
                System.arraycopy(gB, 0, both, gG.length, gB.length);
                conditionalGrads.assign(org.nd4j.linalg.factory.Nd4j.create(both, conditionalGrads.shape(), 'c'));
                setGradient("gamma", new float[c]);
                setGradient("beta", new float[c]);
            } else {
                setGradient("gamma", gG);
                setGradient("beta", gB);
            }
        }
        if (dx != null) {
            float[] invStd = s.invStd;
            float[] meanD = new float[c];
            float[] meanDx = new float[c];
            for (int j = 0; j < c; j++) {
                meanD[j] = (float) (sumD[j] / rows);
                meanDx[j] = (float) (sumDx[j] / rows);
            }
            for (int base = 0, end = rows * c; base < end; base += c) {
                for (int j = 0; j < c; j++) {
                    d[base + j] = invStd[j] * (d[base + j] - meanD[j] - xhat[base + j] * meanDx[j]);
                }
            }
            dx.set(d);
        }
    }
}
