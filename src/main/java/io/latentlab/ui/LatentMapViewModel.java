package io.latentlab.ui;

import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.LatentPlane;
import io.latentlab.model.LatentImages;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The Map panel's state: which plane through the latent space (two dimensions, the principal
 * directions of the encoded test set, or seeded random directions; through the origin or an
 * encoded test image), its extent and grid; the manifold decoded on it with the test set
 * projected onto it; and the point a person picked, decoded large. All decoding and projecting
 * runs on the explorer thread; only the newest request's result is shown.
 */
final class LatentMapViewModel {

    /** The map on show: the plane, the decoded grid, and the encoded set's plane coordinates (null without an encoder). */
    record Shown(LatentModel model, LatentPlane plane, MapDirections directions, int side, double extent, float[] z, int[] labels,
               float[] pixels, double[] scatter, int[] scatterLabels, int scatterCount, String xName, String yName,
               java.util.Map<String, String> recipe) {
    }

    /** A picked point: its plane coordinates, latent vector, label (conditional models) and picture. */
    record Point(double a, double b, float[] z, int[] labels, float[] pixels) {
    }

    static final int DEFAULT_SIDE = 15;
    static final double DEFAULT_EXTENT = 3;
    static final long FIRST_SEED = 1;
    /** The plane passes through the origin. */
    static final int THROUGH_ORIGIN = -1;
    /** The plane passes through a draw from the prior (seeded as the random directions are): a typical latent vector. */
    static final int THROUGH_DRAW = -2;
    /** Keeps the base point's draw apart from the directions' draws of the same seed. */
    private static final long BASE_STREAM = 0x5DEECE66DL;

    private final ExploreViewModel explore;
    private final ObjectProperty<MapDirections> directions = new SimpleObjectProperty<>(this, "directions", MapDirections.DIMENSIONS);
    private final IntegerProperty axisX = new SimpleIntegerProperty(this, "axisX", 0);
    private final IntegerProperty axisY = new SimpleIntegerProperty(this, "axisY", 1);
    /** {@link #THROUGH_ORIGIN}, {@link #THROUGH_DRAW}, or the index of the encoded test image the plane passes through. */
    private final IntegerProperty throughImage = new SimpleIntegerProperty(this, "throughImage", -1);
    private final DoubleProperty extent = new SimpleDoubleProperty(this, "extent", DEFAULT_EXTENT);
    private final IntegerProperty side = new SimpleIntegerProperty(this, "side", DEFAULT_SIDE);
    private final IntegerProperty label = new SimpleIntegerProperty(this, "label", 0);
    private long seed = FIRST_SEED;
    private final ReadOnlyObjectWrapper<Shown> map = new ReadOnlyObjectWrapper<>(this, "map");
    private final ReadOnlyObjectWrapper<Point> picked = new ReadOnlyObjectWrapper<>(this, "picked");
    private long requests;
    private boolean adjusting;

    LatentMapViewModel(ExploreViewModel explore) {
        this.explore = explore;
        explore.modelProperty().addListener((o, was, now) -> reset(now));
        explore.encodedProperty().addListener((o, was, now) -> refresh());
        for (javafx.beans.Observable setting : new javafx.beans.Observable[] {directions, axisX, axisY, throughImage, extent, side, label}) {
            setting.addListener(o -> refresh());
        }
        reset(explore.model());
    }

    ObjectProperty<MapDirections> directionsProperty() {
        return directions;
    }

    IntegerProperty axisXProperty() {
        return axisX;
    }

    IntegerProperty axisYProperty() {
        return axisY;
    }

    IntegerProperty throughImageProperty() {
        return throughImage;
    }

    DoubleProperty extentProperty() {
        return extent;
    }

    IntegerProperty sideProperty() {
        return side;
    }

    IntegerProperty labelProperty() {
        return label;
    }

    /** The map on show; null until the first is decoded. */
    ReadOnlyObjectProperty<Shown> mapProperty() {
        return map.getReadOnlyProperty();
    }

    /** The point picked last, decoded; null when none. */
    ReadOnlyObjectProperty<Point> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Draws two new random directions and a new base draw (and shows them, switching to random directions unless only the base is drawn). */
    void redraw() {
        seed++;
        if (directions.get() == MapDirections.RANDOM || throughImage.get() == THROUGH_DRAW) {
            refresh();
        } else {
            directions.set(MapDirections.RANDOM);
        }
    }

    /** Settings a newly explored model starts from: its first two dimensions, or random directions for a GAN. */
    private void reset(LatentModel now) {
        adjusting = true;
        directions.set(now != null && !now.encodes() && now.latentSize() > 2 ? MapDirections.RANDOM : MapDirections.DIMENSIONS);
        axisX.set(0);
        axisY.set(1);
        // a GAN's latents are wide: the origin is an untypical point, where its pictures hardly change
        throughImage.set(now != null && !now.encodes() && now.latentSize() > 2 ? THROUGH_DRAW : THROUGH_ORIGIN);
        label.set(0);
        seed = FIRST_SEED;
        adjusting = false;
        map.set(null);
        picked.set(null);
        refresh();
    }

