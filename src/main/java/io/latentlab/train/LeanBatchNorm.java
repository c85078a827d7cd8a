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

    /**
     * Per pass: the normalised values and each channel's 1/σ of the latest training forward, and
     * each image's per-channel sums (up to four), which are gathered in image order whatever the
     * threads, so two threads sum exactly as one.
     */
    private record Scratch(float[] xhat, float[] invStd, float[] imageSums, double[] batchMeanVar) {
    }

    /**
     * The activation layer right after this one, applied here while the values are at hand; that
     * layer then passes its maps through ({@link LeanActivation#fusedInto}). Identity when none.
     */
    private MapActivation then = MapActivation.IDENTITY;

    /** Whether a training forward leaves the running statistics to {@link #commitStatistics} (see {@link ConvStack#deferStatistics}). */
    private boolean deferStatistics;

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
        return new Scratch(new float[n * shape[0] * shape[1] * c], new float[c], new float[4 * n * c], new double[2 * c]);
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
    /** Applies {@code activation} to this layer's output from now on; its backward takes the gradient of the activated output. */
    void fuse(MapActivation activation) {
        then = activation;
    }

    private int classOffset(int[] labels, int b) {
        return conditional == null ? 0 : labels[b] * c;
    }

    @Override
    void forward(FeatureMaps x, FeatureMaps y, Object scratch, boolean training, int[] labels) {
        if (conditional != null && (labels == null || labels.length < x.n)) {
            throw new IllegalArgumentException("conditional batch normalisation needs a label per image");
        }
        Scratch s = (Scratch) scratch;
        float[] v = x.mirrorArray();
        int per = shape[0] * shape[1];
        int rows = x.n * per;
        int n = x.n;
        float[] mean = new float[c];
        float[] invStd = s.invStd;
        float[] sums = s.imageSums;
        threads.split(n, 1, (from, to) -> x.floats.get(from * per * c, v, from * per * c, (to - from) * per * c));
        if (training) {
            // each image's sums in floats (vectorised loops), gathered in doubles
            // (each sum in its own small array: two sums at offsets into one array kept the JIT from
            // vectorising the loop, as it cannot tell they do not overlap)
            threads.split(n, 1, (from, to) -> {
                float[] sum1 = new float[c];
                float[] sumSq = new float[c];
                for (int b = from; b < to; b++) {
                    java.util.Arrays.fill(sum1, 0f);
                    java.util.Arrays.fill(sumSq, 0f);
                    for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                        for (int j = 0; j < c; j++) {
                            float a = v[base + j];
                            sum1[j] += a;
                            sumSq[j] += a * a;
                        }
                    }
                    System.arraycopy(sum1, 0, sums, b * c, c);
                    System.arraycopy(sumSq, 0, sums, (n + b) * c, c);
                }
            });
            double[] sum = new double[c];
            double[] sq = new double[c];
            for (int b = 0; b < n; b++) {
                for (int j = 0; j < c; j++) {
                    sum[j] += sums[b * c + j];
                    sq[j] += sums[(n + b) * c + j];
                }
            }
            double[] batch = s.batchMeanVar;
            for (int j = 0; j < c; j++) {
                double m = sum[j] / rows;
                double var = Math.max(sq[j] / rows - m * m, 0);
                mean[j] = (float) m;
                invStd[j] = (float) (1 / Math.sqrt(var + eps));
                batch[j] = m;
                batch[c + j] = var;
            }
            if (!deferStatistics) {
                moveRunningStatistics(batch, rows);
            }
        } else {
            float[] runMean = values("mean");
            float[] runVar = values("var");
            for (int j = 0; j < c; j++) {
                mean[j] = runMean[j];
                invStd[j] = (float) (1 / Math.sqrt(runVar[j] + eps));
            }
        }
        float[] xhat = s.xhat;
        threads.split(n, 1, (from, to) -> {
            for (int b = from; b < to; b++) {
                int g = classOffset(labels, b);
                for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                    for (int j = 0; j < c; j++) {
                        float h = (v[base + j] - mean[j]) * invStd[j];
                        xhat[base + j] = h;
                        v[base + j] = gamma[g + j] * h + beta[g + j];
                    }
                }
            }
            then.apply(v, from * per * c, to * per * c);
            y.floats.put(from * per * c, v, from * per * c, (to - from) * per * c);
        });
    }

    /** Moves the running mean and variance towards a batch's (mean, biased variance) of {@code rows} values. */
    private void moveRunningStatistics(double[] batch, int rows) {
        float[] runMean = values("mean");
        float[] runVar = values("var");
        for (int j = 0; j < c; j++) {
            runMean[j] = (float) (decay * runMean[j] + (1 - decay) * batch[j]);
            runVar[j] = (float) (decay * runVar[j] + (1 - decay) * batch[c + j] * rows / Math.max(rows - 1, 1));
        }
        setParam("mean", runMean);
        setParam("var", runVar);
    }

    @Override
    void deferStatistics(boolean defer) {
        deferStatistics = defer;
    }

    @Override
    void commitStatistics(Object scratch, int n) {
        moveRunningStatistics(((Scratch) scratch).batchMeanVar, n * shape[0] * shape[1]);
    }

    private void setParam(String key, float[] values) {
        INDArray p = layer.getParam(key);
        p.assign(org.nd4j.linalg.factory.Nd4j.create(values, p.shape(), 'c'));
    }

    @Override
    void backward(FeatureMaps x, FeatureMaps y, FeatureMaps dy, FeatureMaps dx, Object scratch, boolean paramGrads, int[] labels) {
        Scratch s = (Scratch) scratch;
        float[] d = dy.mirrorArray();
        float[] xhat = s.xhat;
        int per = shape[0] * shape[1];
        int n = dy.n;
        int rows = n * per;
        int groups = conditional == null ? 1 : conditional.classes();
        float[] sums = s.imageSums; // per image: Σ∂y·x̂ (∂γ) and Σ∂y (∂β)
        float[] activated = then == MapActivation.IDENTITY ? null : y.mirrorArray();
        threads.split(n, 1, (from, to) -> {
            dy.floats.get(from * per * c, d, from * per * c, (to - from) * per * c);
            if (activated != null) {
                // dy is the gradient of the activated output: through the activation first
                y.floats.get(from * per * c, activated, from * per * c, (to - from) * per * c);
                then.multiplySlope(d, activated, from * per * c, to * per * c);
            }
            // each sum in its own small array, so the JIT vectorises the loop (see forward); the
            // sums of ∂x̂ = γ·∂y and ∂x̂·x̂ are γ times these, taken per image below
            float[] sG = new float[c];
            float[] sB = new float[c];
            for (int b = from; b < to; b++) {
                java.util.Arrays.fill(sG, 0f);
                java.util.Arrays.fill(sB, 0f);
                for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                    for (int j = 0; j < c; j++) {
                        float dyv = d[base + j];
                        sG[j] += dyv * xhat[base + j];
                        sB[j] += dyv;
                    }
                }
                System.arraycopy(sG, 0, sums, b * c, c);
                System.arraycopy(sB, 0, sums, (n + b) * c, c);
            }
        });
        double[] dGamma = new double[groups * c];
        double[] dBeta = new double[groups * c];
        double[] sumD = new double[c];
        double[] sumDx = new double[c];
        for (int b = 0; b < n; b++) {
            int g = classOffset(labels, b);
            for (int j = 0; j < c; j++) {
                float sg = sums[b * c + j];
                float sb = sums[(n + b) * c + j];
                dGamma[g + j] += sg;
                dBeta[g + j] += sb;
                sumD[j] += (double) gamma[g + j] * sb;
                sumDx[j] += (double) gamma[g + j] * sg;
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
            threads.split(n, 1, (from, to) -> {
                float[] gammaOf = new float[c];
                for (int b = from; b < to; b++) {
                    System.arraycopy(gamma, classOffset(labels, b), gammaOf, 0, c);
                    for (int base = b * per * c, end = base + per * c; base < end; base += c) {
                        for (int j = 0; j < c; j++) {
                            // ∂x̂ = γ·∂y, then through the normalisation
                            d[base + j] = invStd[j] * (d[base + j] * gammaOf[j] - meanD[j] - xhat[base + j] * meanDx[j]);
                        }
                    }
                }
                dx.floats.put(from * per * c, d, from * per * c, (to - from) * per * c);
            });
        }
    }
}
