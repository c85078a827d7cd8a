package io.latentlab.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how smooth the window is: the longest gap between two consecutive frames (pulses)
 * since the last {@link #reset()}. A frozen FX thread shows up here as a long gap, so this is
 * the figure to watch while training runs.
 */
public final class PulseMonitor extends AnimationTimer {

    private long lastFrameNs;
    private long maxGapNs;
    private long frames;
    private java.util.function.LongConsumer onFrame;

    @Override
    public void handle(long now) {
        if (lastFrameNs != 0) {
            maxGapNs = Math.max(maxGapNs, now - lastFrameNs);
        }
        lastFrameNs = now;
        frames++;
        if (onFrame != null) {
            onFrame.accept(now);
        }
    }

    /** Also hands every frame's time ({@link System#nanoTime()} terms) to {@code listener}; null for none. FX thread. */
    public void setOnFrame(java.util.function.LongConsumer listener) {
        onFrame = listener;
    }

    /** Forgets what was measured; the next frame starts a new measurement. FX thread only. */
    public void reset() {
        lastFrameNs = 0;
        maxGapNs = 0;
        frames = 0;
    }

    /** The longest gap between two frames since the last reset, in milliseconds. FX thread only. */
    public double maxGapMillis() {
        return maxGapNs / 1e6;
    }

    /** Frames seen since the last reset. FX thread only. */
    public long frames() {
        return frames;
    }
}
