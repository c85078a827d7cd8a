package io.latentlab.train;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kept sample grids: spaced at first every 200 iterations, thinned and spaced out when full, never more than the cap. */
class SampleTimelineTest {

    private static ImageGridSnapshot grid(long iteration) {
        return new ImageGridSnapshot(iteration, 2, 2, 1, false, new float[4], new float[0], new float[0]);
    }

    @Test
    void keepsAGridEverySpacingAndThinsWhenFull() {
        SampleTimeline timeline = new SampleTimeline();
        assertTrue(timeline.offer(grid(0)));
        assertFalse(timeline.offer(grid(150)), "not yet due");
        assertTrue(timeline.offer(grid(200)));
        for (long it = 201; it <= 100_000; it++) {
            timeline.offer(grid(it));
        }
        List<ImageGridSnapshot> frames = timeline.frames();
        assertTrue(frames.size() <= SampleTimeline.CAPACITY, frames.size() + " kept");
        assertEquals(0, frames.get(0).iteration(), "the first grid stays");
        for (int i = 1; i < frames.size(); i++) {
            assertTrue(frames.get(i).iteration() > frames.get(i - 1).iteration(), "oldest first");
        }
        assertTrue(timeline.spacing() > SampleTimeline.FIRST_SPACING, "spaced out: " + timeline.spacing());
        assertTrue(frames.get(frames.size() - 1).iteration() >= 100_000 - timeline.spacing());

        timeline.clear();
        assertEquals(0, timeline.frames().size());
        assertEquals(SampleTimeline.FIRST_SPACING, timeline.spacing());
    }
}
