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
    /** The longest wait for a lesson to settle (train its steps, open its model): a cap, not a speed test. */
    static final long SETTLE_S = 120;
    private static final Path SHOTS = Path.of("target", "screenshots", "lessons");

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
            WaitForAsyncUtils.waitFor(SETTLE_S, java.util.concurrent.TimeUnit.SECONDS, settled(lesson, robot)); // training on a loaded machine is slow
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

    @Test
    void imageLessonsTakeOnlyPretrainedFileNamesAndKnownPanels(FxRobot robot) throws Exception {
        String[][] cases = {
            {"images", "\"pretrained\": \"../pretrained/mnist-vae-20.lab.zip\"", "'pretrained' cannot be \"../pretrained/mnist-vae-20.lab.zip\": it must be one of "},
            {"images", "\"beta\": 20", "'beta' cannot be \"20\": it must be a number from 0.01 to 10"},
            {"explore", "\"model\": \"/tmp/evil.lab.zip\"", "'model' cannot be \"/tmp/evil.lab.zip\": it must be one of fashion-mnist-vae-20.lab.zip, "},
            {"explore", "\"panel\": \"histogram\"", "'panel' cannot be \"histogram\": it must be one of arithmetic, interpolation, map, neighbours, sliders"},
            {"explore", "\"map-grid\": 12", "'map-grid' cannot be \"12\": it must be one of 10, 15, 20"}};
        for (String[] one : cases) {
            Lesson bad = LessonFile.parse("99-bad.lesson.json", ("{\"format\": 1, \"title\": \"Bad\", \"workspace\": \"" + one[0]
                    + "\", \"explanation\": \"x\", \"settings\": {" + one[1] + "}}").getBytes(StandardCharsets.UTF_8));
            robot.interact(() -> app.window().lessons().start(bad));
            String problem = fx(() -> robot.lookup("#lessonProblem").queryAs(Label.class).getText());
            assertTrue(problem.startsWith("lesson file 99-bad.lesson.json: " + one[2]), problem);
        }
        assertEquals("toyLabTab", fx(() -> selectedTab(robot)), "a refused lesson leaves the window as it was");
    }

    /** The tab each workspace's lessons bring to the front. */
    private static final Map<String, String> TAB_IDS = Map.of("toy-lab", "toyLabTab", "vae", "vaeTab",
            "mixtures", "emTab", "images", "imagesTab", "explore", "exploreTab", "three-models", "threeModelsTab");

    /** When a lesson's workspace has done enough to be worth a screenshot. */
    private Callable<Boolean> settled(Lesson lesson, FxRobot robot) {
        return switch (lesson.workspace()) {
            case "toy-lab" -> () -> fx(() -> (lesson.play() ? app.lab().iterationProperty().get() >= toyLabIterations(app.lab())
                    : ((LossChart) app.window().lookup("#lossChart")).discriminatorPointCount() == 0) // paused: the last run's chart cleared
                    && densityShown(app.lab()) && shows(lesson));
            case "mixtures" -> () -> fx(() -> {
                EmPlayerViewModel em = app.window().emPlayerViewModel();
                return em.frameProperty().get() != null && em.frameProperty().get().setup().equals(em.setupProperty().get())
                        && (lesson.play() || em.frameProperty().get().iteration() == 0);
            });
            case "images" -> imagesSettled(lesson);
            case "explore" -> exploreSettled(lesson, robot);
            case "three-models" -> () -> fx(() -> {
                ThreeModelsViewModel models = app.window().threeModelsViewModel();
                return !models.busyProperty().get() && models.modelsProperty().get() != null
                        && models.modelsProperty().get().settings().equals(models.settingsProperty().get());
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

    /** The Images tab: its lesson's pretrained model opened (it says so), the samples drawn, and when it plays, {@value #IMAGE_STEPS} steps trained. */
    private Callable<Boolean> imagesSettled(Lesson lesson) {
        ImageLabViewModel images = app.window().imageLabViewModel();
        String pretrained = lesson.settings().get("pretrained");
        long[] from = {-1};
        return () -> fx(() -> {
            if (images.liveGridProperty().get() == null
                    || pretrained != null && from[0] < 0 && !images.messageProperty().get().startsWith("Opened " + pretrained)) {
                return false;
            }
            if (from[0] < 0) {
                from[0] = images.iterationProperty().get();
            }
            return !lesson.play() || images.iterationProperty().get() >= from[0] + IMAGE_STEPS;
        });
    }

    static final int IMAGE_STEPS = 200;

    /** The Explore tab: its lesson's model explored, its panel in front and showing pictures. */
    private Callable<Boolean> exploreSettled(Lesson lesson, FxRobot robot) {
        String model = lesson.settings().getOrDefault("model", ExploreLessonStage.DEFAULT_MODEL);
        String panel = ExploreLessonStage.PANELS.get(lesson.settings().getOrDefault("panel", "sliders"));
        return () -> fx(() -> {
            var explored = app.window().exploreViewModel().model();
            TabPane panels = robot.lookup("#explorePanels").queryAs(TabPane.class);
            var tab = panels == null ? null : panels.getSelectionModel().getSelectedItem();
            return explored != null && explored.name().equals(model) && tab != null && panel.equals(tab.getText())
                    && tab.getContent() instanceof ExplorePanel shown && shown.shown() != null;
        });
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
