package io.latentlab.train;

/**
 * Told that a session has news. Called on the session's notifier thread, coalesced: many steps
 * may pass between calls, so read the latest state from the session. A slow listener delays
 * only later notifications, never the training.
 */
@FunctionalInterface
public interface TrainingListener {
    void updated(TrainingSession session);
}
