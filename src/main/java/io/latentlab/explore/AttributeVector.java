package io.latentlab.explore;

import java.util.Arrays;

/**
 * Attribute vectors (White 2016, "Sampling Generative Networks" §3): the average latent vector
 * of images with an attribute minus the average of images without it; adding it to any z adds
 * the attribute, at any strength.
 *
 * <p>The plain difference also carries every other attribute that is more common in one group
 * than in the other (White's example: in CelebA most smiling faces are female, so the "smile"
 * vector also feminises). White corrects this bias by data replication: copies of the
 * under-represented cases are added until the other attribute is balanced between the two
 * groups. Replicating until every level of the other attribute has equal weight in both groups
 * is the same as averaging, level by level, the difference of the two groups' means and
 * weighting the levels equally; that is what {@link #balanced} computes. Levels present in only
 * one group cannot be balanced and are left out. (We chose this over subtracting the projection
 * onto the overall mean because it is White's method and it removes a named confound, which a
 * teacher can show: "7 minus 1" balanced by how much ink the digits use.)
 */
public final class AttributeVector {

    private AttributeVector() {
    }

    /** mean(with) − mean(without); each argument is row-major vectors of {@code d} values. */
    public static float[] meanDifference(float[] with, float[] without, int d) {
        checkRows(with, d);
        checkRows(without, d);
        double[] diff = new double[d];
        int nWith = with.length / d;
        int nWithout = without.length / d;
        for (int k = 0; k < nWith; k++) {
            for (int i = 0; i < d; i++) {
                diff[i] += with[k * d + i] / (double) nWith;
            }
        }
        for (int k = 0; k < nWithout; k++) {
            for (int i = 0; i < d; i++) {
                diff[i] -= without[k * d + i] / (double) nWithout;
            }
        }
        return LatentArithmetic.scaled(diff, 1);
    }

    /**
     * The bias-corrected difference: {@code levelsWith}/{@code levelsWithout} give each vector's
     * level of the confounding attribute (e.g. its class, or its ink tercile); the result is the
     * average over the levels present in both groups of mean(with at that level) − mean(without
     * at that level), each level weighted equally, as replicating data until they balance does.
     */
    public static float[] balanced(float[] with, int[] levelsWith, float[] without, int[] levelsWithout, int d) {
        checkRows(with, d);
        checkRows(without, d);
        if (levelsWith.length != with.length / d || levelsWithout.length != without.length / d) {
            throw new IllegalArgumentException("need one level per vector: " + levelsWith.length + " for " + with.length / d
                    + " and " + levelsWithout.length + " for " + without.length / d);
        }
        int top = Math.max(Arrays.stream(levelsWith).max().orElse(0), Arrays.stream(levelsWithout).max().orElse(0)) + 1;
        double[][] sumWith = new double[top][d];
        double[][] sumWithout = new double[top][d];
        int[] nWith = count(with, levelsWith, d, sumWith, top);
        int[] nWithout = count(without, levelsWithout, d, sumWithout, top);
        double[] diff = new double[d];
        int shared = 0;
        for (int level = 0; level < top; level++) {
            if (nWith[level] > 0 && nWithout[level] > 0) {
                shared++;
                for (int i = 0; i < d; i++) {
                    diff[i] += sumWith[level][i] / nWith[level] - sumWithout[level][i] / nWithout[level];
                }
            }
        }
        if (shared == 0) {
            throw new IllegalArgumentException("the two groups share no level of the other attribute, so they cannot be balanced: "
                    + "pick vectors of the same kinds in both");
        }
        return LatentArithmetic.scaled(diff, 1.0 / shared);
    }

    /** {@code strengths.length} vectors z + s·v, one per strength s. */
    public static float[] applied(float[] z, float[] v, double[] strengths) {
        if (z.length != v.length) {
            throw new IllegalArgumentException("the sample has " + z.length + " values and the attribute vector " + v.length);
        }
        float[] out = new float[strengths.length * z.length];
        for (int k = 0; k < strengths.length; k++) {
            for (int i = 0; i < z.length; i++) {
                out[k * z.length + i] = (float) (z[i] + strengths[k] * v[i]);
            }
        }
        return out;
    }

    /**
     * Each value's level among {@code levels} equal-count bins of all the values (0 for the
     * smallest): terciles for 3, the confounding attribute's levels when it is a number (e.g. ink).
     */
    public static int[] quantileLevels(double[] values, int levels) {
        if (levels < 1 || values.length == 0) {
            throw new IllegalArgumentException("need values and 1 or more levels, got " + values.length + " values and " + levels);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[levels - 1];
        for (int j = 1; j < levels; j++) {
            cuts[j - 1] = sorted[(int) ((long) j * sorted.length / levels)];
        }
        int[] out = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            int level = 0;
            while (level < cuts.length && values[k] >= cuts[level]) {
                level++;
            }
            out[k] = level;
        }
        return out;
    }

    private static int[] count(float[] z, int[] levels, int d, double[][] sums, int top) {
        int[] n = new int[top];
        for (int k = 0; k < levels.length; k++) {
            if (levels[k] < 0) {
                throw new IllegalArgumentException("level " + levels[k] + " is negative");
            }
            n[levels[k]]++;
            for (int i = 0; i < d; i++) {
                sums[levels[k]][i] += z[k * d + i];
            }
        }
        return n;
    }

    private static void checkRows(float[] z, int d) {
        if (d < 1 || z.length == 0 || z.length % d != 0) {
            throw new IllegalArgumentException(z.length + " values are not one or more vectors of " + d);
        }
    }
}
