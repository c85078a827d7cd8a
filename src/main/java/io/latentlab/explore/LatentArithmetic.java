package io.latentlab.explore;

import io.latentlab.model.LatentImages;

import java.util.Collection;

/**
 * Vector arithmetic on latent vectors, as Radford et al. (2016) did with a DCGAN's "smiling woman
 * − neutral woman + neutral man": a group of vectors stands for an idea by its average (one
 * picture is too noisy), A − B + C moves C by the difference between A and B, and a few small
 * seeded perturbations around the result show it is a region, not a lucky point.
 */
public final class LatentArithmetic {

    private LatentArithmetic() {
    }

    /** The average of the rows {@code rows} of {@code z} ({@code d} values each). */
    public static float[] mean(float[] z, int d, Collection<Integer> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the average of no vectors is undefined: pick one or more");
        }
        double[] sum = new double[d];
        for (int r : rows) {
            if (r < 0 || (r + 1) * d > z.length) {
                throw new IllegalArgumentException("row " + r + " is not one of the " + z.length / d + " vectors");
            }
            for (int i = 0; i < d; i++) {
                sum[i] += z[r * d + i];
            }
        }
        return scaled(sum, 1.0 / rows.size());
    }

    /** The average latent vector of the images of class {@code label} in {@code encoded}. */
    public static float[] classMean(EncodedImages encoded, int label) {
        if (encoded.labels() == null) {
            throw new IllegalArgumentException("the " + encoded.dataset() + " images have no labels to average by");
        }
        int d = encoded.latentSize();
        double[] sum = new double[d];
        int n = 0;
        for (int k = 0; k < encoded.count(); k++) {
            if (encoded.labels()[k] == label) {
                n++;
                for (int i = 0; i < d; i++) {
                    sum[i] += encoded.z()[k * d + i];
                }
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("no " + encoded.dataset() + " image has label " + label);
        }
        return scaled(sum, 1.0 / n);
    }

    /** a − b + c. */
    public static float[] analogy(float[] a, float[] b, float[] c) {
        if (a.length != b.length || a.length != c.length) {
            throw new IllegalArgumentException("A, B and C have " + a.length + ", " + b.length + " and " + c.length + " values: they must be the same size");
        }
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i] + c[i];
        }
        return out;
    }

    /**
     * {@code side × side} vectors: {@code centre} in the middle, the others {@code centre} plus
     * N(0, σ²I) noise drawn with {@code seed} (the same seed, the same neighbours).
     */
    public static float[] around(float[] centre, int side, double sigma, long seed) {
        if (side < 1 || side % 2 == 0) {
            throw new IllegalArgumentException("the neighbourhood's side must be odd and positive, was " + side);
        }
        int d = centre.length;
        int count = side * side;
        float[] noise = LatentImages.priorDraws(count, d, seed);
        float[] out = new float[count * d];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < d; i++) {
                out[k * d + i] = k == count / 2 ? centre[i] : (float) (centre[i] + sigma * noise[k * d + i]);
            }
        }
        return out;
    }

    /** {@code count} copies of {@code v}, row-major. */
    public static float[] repeat(float[] v, int count) {
        float[] out = new float[count * v.length];
        for (int k = 0; k < count; k++) {
            System.arraycopy(v, 0, out, k * v.length, v.length);
        }
        return out;
    }

    static float[] scaled(double[] sum, double by) {
        float[] out = new float[sum.length];
        for (int i = 0; i < sum.length; i++) {
            out[i] = (float) (sum[i] * by);
        }
        return out;
    }
}
