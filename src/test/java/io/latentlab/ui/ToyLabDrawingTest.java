package io.latentlab.ui;

import io.latentlab.data.DrawnDistribution;
import io.latentlab.nd4j.Nd4jRuntime;
import io.latentlab.train.TrainingSession;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.iteration;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Draw your own" in the real main window: pick it in the data picker, paint two strokes by
 * dragging on the scatter, undo one, train the GAN on the drawing, clear it; an empty drawing
 * gives the one-line error and training stays put. Writes {@code target/screenshots/toylab-drawing.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ToyLabDrawingTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    private OpenToyLab open;
    private TrainingSession session;
    private MainWindow window;
    private ToyLabViewModel lab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        open = OpenToyLab.show(stage, 1280, 860);
        session = open.session();
        lab = open.lab();
        window = open.window();
    }

    @Stop
    void stop() {
        open.close();
    }

    @Test
    void paintUndoTrainAndClear(FxRobot robot) throws Exception {
        waitUntil(() -> "Ready".equals(text(robot, "#stateLabel")));
        pick(robot, "Draw your own (2-D)");
        assertTrue(fx(() -> lab.drawingModeProperty().get()));
        assertEquals(DrawnDistribution.NAME, fx(() -> lab.dataNameProperty().get()));
        assertTrue(fx(() -> robot.lookup(".drawing-controls").query().isVisible()));
        ScatterPlot scatter = robot.lookup("#scatter").queryAs(ScatterPlot.class);
        assertNull(fx(() -> scatter.generatedPointsProperty().get()), "the ring GAN's points are gone");

        // an empty drawing: one clear line, nothing trains
        robot.clickOn("#trainOnDrawing");
        assertEquals(DrawnDistribution.EMPTY_MESSAGE, text(robot, "#messageLabel"));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DrawnDistribution.EMPTY_MESSAGE, text(robot, "#messageLabel"));
        assertNotEquals("Training", text(robot, "#stateLabel"));

        DrawingViewModel drawing = lab.drawing();
        stroke(robot, scatter, -1.2, 1.5, 1.2, 1.5);
        int first = fx(() -> drawing.countProperty().get());
        assertTrue(first >= DrawingViewModel.POINTS_PER_EVENT * 2, "a drag paints several dabs: " + first);
        stroke(robot, scatter, 0, -1.5, 0, 1);
        int both = fx(() -> drawing.countProperty().get());
        assertTrue(both > first, first + " then " + both);
        assertEquals(2, fx(() -> drawing.strokeCountProperty().get()));
        assertEquals(2 * both, fx(() -> scatter.realPointsProperty().get().length), "the plot shows the drawing");
        for (float v : fx(() -> scatter.realPointsProperty().get())) {
            assertTrue(Math.abs(v) <= ScatterPlot.RANGE, "painted inside the plot: " + v);
        }

        robot.clickOn("#undoStroke");
        assertEquals(first, fx(() -> drawing.countProperty().get()), "undo removes the last stroke");
        assertEquals(1, fx(() -> drawing.strokeCountProperty().get()));

        robot.clickOn("#trainOnDrawing");
        waitUntil(() -> iteration(robot) > 100);
        assertTrue(text(robot, "#messageLabel").startsWith("Rebuilt the GAN on your drawing"), text(robot, "#messageLabel"));
        waitUntil(() -> fx(() -> scatter.generatedPointsProperty().get()) != null);
        robot.clickOn("#playButton");
        waitUntil(() -> "Paused".equals(text(robot, "#stateLabel")));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("toylab-drawing.png");

        robot.clickOn("#clearDrawing");
        assertEquals(0, fx(() -> drawing.countProperty().get()));
        assertEquals(0, fx(() -> scatter.realPointsProperty().get().length));
        robot.clickOn("#playButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DrawnDistribution.EMPTY_MESSAGE, text(robot, "#messageLabel"), "cleared: nothing to train on");
        assertEquals("Paused", text(robot, "#stateLabel"));

        pick(robot, "Ring of 8 Gaussians (2-D)");
        waitUntil(() -> iteration(robot) == 0 && "Ready".equals(text(robot, "#stateLabel")));
        assertTrue(!fx(() -> lab.drawingModeProperty().get()) && !fx(() -> robot.lookup(".drawing-controls").query().isVisible()));
    }

    /** A drag across the plot from (x0, y0) to (x1, y1), in data units. */
    private static void stroke(FxRobot robot, ScatterPlot scatter, double x0, double y0, double x1, double y1) {
        Point2D from = fx(() -> screen(scatter, x0, y0));
        Point2D to = fx(() -> screen(scatter, x1, y1));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Point2D screen(ScatterPlot scatter, double x, double y) {
        Bounds b = scatter.plotBounds();
        double r = ScatterPlot.RANGE;
        return scatter.localToScreen(b.getMinX() + (x + r) / (2 * r) * b.getWidth(),
                b.getMinY() + (r - y) / (2 * r) * b.getHeight());
    }

    private void pick(FxRobot robot, String choice) {
        robot.clickOn("#dataPicker");
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup((Node n) -> n instanceof ListCell<?> c && choice.equals(c.getText())
                && c.getScene() != null && c.getScene() != window.getScene()).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        WritableImage image = fx(() -> window.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SHOTS.resolve(name).toFile());
    }
}
