package io.latentlab.ui;

import io.latentlab.train.ImageGridSnapshot;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Locale;

/**
 * Which sample grid the Images tab shows: the live one, or one the session kept earlier when
 * a person drags the scrubber back (the lecture's "output through time"), with the iteration
 * in words. Scrubbed back, it stays on that grid while training goes on; at the right end it
 * follows the live grid again. For the FX thread.
 */
final class SamplesThroughTime {

    private final ReadOnlyObjectWrapper<ImageGridSnapshot> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyIntegerWrapper frameCount = new ReadOnlyIntegerWrapper(this, "frameCount");
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(this, "following", true);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private ImageGridSnapshot live;
    private List<ImageGridSnapshot> frames = List.of();
    private int index = -1;

    /** The session's newest grid (null while a model is being built). */
    void live(ImageGridSnapshot grid) {
        live = grid;
        if (following.get()) {
            showLive();
        }
    }

    /** The grids the session keeps now, oldest first. */
    void frames(List<ImageGridSnapshot> kept) {
        frames = List.copyOf(kept);
        frameCount.set(frames.size());
        if (!following.get()) {
            scrubTo(Math.min(index, frames.size() - 1));
        }
    }

    /** Back to the live grid (a new model). */
    void follow() {
        index = -1;
        following.set(true);
        showLive();
    }

    /** Shows kept grid {@code at} (0 the oldest); at {@link #frameCountProperty()} or past it, the live one. */
    void scrubTo(int at) {
        if (frames.isEmpty() || at >= frames.size()) {
            follow();
            return;
        }
        index = Math.max(0, at);
        following.set(false);
        ImageGridSnapshot frame = frames.get(index);
        shown.set(frame);
        text.set(String.format(Locale.ROOT, "iteration %,d (kept grid %d of %d)", frame.iteration(), index + 1,
                frames.size()));
    }

    private void showLive() {
        shown.set(live);
        text.set(live == null ? "" : String.format(Locale.ROOT, "live, iteration %,d", live.iteration()));
    }

    /** The kept grids, oldest first, as the scrubber steps through them. */
    List<ImageGridSnapshot> frames() {
        return frames;
    }

    ReadOnlyObjectProperty<ImageGridSnapshot> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty frameCountProperty() {
        return frameCount.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
