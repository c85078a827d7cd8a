package io.latentlab.explore;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * Exact k nearest neighbours among a set of images by pixel L2 distance, for asking whether a
 * model copies its training data. Distances to every image come from one matrix product,
 * ‖x − y‖² = ‖x‖² − 2x·y + ‖y‖²; the candidates within float rounding of the k-th are then
 * measured again pixel by pixel in double, so the distances are exact and the order is right.
 *
 * <p>Keeps a copy of the images as one ND4J matrix; not thread-safe: use it from one thread.
 */
public final class NearestImages {

    /** Queries multiplied against the set at once. */
    private static final int BLOCK = 64;

    private final String name;
    private final float[] images;
    private final int[] labels;
    private final int count;
    private final int pixels;
    private final double[] squaredNorms;
    private final INDArray matrix;

    /**
     * An index over {@code count} images of {@code pixels} values ({@code images}, image after
     * image; read, not kept for writing) with their labels (null without).
     */
    public NearestImages(String name, float[] images, int[] labels, int count, int pixels) {
        if (count < 1 || pixels < 1 || images.length != (long) count * pixels || (labels != null && labels.length != count)) {
            throw new IllegalArgumentException(images.length + " pixel values and " + (labels == null ? "no" : labels.length)
                    + " labels are not " + count + " images of " + pixels);
        }
        this.name = name;
        this.images = images;
        this.labels = labels == null ? null : labels.clone();
        this.count = count;
        this.pixels = pixels;
        this.squaredNorms = new double[count];
        for (int n = 0; n < count; n++) {
            double s = 0;
            for (int i = n * pixels, end = i + pixels; i < end; i++) {
                s += images[i] * (double) images[i];
            }
            squaredNorms[n] = s;
        }
        this.matrix = Nd4j.create(images, new long[] {count, pixels}, 'c').castTo(DataType.FLOAT);
    }

    /** What the images are, e.g. {@code mnist-test}. */
    public String name() {
        return name;
    }

    public int count() {
        return count;
    }

    public int pixels() {
        return pixels;
    }

    /** The {@code k} images nearest to {@code query} ({@code pixels} values), nearest first. */
    public List<Neighbour> nearest(float[] query, int k) {
        return nearest(query, 1, k).get(0);
    }

    /** For each of {@code queries} images (row-major), its {@code k} nearest images, nearest first. */
    public List<List<Neighbour>> nearest(float[] queries, int queryCount, int k) {
        if (queries.length != queryCount * pixels) {
            throw new IllegalArgumentException(queries.length + " values are not " + queryCount + " images of " + pixels + " pixels");
        }
        if (k < 1 || k > count) {
            throw new IllegalArgumentException("k must be in 1.." + count + ", was " + k);
        }
        List<List<Neighbour>> all = new ArrayList<>(queryCount);
        for (int start = 0; start < queryCount; start += BLOCK) {
            int q = Math.min(BLOCK, queryCount - start);
            float[] block = Arrays.copyOfRange(queries, start * pixels, (start + q) * pixels);
            // the queries' row-major values are the f-order pixels × q matrix of their transpose
            INDArray columns = Nd4j.create(block, new long[] {pixels, q}, 'f').castTo(DataType.FLOAT);
            float[] dots = matrix.mmul(columns).dup('f').data().asFloat(); // count × q, one query per column
            for (int j = 0; j < q; j++) {
                all.add(select(block, j, dots, j * count, k));
            }
        }
        return all;
    }

    /**
     * The typical distance between a real image and its nearest other real image: the median,
     * over {@code sample} images drawn with {@code seed}, of the distance to the nearest image
     * other than itself (an exact duplicate counts, at 0). The yardstick for a generated image's
     * nearest distance: far below it, the model may be copying.
     */
    public double typicalNearestDistance(int sample, long seed) {
        if (count < 2) {
            throw new IllegalArgumentException("a typical neighbour distance needs 2 or more images, there is " + count);
        }
        int n = Math.max(1, Math.min(sample, count));
        int[] picked = new SplittableRandom(seed).ints(0, count).distinct().limit(n).toArray();
        float[] queries = new float[n * pixels];
        for (int s = 0; s < n; s++) {
            System.arraycopy(images, picked[s] * pixels, queries, s * pixels, pixels);
        }
        List<List<Neighbour>> found = nearest(queries, n, 2);
        double[] nearestOther = new double[n];
        for (int s = 0; s < n; s++) {
            List<Neighbour> two = found.get(s);
            nearestOther[s] = two.get(0).index() == picked[s] ? two.get(1).distance() : two.get(0).distance();
        }
        Arrays.sort(nearestOther);
        return n % 2 == 1 ? nearestOther[n / 2] : (nearestOther[n / 2 - 1] + nearestOther[n / 2]) / 2;
    }

    /** A copy of image {@code index}. */
    public float[] image(int index) {
        return Arrays.copyOfRange(images, index * pixels, (index + 1) * pixels);
    }

    /** The label of image {@code index}; −1 without labels. */
    public int label(int index) {
        return labels == null ? -1 : labels[index];
    }

    /** The k nearest of query {@code j} in {@code block}, from its dot products with every image starting at {@code dots[from]}. */
    private List<Neighbour> select(float[] block, int j, float[] dots, int from, int k) {
        double queryNorm = 0;
        for (int i = j * pixels; i < (j + 1) * pixels; i++) {
            queryNorm += block[i] * (double) block[i];
        }
        double[] approx = new double[count];
        PriorityQueue<Double> kSmallest = new PriorityQueue<>(k, (a, b) -> Double.compare(b, a));
        double largestNorm = queryNorm;
        for (int n = 0; n < count; n++) {
            approx[n] = squaredNorms[n] - 2.0 * dots[from + n] + queryNorm;
            largestNorm = Math.max(largestNorm, squaredNorms[n]);
            if (kSmallest.size() < k) {
                kSmallest.add(approx[n]);
            } else if (approx[n] < kSmallest.peek()) {
                kSmallest.poll();
                kSmallest.add(approx[n]);
            }
        }
        // float products of `pixels` terms are off by at most a few ulps of the norms; measure again everything that close
        double slack = 1e-5 * pixels * Math.max(1, largestNorm) / Math.sqrt(pixels) + 1e-6;
        double threshold = kSmallest.peek() + 2 * slack;
        List<Neighbour> candidates = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            if (approx[n] <= threshold) {
                candidates.add(new Neighbour(n, label(n), Math.sqrt(exactSquared(block, j * pixels, n))));
            }
        }
        candidates.sort((a, b) -> a.distance() != b.distance() ? Double.compare(a.distance(), b.distance())
                : Integer.compare(a.index(), b.index()));
        return List.copyOf(candidates.subList(0, k));
    }

    private double exactSquared(float[] query, int at, int n) {
        double s = 0;
        int base = n * pixels;
        for (int i = 0; i < pixels; i++) {
            double d = query[at + i] - (double) images[base + i];
            s += d * d;
        }
        return s;
    }
}
