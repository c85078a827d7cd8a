package io.latentlab.train;

/**
 * The image models' likelihood: each pixel x ∈ [0, 1] a Bernoulli with mean σ(l) of the
 * decoder's logit l, its negative log-likelihood the binary cross-entropy summed over the
 * pixels (nats per image), taken on the logit so it is stable for any l:
 *
 * <pre>
 *   BCE(l, x) = max(l, 0) − l·x + log(1 + e^{−|l|})        ∂BCE/∂l = σ(l) − x
 * </pre>
 *
 * which equals −x·log σ(l) − (1−x)·log(1−σ(l)) without ever taking log 0. (PyTorch's peer takes
 * BCE on σ(l) and clamps the logs at −100; the two agree wherever that clamp does not bite.)
 * Arrays are row-major, one image per row.
 */
final class BernoulliLikelihood {

    private BernoulliLikelihood() {
    }

    /** BCE of one pixel in nats. */
    static double bce(double logit, double x) {
        return Math.max(logit, 0) - logit * x + Math.log1p(Math.exp(-Math.abs(logit)));
    }

    /** σ(l), without overflow for large |l|. */
    static double sigmoid(double logit) {
        double e = Math.exp(-Math.abs(logit));
        return logit >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /** The sum of BCE over all {@code n} values (all rows): divide by the rows for nats per image. */
    static double sum(float[] x, float[] logits, int n) {
        double total = 0;
        for (int k = 0; k < n; k++) {
            float l = logits[k];
            double e = Math.exp(-Math.abs(l));
            total += Math.max(l, 0f) - l * x[k] + Math.log(1 + e);
        }
        return total;
    }

    /**
     * The BCE summed over the pixels and averaged over {@code rows}, returned; and its gradient
     * with respect to the logits, {@code (σ(l) − x) / rows}, into {@code delta}, in the same pass.
     *
     * <p>This runs over every pixel of every batch (100,352 values a step), so it is written for
     * speed: e^{−|l|} by {@link #expNonPositive} (within 2·10⁻⁷ relative of {@link Math#exp} near 0, a little more for large |l|), and
     * the logs of (1 + e^{−|l|}) summed as the log of their product, one {@link Math#log} per
     * {@value #LOG_BLOCK} values (each factor is in (1, 2], so a block's product stays below 2^512;
     * a product of doubles loses about 10⁻¹³ in the log). Tests hold it to the plain formula.
     */
    static double lossAndDelta(float[] x, float[] logits, int rows, int dim, float[] delta) {
        int n = rows * dim;
        float scale = 1f / rows;
        double total = 0;
        double product = 1;
        for (int start = 0; start < n; start += LOG_BLOCK) {
            int end = Math.min(n, start + LOG_BLOCK);
            for (int k = start; k < end; k++) {
                float l = logits[k];
                float xk = x[k];
                float e = expNonPositive(-Math.abs(l));
                float inv = 1f / (1f + e);
                float s = (l >= 0 ? 1f : e) * inv;
                delta[k] = (s - xk) * scale;
                total += Math.max(l, 0f) - l * xk;
                product *= 1 + e;
            }
            total += Math.log(product);
            product = 1;
        }
        return total / rows;
    }

    /** Values per {@link Math#log} of a running product in {@link #lossAndDelta}. */
    static final int LOG_BLOCK = 512;
    private static final float LOG2_E = 1.44269504f;

    /**
     * e^a for a ≤ 0, in float: a·log₂e = k + f with k an integer and |f| ≤ ½, 2^f by its Taylor
     * series to the sixth power (error below 1.3·10⁻⁷ relative), 2^k from the exponent bits; the
     * float product a·log₂e adds up to about 10⁻⁷·|a| relative. Below e^{−86} it returns 0.
     */
    static float expNonPositive(float a) {
        float t = a * LOG2_E;
        if (t < -125f) {
            return 0f;
        }
        int k = (int) (t - 0.5f); // rounds to the nearest for t ≤ 0
        float f = t - k;
        float p = 1f + f * (0.693147181f + f * (0.240226507f + f * (0.0555041087f + f * (0.00961812911f
                + f * (0.00133335581f + f * 0.000154035304f)))));
        return p * Float.intBitsToFloat((k + 127) << 23);
    }

    /** Means σ(l) of the logits, in place: the decoded images. */
    static void toMeans(float[] logits) {
        for (int k = 0; k < logits.length; k++) {
            logits[k] = (float) sigmoid(logits[k]);
        }
    }
}
