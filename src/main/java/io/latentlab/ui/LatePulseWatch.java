package io.latentlab.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Finds what holds the FX thread up when a frame is late: a watchdog thread looks every few
 * milliseconds at the time of the last pulse and, while the next one is overdue (longer than the
 * threshold since), records the FX thread's stack. Stacks that come back often are what blocks the
 * window. Told of each pulse by {@link #pulse(long)} on the FX thread.
 */
public final class LatePulseWatch implements AutoCloseable {

    private static final long LOOK_EVERY_MS = 4;
    private static final int FRAMES_KEPT = 14;

    private final long thresholdNs;
    private final Thread watcher;
    private final Map<String, AtomicInteger> stacks = new ConcurrentHashMap<>();
    private final AtomicInteger samples = new AtomicInteger();
    private volatile Thread fxThread;
    private volatile long lastPulseNs;
    private volatile boolean closed;

    /** Records the FX thread's stack whenever no pulse came for {@code thresholdMillis}. */
    public LatePulseWatch(double thresholdMillis) {
        this.thresholdNs = (long) (thresholdMillis * 1e6);
        this.watcher = new Thread(this::watch, "latentlab-pulse-watch");
        this.watcher.setDaemon(true);
        this.watcher.start();
    }

    /** A pulse at {@code nowNs} (the {@link System#nanoTime()} of the frame). FX thread. */
    public void pulse(long nowNs) {
        fxThread = Thread.currentThread();
        lastPulseNs = nowNs;
    }

    /** How many stacks were recorded in all. */
    public int samples() {
        return samples.get();
    }

    /** The {@code limit} stacks recorded most often, each with its count, most frequent first. */
    public List<Map.Entry<String, Integer>> commonest(int limit) {
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        stacks.forEach((stack, n) -> all.add(Map.entry(stack, n.get())));
        all.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
    }

    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(LOOK_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            Thread fx = fxThread;
            long last = lastPulseNs;
            if (fx != null && last != 0 && System.nanoTime() - last > thresholdNs) {
                record(fx.getStackTrace());
            }
        }
    }

    private void record(StackTraceElement[] stack) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(FRAMES_KEPT, stack.length); i++) {
            text.append(i == 0 ? "" : " < ").append(stack[i].getClassName().replaceAll(".*\\.", ""))
                    .append('.').append(stack[i].getMethodName()).append(':').append(stack[i].getLineNumber());
        }
        stacks.computeIfAbsent(text.toString(), k -> new AtomicInteger()).incrementAndGet();
        samples.incrementAndGet();
    }
}
