package io.latentlab.ui;

import io.latentlab.lesson.Lesson;
import io.latentlab.lesson.LessonFile;
import io.latentlab.lesson.Lessons;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bundled lesson, opened from the Lessons menu as a teacher would, in the real window at a
 * projector's 1280×720: its workspace comes to the front set up as the lesson says, the lesson pane
 * shows its title and formula, and (for a lesson that plays) training runs. A screenshot of each goes
 * to {@code target/screenshots/lessons/}, and also to the folder named by the system property
 * {@value #DOCS_PROPERTY} (the teacher's guide's: {@code docs/lessons}) when it is set.
 */
@ExtendWith(ApplicationExtension.class)
class LessonTourTest {

    static final String DOCS_PROPERTY = "latentlab.lessonShots";
    private static final Path SHOTS = Path.of("target", "screenshots", "lessons");
    private static final long SETTLE_S = 120;

    private OpenToyLab app;

    @Start
    void start(Stage stage) {
        app = OpenToyLab.show(stage, 1280, 720);
    }

    @Stop
    void stop() {
        app.window().imageLabViewModel().close();
        app.window().exploreViewModel().close();
        app.close();
    }

    @Test
    void everyLessonOpensFromTheMenuAndRuns(FxRobot robot) throws Exception {
        List<Lessons.Listed> listed = Lessons.list(Lessons.locate().orElseThrow());
        assertFalse(listed.isEmpty());
        for (Lessons.Listed one : listed) {
            assertTrue(one.readable(), one.problem());
            Lesson lesson = one.lesson();
            waitUntil(() -> fx(() -> menuItem(robot, lesson) != null));
            long before = fx(() -> app.lab().iterationProperty().get());
            robot.interact(() -> menuItem(robot, lesson).fire());
            waitUntil(() -> fx(() -> lesson.title().equals(robot.lookup("#lessonTitle").queryAs(Label.class).getText())));
            waitUntil(() -> fx(() -> selectedTab(robot).equals(TAB_IDS.get(lesson.workspace()))));
            if (lesson.workspace().equals("toy-lab") && before > 0) { // the previous lesson's run is not this one's
                WaitForAsyncUtils.waitFor(SETTLE_S, java.util.concurrent.TimeUnit.SECONDS,
                        () -> fx(() -> app.lab().iterationProperty().get() < before));
            }
            // training on a shared, busy machine can be slow: give the lesson time to settle
            WaitForAsyncUtils.waitFor(SETTLE_S, java.util.concurrent.TimeUnit.SECONDS, settled(lesson));
            assertEquals(lesson.formula(), fx(() -> robot.lookup("#lessonFormula").queryAs(Label.class).getText()));
            screenshot(lesson.id() + ".png");
        }
    }

    @Test
    void aLessonWithAWrongSettingChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
        waitUntil(() -> fx(() -> app.lab().readyProperty().get()));
        String before = fx(() -> app.lab().dataNameProperty().get());
        Lesson bad = LessonFile.parse("09-typo.lesson.json", """
                {"format": 1, "title": "Typo", "workspace": "toy-lab", "explanation": "x",
                 "settings": {"data": "moons", "generator-lr": 7}}""".getBytes(StandardCharsets.UTF_8));
        robot.interact(() -> app.window().lessons().start(bad));
        String problem = fx(() -> robot.lookup("#lessonProblem").queryAs(Label.class).getText());
        assertEquals("lesson file 09-typo.lesson.json: 'generator-lr' cannot be \"7\": it must be a number from 0.000001 to 1", problem);
        assertEquals(before, fx(() -> app.lab().dataNameProperty().get()));
        assertTrue(fx(() -> robot.lookup("#lessonPane").query().isVisible()));
        screenshot("error-typo.png");
    }

    /** The tab each workspace's lessons bring to the front. */
    private static final Map<String, String> TAB_IDS = Map.of("toy-lab", "toyLabTab", "vae", "vaeTab",
            "mixtures", "emTab", "images", "imagesTab", "explore", "exploreTab");

    /** When a lesson's workspace has done enough to be worth a screenshot. */
    private Callable<Boolean> settled(Lesson lesson) {
        return switch (lesson.workspace()) {
            case "toy-lab" -> () -> fx(() -> (lesson.play() ? app.lab().iterationProperty().get() >= toyLabIterations(app.lab())
                    : ((LossChart) app.window().lookup("#lossChart")).discriminatorPointCount() == 0) // paused: the last run's chart cleared
                    && densityShown(app.lab()) && shows(lesson));
            case "mixtures" -> () -> fx(() -> {
                EmPlayerViewModel em = app.window().emPlayerViewModel();
                return em.frameProperty().get() != null && em.frameProperty().get().setup().equals(em.setupProperty().get())
                        && (lesson.play() || em.frameProperty().get().iteration() == 0);
            });
            default -> () -> true;
        };
    }

    /** What a lesson is there to show, where the window can tell: lesson 03's collapse onto one blob by iteration 600. */
    private boolean shows(Lesson lesson) {
        return !lesson.id().equals("03-ring-mode-collapse")
                || (app.lab().iterationProperty().get() >= 600 && "1 / 8".equals(app.lab().densities().modesTextProperty().get()));
    }

    /** 400 iterations; 200 when D takes several steps per G step (each iteration costs several), enough for a collapse or a stall to show. */
    private static long toyLabIterations(ToyLabViewModel lab) {
        return lab.networks().discriminatorStepsProperty().get() > 1 ? 200 : 400;
    }

    /** With a density overlay on, its fit with the estimator chosen now is on the plot. */
    private static boolean densityShown(ToyLabViewModel lab) {
        DensityOverlayModel densities = lab.densities();
        boolean on = densities.showRealProperty().get() || densities.showGeneratedProperty().get();
        return !on || (densities.overlayProperty().get() != null
                && densities.overlayProperty().get().estimator().equals(densities.estimatorProperty().get()));
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, Lesson lesson) {
        javafx.scene.control.Menu menu = null;
        for (javafx.scene.control.Menu top : robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()) {
            if (LessonMenu.ID.equals(top.getId())) {
                menu = top;
            }
        }
        return menu == null ? null : menu.getItems().stream()
                .filter(item -> (LessonMenu.ITEM_ID_PREFIX + lesson.id()).equals(item.getId())).findFirst().orElse(null);
    }

    private static String selectedTab(FxRobot robot) {
        return robot.lookup("#workspaces").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId();
    }

    private void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = fx(() -> app.window().getScene().getRoot().snapshot(null, null));
        Files.createDirectories(SHOTS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
        String docs = System.getProperty(DOCS_PROPERTY);
        if (docs != null && !docs.isBlank() && !name.startsWith("error-")) {
            Files.createDirectories(Path.of(docs));
            Files.copy(SHOTS.resolve(name), Path.of(docs, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
