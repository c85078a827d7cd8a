package io.latentlab.ui;

import io.latentlab.explore.LatentModel;
import io.latentlab.explore.Neighbour;
import io.latentlab.nd4j.Nd4jRuntime;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

import java.util.List;

import static io.latentlab.ui.FxReads.fx;
import static io.latentlab.ui.FxReads.text;
import static io.latentlab.ui.FxReads.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Map panel shows the 2-D VAE's manifold beside its encoded test set, decodes the point
 * clicked, and redraws the 20-latent VAE's manifold on other axes; the Neighbours panel finds the
 * nearest real images of a sample clicked, nearest first.
 */
@ExtendWith(ApplicationExtension.class)
class ExploreMapTest {

    private OpenExploreTab tab;

    @BeforeAll
    static void backend() {
        Nd4jRuntime.init();
    }

    @Start
    void start(Stage stage) {
        tab = OpenExploreTab.show(stage);
    }

    @Stop
    void stop() {
        tab.close();
    }

    @Test
    void mapsTheTwoDimensionalVaeDecodesAClickAndFollowsChosenAxes(FxRobot robot) throws Exception {
        tab.select(robot);
        tab.open("mnist-vae-2.lab.zip");
        tab.panel(robot, "Map");
        LatentMapPanel panel = fx(() -> robot.lookup("#exploreMap").queryAs(LatentMapPanel.class));
        LatentMapViewModel map = panel.viewModel();
        waitUntil(() -> fx(() -> panel.scatter().pointCount() == 10_000 && map.mapProperty().get() != null
                && map.mapProperty().get().model().name().equals("mnist-vae-2.lab.zip")));
        assertEquals(10, fx(() -> panel.scatter().colourCount()));
        LatentMapViewModel.Shown shown = fx(() -> map.mapProperty().get());
        assertEquals(15 * 15 * 784, shown.pixels().length);
        assertNotNull(fx(() -> robot.lookup("#mapManifoldTiles").queryAs(ImageTiles.class).image()));
        assertEquals(10, fx(() -> robot.lookup("#mapLegend").queryAs(javafx.scene.layout.VBox.class).getChildren().size()));

        Point2D target = fx(() -> {
            double[] at = panel.scatter().toScreen(1.0, -0.5);
            return panel.scatter().localToScreen(at[0], at[1]);
        });
        robot.clickOn(target);
        waitUntil(() -> fx(() -> map.pickedProperty().get()) != null);
        LatentMapViewModel.Point picked = fx(() -> map.pickedProperty().get());
        double pixel = 2 * 3.0 / fx(() -> Math.min(panel.scatter().getWidth(), panel.scatter().getHeight()));
        assertEquals(1.0, picked.a(), 2 * pixel);
        assertEquals(-0.5, picked.b(), 2 * pixel);
        LatentModel model = tab.model();
        float[] z = {(float) picked.a(), (float) picked.b()};
        assertArrayEquals(z, picked.z(), 1e-6f);
        assertArrayEquals(model.decode(z, null, 1), picked.pixels(), 0f);
        assertTrue(text(robot, "#mapCoordinates").startsWith("z₁ = 1.0"), text(robot, "#mapCoordinates"));
        assertEquals(1, fx(() -> robot.lookup("#mapManifoldTiles").queryAs(ImageTiles.class).marks().size()));
        tab.screenshot("explore-map-vae2.png");

        // a click on the manifold's top-left tile decodes its grid point (−3, 3)
        MapManifold manifold = fx(() -> robot.lookup("#mapManifold").queryAs(MapManifold.class));
        robot.clickOn(fx(() -> {
            double[] at = manifold.toScreen(-3, 3);
            return manifold.localToScreen(at[0], at[1]);
        }));
        waitUntil(() -> fx(() -> map.pickedProperty().get().a() == -3.0 && map.pickedProperty().get().b() == 3.0));
        assertArrayEquals(model.decode(new float[] {-3, 3}, null, 1), fx(() -> map.pickedProperty().get().pixels()), 0f);

        tab.open("mnist-vae-20.lab.zip");
        waitUntil(() -> fx(() -> map.mapProperty().get() != null && map.mapProperty().get().model().name().equals("mnist-vae-20.lab.zip")
                && panel.scatter().pointCount() == 10_000));
        float[] before = fx(() -> map.mapProperty().get().pixels());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> x = robot.lookup("#mapAxisX").queryAs(ComboBox.class);
            x.setValue(6);
        });
        waitUntil(() -> fx(() -> "7,2".equals(map.mapProperty().get().recipe().get("axes"))));
        float[] after = fx(() -> map.mapProperty().get().pixels());
        assertFalse(java.util.Arrays.equals(before, after), "the manifold on z₇, z₂ is another picture than on z₁, z₂");
        assertEquals("z₇", fx(() -> map.mapProperty().get().xName()));
        tab.screenshot("explore-map-vae20.png");

        // a GAN has no encoder: the manifold alone, on seeded random directions through a prior draw; New directions draws others
        tab.open("mnist-dcgan.lab.zip");
        waitUntil(() -> fx(() -> map.mapProperty().get() != null && map.mapProperty().get().model().name().equals("mnist-dcgan.lab.zip")));
        LatentMapViewModel.Shown gan = fx(() -> map.mapProperty().get());
        assertEquals(MapDirections.RANDOM, gan.directions());
        assertEquals("prior draw", gan.recipe().get("through"));
        assertEquals(null, gan.scatter());
        assertFalse(fx(() -> panel.scatter().isVisible()));
        robot.clickOn("#mapRedraw");
        waitUntil(() -> fx(() -> map.mapProperty().get() != gan));
        assertEquals("2", fx(() -> map.mapProperty().get().recipe().get("seed")));
        assertFalse(java.util.Arrays.equals(gan.pixels(), fx(() -> map.mapProperty().get().pixels())));
    }

    @Test
    void findsTheNearestRealImagesOfTheSampleClicked(FxRobot robot) throws Exception {
        tab.select(robot);
        tab.panel(robot, "Neighbours");
        NeighboursPanel panel = fx(() -> robot.lookup("#exploreNeighbours").queryAs(NeighboursPanel.class));
        NeighboursViewModel neighbours = panel.viewModel();
        waitUntil(() -> fx(() -> neighbours.samplesProperty().get() != null && neighbours.searchedProperty().get() != null));
        assertTrue(text(robot, "#neighbourSource").startsWith("Nearest of the 10,000 MNIST test images"), text(robot, "#neighbourSource"));
        ImageTiles samples = fx(() -> robot.lookup("#neighbourSamples").queryAs(ImageTiles.class));
        // the middle of sample 11 (row 1, column 2)
        Point2D target = fx(() -> {
            int scale = samples.scale();
            double left = Math.floor((samples.getWidth() - (8 * 29 - 1) * scale) / 2);
            return samples.localToScreen(left + (2 * 29 + 14) * scale, (29 + 14) * scale);
        });
        robot.clickOn(target);
        waitUntil(() -> fx(() -> neighbours.foundProperty().get()) != null);
        NeighboursViewModel.Found found = fx(() -> neighbours.foundProperty().get());
        assertEquals(10, found.sample());
        List<Neighbour> near = found.neighbours();
        assertEquals(NeighboursViewModel.DEFAULT_K, near.size());
        for (int r = 1; r < near.size(); r++) {
            assertTrue(near.get(r).distance() >= near.get(r - 1).distance(), "nearest first: " + near);
        }
        float[] sample = found.query().pixels();
        float[] first = java.util.Arrays.copyOfRange(found.pixels(), 0, 784);
        double sq = 0;
        for (int i = 0; i < 784; i++) {
            sq += (sample[i] - first[i]) * (double) (sample[i] - first[i]);
        }
        assertEquals(Math.sqrt(sq), near.get(0).distance(), 1e-4);
        assertEquals(NeighboursViewModel.DEFAULT_K, fx(() -> robot.lookup("#neighbourImages").queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren().size()));
        assertTrue(text(robot, "#neighbourVerdict").startsWith("Nearest real image: distance"), text(robot, "#neighbourVerdict"));
        tab.screenshot("explore-neighbours.png");
    }
}
