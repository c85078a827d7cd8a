package io.latentlab.train;

import java.util.ArrayList;
import java.util.List;

/**
 * The sample grids kept as training goes, for replaying how the samples changed, in bounded
 * memory: a grid every {@value #FIRST_SPACING} iterations at first; when {@value #CAPACITY}
 * are kept, every other one is dropped (the first stays) and the spacing doubles. At most
 * {@value #CAPACITY} grids: for 8×8 MNIST-size images about 8 MB.
 *
 * <p>Thread-safe: the trainer offers, the view reads {@link #frames()}.
 */
public final class SampleTimeline {

    public static final int CAPACITY = 40;
    public static final long FIRST_SPACING = 200;

    private final List<ImageGridSnapshot> frames = new ArrayList<>();
    private long spacing = FIRST_SPACING;
    private long version;

    /** True when a grid of {@code iteration} is due: none kept yet, or the spacing has passed. */
    public synchronized boolean due(long iteration) {
        return frames.isEmpty() || iteration - frames.get(frames.size() - 1).iteration() >= spacing;
    }

    /** Keeps {@code grid} if it is due; returns whether it was kept. */
    public synchronized boolean offer(ImageGridSnapshot grid) {
        if (!due(grid.iteration())) {
            return false;
        }
        if (frames.size() == CAPACITY) {
            List<ImageGridSnapshot> kept = new ArrayList<>(CAPACITY / 2);
            for (int i = 0; i < frames.size(); i += 2) {
                kept.add(frames.get(i));
            }
            frames.clear();
            frames.addAll(kept);
            spacing *= 2;
        }
        frames.add(grid);
        version++;
        return true;
    }

    public synchronized void clear() {
        frames.clear();
        spacing = FIRST_SPACING;
        version++;
    }

    /** The grids kept, oldest first. */
    public synchronized List<ImageGridSnapshot> frames() {
        return List.copyOf(frames);
    }

    /** Iterations between kept grids now. */
    public synchronized long spacing() {
        return spacing;
    }

    /** Changes whenever a grid is kept or the timeline is cleared. */
    public synchronized long version() {
        return version;
    }
}
