package io.latentlab.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slider-to-screen latencies: the oldest waiting change counts, and the frame the answer reached the screen in. */
class SliderLatencyTest {

    @Test
    void countsTheFrameEachAnswerReachesTheScreenIn() {
        SliderLatency latency = new SliderLatency();
        latency.changed(1, 0);
        latency.pulse();                          // the first frame after change 1 shows its answer
        latency.shown(1, 5_000_000, 0.2);
        latency.changed(2, 10_000_000);
        latency.changed(3, 12_000_000);
        latency.pulse();                          // the answer to 2 and 3 misses this frame
        latency.pulse();
        latency.shown(3, 40_000_000, 0.3);        // answers 2 as well: 2 waited longest, 30 ms
        assertEquals(2, latency.count());
        assertEquals(0.5, latency.nextFrameShare(), 1e-12);
        assertEquals(30.0, latency.p99(), 1e-9);
        assertEquals(30.0, latency.median(), 1e-9); // of {5, 30}: the upper middle
        assertEquals(0.3, latency.lastDecodeMillis(), 1e-12);
        assertTrue(latency.describe().endsWith("next frame 50%"), latency.describe());
    }
}
