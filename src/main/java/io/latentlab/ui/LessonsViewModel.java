package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.lesson.Lesson;
import io.latentlab.lesson.LessonFile;
import io.latentlab.lesson.LessonSetting;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens lessons: reads the file off the FX thread, checks that its workspace exists and that every
 * setting is one that workspace takes with a value it allows (all before anything changes), then
 * brings the workspace to the front and sets it up. The lesson open now, and the one line saying
 * why the last one could not be opened, are properties the lesson pane shows.
 */
public final class LessonsViewModel {

    private final BackgroundTasks tasks;
    private final Consumer<String> showWorkspace;
    private final Map<String, LessonStage> stages = new LinkedHashMap<>();
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param showWorkspace brings a workspace (by its lesson name, e.g. "toy-lab") to the front
     */
    public LessonsViewModel(BackgroundTasks tasks, Consumer<String> showWorkspace) {
        this.tasks = tasks;
        this.showWorkspace = showWorkspace;
    }

    /** Lets lessons run in {@code stage}'s workspace. */
    public void addStage(LessonStage stage) {
        stages.put(stage.workspace(), stage);
    }

    /** Reads {@code file} in the background and starts its lesson, or says why it cannot. */
    public void open(Path file) {
        tasks.run(() -> LessonFile.read(file), this::start,
                failure -> showProblem(UserMessages.failure("open the lesson " + file.getFileName(), failure)));
    }

    /** Starts {@code lesson}, or says why it cannot: nothing changes unless all of it can be applied. */
    public void start(Lesson lesson) {
        LessonStage stage = stages.get(lesson.workspace());
        try {
            if (stage == null) {
                throw new BadInputException("lesson file " + lesson.file() + ": there is no workspace \"" + lesson.workspace()
                        + "\"; use one of " + String.join(", ", stages.keySet()));
            }
            check(lesson, stage);
        } catch (BadInputException e) {
            showProblem(e.getMessage());
            return;
        }
        problem.set("");
        current.set(lesson);
        showWorkspace.accept(lesson.workspace());
        stage.whenReady(() -> {
            if (current.get() != lesson) {
                return; // another lesson was opened while this one waited
            }
            Map<String, LessonSetting<?>> known = byName(stage);
            stage.prepare();
            lesson.settings().forEach((name, value) -> known.get(name).applyText(value));
            stage.finish(lesson.play());
        });
    }

    /** Sets the lesson up again from its start. */
    public void restart() {
        if (current.get() != null) {
            start(current.get());
        }
    }

    /** Closes the lesson pane; the workspace stays as it is. */
    public void close() {
        current.set(null);
        problem.set("");
    }

    /** Says, in the lesson pane, why a lesson could not be opened. */
    public void showProblem(String line) {
        problem.set(line);
    }

    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Why the last lesson could not be opened, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private static void check(Lesson lesson, LessonStage stage) {
        Map<String, LessonSetting<?>> known = byName(stage);
        for (Map.Entry<String, String> setting : lesson.settings().entrySet()) {
            LessonSetting<?> kind = known.get(setting.getKey());
            if (kind == null) {
                throw new BadInputException("lesson file " + lesson.file() + ": " + stage.title() + " has no setting \""
                        + setting.getKey() + "\"; use one of " + String.join(", ", known.keySet()));
            }
            String wrong = kind.problem(setting.getValue());
            if (wrong != null) {
                throw new BadInputException("lesson file " + lesson.file() + ": " + wrong);
            }
        }
    }

    private static Map<String, LessonSetting<?>> byName(LessonStage stage) {
        Map<String, LessonSetting<?>> known = new LinkedHashMap<>();
        stage.settings().forEach(setting -> known.put(setting.name(), setting));
        return known;
    }
}
