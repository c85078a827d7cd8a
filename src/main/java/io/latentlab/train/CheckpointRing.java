package io.latentlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last few copies of a trainer's parameters, taken automatically every
 * {@code interval} steps and kept in memory, so that a step that goes wrong (a NaN loss,
 * exploding gradients) can be undone. A copy is one {@code float[]} per flat parameter array:
 * for the MNIST VAE's 835,000 parameters 3.3 MB.
 *
 * <p>Used on one thread, the session's worker.
 */
public final class CheckpointRing {

    /** Steps between two automatic checkpoints. */
    public static final int DEFAULT_INTERVAL = 100;
    /** Checkpoints kept; the oldest is dropped when a new one comes. */
    public static final int DEFAULT_CAPACITY = 3;

    /** The parameters after {@code iteration} steps, one array per flat parameter array. */
    public record Checkpoint(long iteration, float[][] values) {

        /** Whether every value is finite. */
        public boolean finite() {
            for (float[] array : values) {
                for (float v : array) {
                    if (!Float.isFinite(v)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    private final int interval;
    private final int capacity;
    private final Deque<Checkpoint> ring = new ArrayDeque<>();

    public CheckpointRing(int interval, int capacity) {
        if (interval < 1 || capacity < 1) {
            throw new IllegalArgumentException("interval and capacity must be at least 1, were " + interval + " and " + capacity);
        }
        this.interval = interval;
        this.capacity = capacity;
    }

    public static CheckpointRing standard() {
        return new CheckpointRing(DEFAULT_INTERVAL, DEFAULT_CAPACITY);
    }

    public int interval() {
        return interval;
    }

    public void clear() {
        ring.clear();
    }

    /** Whether a checkpoint is due after {@code iteration} steps: none yet, or {@code interval} steps since the newest. */
    public boolean due(long iteration) {
        return ring.isEmpty() || iteration - ring.peekLast().iteration() >= interval;
    }

    /** Copies {@code arrays} as the newest checkpoint; false (and nothing kept) when a value is not finite. */
    public boolean take(long iteration, List<INDArray> arrays) {
        float[][] values = new float[arrays.size()][];
        for (int i = 0; i < values.length; i++) {
            INDArray a = arrays.get(i);
            values[i] = new float[Math.toIntExact(a.length())];
            a.data().asNioFloat().get((int) a.offset(), values[i]);
        }
        Checkpoint checkpoint = new Checkpoint(iteration, values);
        if (!checkpoint.finite()) {
            return false;
        }
        ring.addLast(checkpoint);
        while (ring.size() > capacity) {
            ring.removeFirst();
        }
        return true;
    }

    /**
     * Writes the newest checkpoint whose values are all finite back into {@code arrays} and
     * returns it, dropping any newer one that is not; null (arrays untouched) when none is left.
     */
    public Checkpoint restoreNewestFinite(List<INDArray> arrays) {
        while (!ring.isEmpty()) {
            Checkpoint newest = ring.peekLast();
            if (newest.finite() && newest.values().length == arrays.size()) {
                for (int i = 0; i < arrays.size(); i++) {
                    INDArray a = arrays.get(i);
                    if (a.length() != newest.values()[i].length) {
                        throw new IllegalStateException("checkpoint array " + i + " has " + newest.values()[i].length
                                + " values but the network has " + a.length());
                    }
                    a.data().asNioFloat().put((int) a.offset(), newest.values()[i]);
                }
                return newest;
            }
            ring.removeLast();
        }
        return null;
    }

    /** The checkpoints kept, oldest first (copies; for tests and diagnostics). */
    public List<Checkpoint> checkpoints() {
        List<Checkpoint> copies = new ArrayList<>();
        for (Checkpoint c : ring) {
            float[][] values = new float[c.values().length][];
            for (int i = 0; i < values.length; i++) {
                values[i] = c.values()[i].clone();
            }
            copies.add(new Checkpoint(c.iteration(), values));
        }
        return copies;
    }
}
