package io.latentlab.ui;

import io.latentlab.lesson.LessonSetting;

import java.util.List;

/**
 * A workspace as lessons see it: the settings a lesson may give it, and how a lesson starts there.
 * The lessons view model checks every setting of a lesson with {@link LessonSetting#problem} before
 * it changes anything, then calls {@link #whenReady}, {@link #prepare}, applies the settings in the
 * file's order, and calls {@link #finish}. All on the FX thread.
 */
public interface LessonStage {

    /** The name lesson files use: "toy-lab". */
    String workspace();

    /** How messages name it: "the toy lab". */
    String title();

    /** The settings a lesson may give, by name. */
    List<LessonSetting<?>> settings();

    /** Runs {@code start} once the workspace can take settings (its session is up); at once by default. */
    default void whenReady(Runnable start) {
        start.run();
    }

    /** Before the settings: pause, and go back to the defaults a lesson starts from. */
    void prepare();

    /** After the settings: start afresh, and train when {@code play}. */
    void finish(boolean play);
}
