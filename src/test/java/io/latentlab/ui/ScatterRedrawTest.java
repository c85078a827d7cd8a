package io.latentlab.ui;

import io.latentlab.train.FieldSnapshot;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static io.latentlab.ui.FxReads.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What keeps the toy lab smooth with every layer on: the scatter's layers are redrawn only when
 * their snapshot changes, not when the points move, and the heatmap is an image exactly the plot's
 * size in pixels, drawn one to one at whole-pixel positions, so nothing is resampled each frame.
 */
@ExtendWith(ApplicationExtension.class)
class ScatterRedrawTest {

    private ScatterPlot scatter;

    @Start
    void start(Stage stage) {
        scatter = new ScatterPlot();
        scatter.showManifoldProperty().set(true);
        scatter.showArrowsProperty().set(true);
        stage.setScene(new Scene(scatter, 603.5, 597.25));
        stage.show();
    }

    private static FieldSnapshot fields(long iteration) {
        int grid = 8;
        float[] d = new float[grid * grid];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) i / d.length;
        }
        int lines = 3;
        float[] manifold = new float[2 * lines * lines];
        for (int i = 0; i < manifold.length; i++) {
            manifold[i] = (i % 5) - 2f;
        }
        return new FieldSnapshot(iteration, ScatterPlot.RANGE, grid, d, true, lines, manifold,
                new float[] {0, 0, 1, 1}, new float[] {1, 0, 0, -1});
    }

    @Test
    void layersRedrawOnlyWhenTheirSnapshotChanges() {
        fx(() -> {
            scatter.fieldsProperty().set(fields(1));
            return null;
        });
        int painted = settledPaints();
        for (int frame = 0; frame < 5; frame++) {
            float[] points = {frame * 0.1f, 0, -1, 1};
            fx(() -> {
                scatter.realPointsProperty().set(points);
                scatter.generatedPointsProperty().set(points.clone());
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(painted, (int) fx(scatter::layerPaints), "moving points redrew no layer");

        fx(() -> {
            scatter.fieldsProperty().set(fields(2));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(painted + 3, (int) fx(scatter::layerPaints), "a new snapshot redrew heatmap, manifold and arrows once each");
    }

    /** The paint count once layout has settled: a late resize (a loaded machine) redraws at the new size. */
    private int settledPaints() {
        int before = -1;
        for (int tries = 0; tries < 40; tries++) {
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            int now = fx(scatter::layerPaints);
            if (now == before) {
                return now;
            }
            before = now;
        }
        return before;
    }

    @Test
    void heatmapCoversThePlotOnePixelPerPixel() {
        fx(() -> {
            scatter.fieldsProperty().set(fields(1));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds plot = fx(scatter::plotBounds);
        assertEquals(Math.rint(plot.getMinX()), plot.getMinX(), "whole-pixel left edge");
        assertEquals(Math.rint(plot.getMinY()), plot.getMinY(), "whole-pixel top edge");
        assertEquals(Math.rint(plot.getWidth()), plot.getWidth(), "whole-pixel side");
        double imageWidth = fx(() -> ((DiscriminatorHeatmap) scatter.getChildrenUnmodifiable().get(1)).getImage().getWidth());
        assertEquals(plot.getWidth(), imageWidth, "the image is the plot's size: drawn without scaling");
    }

    @Test
    void heatmapRasterInterpolatesBetweenCellCentres() {
        int[] argb = fx(() -> {
            HeatmapRaster raster = new HeatmapRaster();
            WritableImage image = raster.paint(new int[] {0xff000000, 0xffffffff}, 2, 1, 4, 1);
            PixelReader reader = image.getPixelReader();
            int[] out = new int[4];
            for (int x = 0; x < 4; x++) {
                out[x] = reader.getArgb(x, 0);
            }
            return out;
        });
        // Cell centres at pixels 0.5 and 2.5 of 4: the outer pixels are the cells, the inner ¼ and ¾ of the way.
        assertEquals(0, argb[0] & 0xff);
        assertEquals(64, argb[1] & 0xff, 1);
        assertEquals(191, argb[2] & 0xff, 1);
        assertEquals(255, argb[3] & 0xff);
        assertEquals(0xff, argb[1] >>> 24, "opaque stays opaque");
    }
}
