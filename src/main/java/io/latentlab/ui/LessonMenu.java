package io.latentlab.ui;

import io.latentlab.data.BadInputException;
import io.latentlab.lesson.LessonFile;
import io.latentlab.lesson.Lessons;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Lessons menu: one item per lesson in {@code assets/lessons} (listed off the FX thread when
 * the window opens and each time the menu opens), a lesson file that cannot be read shown greyed
 * with why, and "Open lesson file…" for a lesson from elsewhere.
 */
public final class LessonMenu extends Menu {

    public static final String ID = "lessonsMenu";
    /** An item's id is this prefix and the lesson's id: "lesson-01-ring-mode-collapse". */
    public static final String ITEM_ID_PREFIX = "lesson-";

    private final BackgroundTasks tasks;
    private final Supplier<Optional<Path>> folder;
    private final LessonsViewModel lessons;
    private final Supplier<javafx.stage.Window> owner;
    private final MenuItem openFile = new MenuItem("Open lesson file…");
    private List<Lessons.Listed> shown = List.of();

    /** @param owner the window the file chooser belongs to */
    public LessonMenu(BackgroundTasks tasks, Supplier<Optional<Path>> folder, LessonsViewModel lessons,
                      Supplier<javafx.stage.Window> owner) {
        super("Lessons");
        setId(ID);
        this.tasks = tasks;
        this.folder = folder;
        this.lessons = lessons;
        this.owner = owner;
        openFile.setId("openLessonFile");
        openFile.setOnAction(e -> chooseFile());
        getItems().setAll(note("Looking for lessons…"), new SeparatorMenuItem(), openFile);
        setOnShowing(e -> refresh());
        refresh();
    }

    /** Lists the lessons folder again in the background. */
    public void refresh() {
        tasks.run(() -> Lessons.list(folder.get().orElseThrow(() -> new BadInputException(Lessons.notFound()))),
                this::show, failure -> showItems(List.of(note(UserMessages.failure("list the lessons", failure)))));
    }

    private void show(List<Lessons.Listed> listed) {
        if (listed.equals(shown) && !listed.isEmpty()) {
            return;
        }
        shown = listed;
        List<MenuItem> items = new ArrayList<>();
        for (Lessons.Listed one : listed) {
            items.add(one.readable() ? item(one) : note(one.file().getFileName() + ": " + one.problem()));
        }
        showItems(items.isEmpty() ? List.of(note("The lessons folder holds no " + LessonFile.SUFFIX + " files")) : items);
    }

    private MenuItem item(Lessons.Listed listed) {
        var lesson = listed.lesson();
        MenuItem item = new MenuItem(lesson.title() + (lesson.summary().isEmpty() ? "" : "  —  " + lesson.summary()));
        item.setId(ITEM_ID_PREFIX + lesson.id());
        item.setMnemonicParsing(false);
        item.setOnAction(e -> lessons.start(lesson));
        return item;
    }

    private void showItems(List<MenuItem> lessonItems) {
        List<MenuItem> all = new ArrayList<>(lessonItems);
        all.add(new SeparatorMenuItem());
        all.add(openFile);
        getItems().setAll(all);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lesson file");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons (*" + LessonFile.SUFFIX + ")", "*" + LessonFile.SUFFIX));
        folder.get().ifPresent(dir -> chooser.setInitialDirectory(dir.toFile()));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            lessons.open(file.toPath());
        }
    }

    private static MenuItem note(String line) {
        MenuItem item = new MenuItem(line);
        item.setMnemonicParsing(false);
        item.setDisable(true);
        return item;
    }
}
