package io.latentlab.ui;

import io.latentlab.explore.LatentArithmetic;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What an arithmetic slot holds: a group of latent vectors that stands for one idea by its
 * average, picked as tiles of a {@link PickGrid} or taken as every test image of a class, with
 * the ink of each member's picture (its mean pixel value, the confound attribute vectors can be
 * balanced by).
 *
 * @param origin  in words, e.g. "3 pictures" or "class 7 (1,028 test images)"
 * @param members {@code count × latentSize} latent values
 * @param inks    the mean pixel value of each member's picture
 * @param tiles   the tiles of {@code grid} picked (empty for a class)
 * @param grid    the grid the tiles are of, or null
 */
record LatentGroup(String origin, float[] members, float[] inks, int count, int latentSize, Set<Integer> tiles, PickGrid grid) {

    /** The tiles {@code tiles} of {@code grid}; null when none is picked. */
    static LatentGroup ofTiles(PickGrid grid, Set<Integer> tiles, int pixels) {
        if (tiles.isEmpty()) {
            return null;
        }
        int d = grid.latentSize();
        List<Integer> sorted = tiles.stream().sorted().toList();
        float[] members = new float[sorted.size() * d];
        float[] inks = new float[sorted.size()];
        for (int k = 0; k < sorted.size(); k++) {
            System.arraycopy(grid.z(), sorted.get(k) * d, members, k * d, d);
            inks[k] = ink(grid.pixels(), sorted.get(k), pixels);
        }
        String origin = sorted.size() + (sorted.size() == 1 ? " picture" : " pictures");
        return new LatentGroup(origin, members, inks, sorted.size(), d, Set.copyOf(tiles), grid);
    }

    /** Every image of class {@code label}: its encoded mean and its ink. */
    static LatentGroup ofClass(String className, float[] z, int[] labels, float[] images, int latentSize, int pixels, int label) {
        int[] rows = IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
        if (rows.length == 0) {
            throw new IllegalArgumentException("no test image is of class " + className);
        }
        float[] members = new float[rows.length * latentSize];
        float[] inks = new float[rows.length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(z, rows[k] * latentSize, members, k * latentSize, latentSize);
            inks[k] = ink(images, rows[k], pixels);
        }
        return new LatentGroup(String.format(java.util.Locale.ROOT, "class %s (%,d test images)", className, rows.length),
                members, inks, rows.length, latentSize, Set.of(), null);
    }

    /** The average of the members. */
    float[] mean() {
        return LatentArithmetic.mean(members, latentSize, IntStream.range(0, count).boxed().toList());
    }

    private static float ink(float[] pictures, int k, int pixels) {
        double sum = 0;
        for (int i = k * pixels; i < (k + 1) * pixels; i++) {
            sum += pictures[i];
        }
        return (float) (sum / pixels);
    }

    @Override
    public String toString() {
        return origin + " " + Arrays.toString(Arrays.copyOf(members, Math.min(3, members.length)));
    }
}