    /** Decodes the map for the settings now, on the explorer thread. */
    void refresh() {
        LatentModel model = explore.model();
        if (adjusting || model == null || model.latentSize() < 2) {
            return;
        }
        EncodedImages current = explore.encodedProperty().get();
        // while a new model comes in, the encoding of the one before may still be there
        EncodedImages encoded = current != null && current.latentSize() == model.latentSize() ? current : null;
        MapDirections how = directions.get();
        if (how == MapDirections.PRINCIPAL && encoded == null) {
            return; // drawn when the test set is encoded
        }
        int x = axisX.get();
        int y = axisY.get();
        if (how == MapDirections.DIMENSIONS && (x == y || x >= model.latentSize() || y >= model.latentSize())) {
            explore.showError("Choose two different latent dimensions for the map's axes.");
            return;
        }
        int through = throughImage.get() < 0 ? throughImage.get()
                : encoded == null ? THROUGH_ORIGIN : Math.min(throughImage.get(), encoded.count() - 1);
        int n = side.get();
        double e = extent.get();
        int classLabel = label.get();
        long drawSeed = seed;
        long request = ++requests;
        explore.decode(() -> {
            float[] base = through == THROUGH_ORIGIN ? new float[model.latentSize()]
                    : through == THROUGH_DRAW ? LatentImages.priorDraws(1, model.latentSize(), drawSeed ^ BASE_STREAM) : encoded.row(through);
            LatentPlane plane = switch (how) {
                case DIMENSIONS -> LatentPlane.ofDimensions(base, x, y);
                case PRINCIPAL -> LatentPlane.ofPrincipalDirections(base, encoded);
                case RANDOM -> LatentPlane.ofRandomDirections(base, drawSeed);
            };
            float[] z = plane.grid(n, e);
            int[] labels = labels(model, n * n, classLabel);
            float[] pixels = model.decode(z, labels, n * n);
            double[] scatter = encoded == null ? null : plane.project(encoded.z(), encoded.count());
            // away from the origin the plane's coordinates are offsets from its base point
            String offset = through == THROUGH_ORIGIN ? "" : "Δ";
            String xName = offset + (how == MapDirections.DIMENSIONS ? "z" + subscript(x + 1) : how == MapDirections.PRINCIPAL ? "PC₁" : "r₁");
            String yName = offset + (how == MapDirections.DIMENSIONS ? "z" + subscript(y + 1) : how == MapDirections.PRINCIPAL ? "PC₂" : "r₂");
            java.util.Map<String, String> recipe = new LinkedHashMap<>();
            recipe.put("command", "map");
            recipe.put("directions", how.recipeName());
            if (how == MapDirections.DIMENSIONS) {
                recipe.put("axes", (x + 1) + "," + (y + 1));
            }
            if (how == MapDirections.RANDOM || through == THROUGH_DRAW) {
                recipe.put("seed", Long.toString(drawSeed));
            }
            recipe.put("through", through == THROUGH_ORIGIN ? "origin" : through == THROUGH_DRAW ? "prior draw" : "test image " + through);
            recipe.put("extent", String.format(Locale.ROOT, "%g", e));
            recipe.put("grid", n + "x" + n);
            return new Shown(model, plane, how, n, e, z, labels, pixels, scatter, encoded == null ? null : encoded.labels(),
                    encoded == null ? 0 : encoded.count(), xName, yName, recipe);
        }, done -> {
            if (request == requests && explore.model() == model) {
                map.set(done);
                Point p = picked.get();
                if (p != null) {
                    pick(p.a(), p.b());
                }
            }
        });
    }

    /** Decodes the point at plane coordinates (a, b) of the map on show, and offers it to the other panels. */
    void pick(double a, double b) {
        Shown now = map.get();
        if (now == null) {
            return;
        }
        LatentModel model = now.model();
        int classLabel = label.get();
        explore.decode(() -> {
            float[] z = now.plane().point(a, b);
            int[] labels = labels(model, 1, classLabel);
            return new Point(a, b, z, labels, model.decode(z, labels, 1));
        }, done -> {
            if (map.get() == now) {
                picked.set(done);
                java.util.Map<String, String> recipe = new LinkedHashMap<>(now.recipe());
                recipe.put("point", String.format(Locale.ROOT, "%.3f,%.3f", a, b));
                explore.pick(new ExploredImages("map point", model, done.z(), done.labels(), 1, 1, done.pixels(), recipe));
            }
        });
    }

    /** The label of every picture for a conditional model, else null. */
    private static int[] labels(LatentModel model, int count, int label) {
        if (!model.conditional()) {
            return null;
        }
        int[] labels = new int[count];
        java.util.Arrays.fill(labels, Math.min(label, model.classNames().size() - 1));
        return labels;
    }

    /** {@code n} in subscript digits: 12 → ₁₂. */
    static String subscript(int n) {
        StringBuilder s = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            s.append((char) ('₀' + (c - '0')));
        }
        return s.toString();
    }
}
