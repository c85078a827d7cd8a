package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.InterpolationStrip;
import io.latentlab.explore.LatentModel;
import io.latentlab.model.LatentImages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Interpolation panel's state: endpoints A and B (seeded draws of the prior, picks from a grid
 * of samples, or encoded test images), their classes for a conditional model, the number of steps,
 * and the two strips (linear and spherical) decoded on the explorer thread whenever any of these
 * change. Only the newest request's strips are shown.
 */
final class InterpolationViewModel {

    /** Where the endpoints come from. */
    enum Source {
        DRAWS("Random draws"), SAMPLES("Pick from samples"), TEST_IMAGES("Pick test images");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** An endpoint: its latent vector, where it came from in words, and the seed and row of the draw it is (seed null otherwise). */
    record Endpoint(float[] z, String origin, Long seed, int row) {
    }

    /** Both strips, decoded from the same endpoints. */
    record Strips(InterpolationStrip lerp, InterpolationStrip slerp) {
    }

    static final int GRID = 16;
    static final int DEFAULT_STEPS = 10;

    private final ExploreViewModel explore;
    private final ReadOnlyObjectWrapper<Endpoint> a = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<Endpoint> b = new ReadOnlyObjectWrapper<>(this, "b");
    private final IntegerProperty labelA = new SimpleIntegerProperty(this, "labelA", 0);
    private final IntegerProperty labelB = new SimpleIntegerProperty(this, "labelB", 0);
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.DRAWS);
    private final ReadOnlyObjectWrapper<PickGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyObjectWrapper<Strips> strips = new ReadOnlyObjectWrapper<>(this, "strips");
    private long seedA = 1;
    private long seedB = 1;
    private long gridSeed = 1;
    private boolean nextPickIsA = true;
    private int generation;

    InterpolationViewModel(ExploreViewModel explore) {
        this.explore = explore;
        explore.modelProperty().addListener((o, was, now) -> reset());
        explore.encodedProperty().addListener((o, was, now) -> {
            if (source.get() == Source.TEST_IMAGES) {
                makeGrid();
            }
        });
        labelA.addListener((o, was, now) -> {
            if (source.get() == Source.SAMPLES) {
                makeGrid(); // the samples are drawn as A's class
            }
            rebuild();
        });
        labelB.addListener((o, was, now) -> rebuild());
        steps.addListener((o, was, now) -> rebuild());
        source.addListener((o, was, now) -> makeGrid());
        reset();
    }

    ReadOnlyObjectProperty<Endpoint> aProperty() {
        return a.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Endpoint> bProperty() {
        return b.getReadOnlyProperty();
    }

    IntegerProperty labelAProperty() {
        return labelA;
    }

    IntegerProperty labelBProperty() {
        return labelB;
    }

    /** Steps per strip, 2..32. */
    IntegerProperty stepsProperty() {
        return steps;
    }

    ObjectProperty<Source> sourceProperty() {
        return source;
    }

    /** The grid endpoints are picked from; null for {@link Source#DRAWS} or while it is made. */
    ReadOnlyObjectProperty<PickGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The strips shown now; null until decoded. */
    ReadOnlyObjectProperty<Strips> stripsProperty() {
        return strips.getReadOnlyProperty();
    }

    LatentModel model() {
        return explore.model();
    }

    ReadOnlyObjectProperty<LatentModel> modelProperty() {
        return explore.modelProperty();
    }

    /** Whether the next plain click on the grid picks A (else B). */
    boolean nextPickIsA() {
        return nextPickIsA;
    }

    /** A new seeded draw for A (row 0 of the next seed). */
    void newA() {
        seedA = Math.max(seedA, seedB) + 1;
        a.set(draw(seedA, 0));
        rebuild();
    }

    /** A new seeded draw for B (row 1 of the next seed). */
    void newB() {
        seedB = Math.max(seedA, seedB) + 1;
        b.set(draw(seedB, 1));
        rebuild();
    }

    /** A and B (and their classes) change places: the strips run backwards. */
    void swap() {
        Endpoint was = a.get();
        a.set(b.get());
        b.set(was);
        int label = labelA.get();
        labelA.set(labelB.get());
        labelB.set(label);
        rebuild();
    }

    /** Other samples or test images to pick from. */
    void newGrid() {
        gridSeed++;
        makeGrid();
    }

    private void makeGrid() {
        grid.set(null);
        LatentModel model = model();
        if (model == null || source.get() == Source.DRAWS) {
            return;
        }
        if (source.get() == Source.SAMPLES) {
            long seed = 1000 + gridSeed;
            int label = labelA.get();
            explore.decode(() -> PickGrid.samples(model, seed, GRID, label), made -> {
                if (model() == model && source.get() == Source.SAMPLES) {
                    grid.set(made);
                }
            });
        } else {
            EncodedImages encoded = explore.encodedProperty().get();
            ImageSet images = explore.imagesProperty().get();
            if (!model.encodes()) {
                explore.showError(model.name() + " has no encoder to map test images into its latent space: pick from samples instead.");
            } else if (encoded == null || images == null) {
                explore.showInfo("Encoding the test images of " + model.name() + "; they appear here when ready.");
            } else {
                grid.set(PickGrid.testImages(images, encoded, 1000 + gridSeed, GRID));
            }
        }
    }

    /** Makes tile {@code tile} of the grid A, or B when {@code asB} or when A was picked last. */
    void pick(int tile, boolean asB) {
        PickGrid picks = grid.get();
        if (picks == null || tile < 0 || tile >= picks.count()) {
            return;
        }
        boolean toA = !asB && nextPickIsA;
        Endpoint chosen = new Endpoint(picks.row(tile), picks.origin(tile), null, -1);
        if (toA) {
            a.set(chosen);
            if (picks.labels() != null && model().conditional()) {
                labelA.set(picks.labels()[tile]);
            }
        } else {
            b.set(chosen);
            if (picks.labels() != null && model().conditional()) {
                labelB.set(picks.labels()[tile]);
            }
        }
        nextPickIsA = !toA;
        rebuild();
    }

    /** What the panel shows: the lerp strip then the slerp strip, one row each, with the recipe that makes them. */
    ExploredImages shown() {
        Strips now = strips.get();
        LatentModel model = model();
        if (now == null || model == null || now.lerp().z().length != now.lerp().steps() * model.latentSize()) {
            return null;
        }
        int k = now.lerp().steps();
        float[] z = concat(now.lerp().z(), now.slerp().z());
        float[] pixels = concat(now.lerp().pixels(), now.slerp().pixels());
        int[] labels = null;
        if (now.lerp().nearestLabels() != null) {
            labels = Arrays.copyOf(now.lerp().nearestLabels(), 2 * k);
            System.arraycopy(now.slerp().nearestLabels(), 0, labels, k, k);
        }
        Map<String, String> recipe = new LinkedHashMap<>();
        recipe.put("command", "interpolate");
        recipe.put("method", "lerp,slerp");
        recipe.put("steps", String.valueOf(k));
        Endpoint from = a.get();
        Endpoint to = b.get();
        if (from.seed() != null && from.seed().equals(to.seed()) && from.row() == 0 && to.row() == 1) {
            recipe.put("seed", String.valueOf(from.seed()));
        }
        recipe.put("a", from.origin());
        recipe.put("b", to.origin());
        if (model.conditional()) {
            recipe.put("labelA", String.valueOf(now.lerp().labelA()));
            recipe.put("labelB", String.valueOf(now.lerp().labelB()));
        }
        return new ExploredImages("interpolation strips", model, z, labels, 2 * k, k, pixels, recipe);
    }

    private void reset() {
        LatentModel model = model();
        strips.set(null);
        grid.set(null);
        if (model == null) {
            return;
        }
        seedA = 1;
        seedB = 1;
        nextPickIsA = true;
        a.set(draw(1, 0));
        b.set(draw(1, 1));
        int classes = model.classNames().size();
        labelA.set(0);
        labelB.set(classes > 1 ? Math.min(classes - 1, 1) : 0);
        makeGrid();
        rebuild();
    }

    private Endpoint draw(long seed, int row) {
        int d = model().latentSize();
        float[] draws = LatentImages.priorDraws(2, d, seed);
        return new Endpoint(Arrays.copyOfRange(draws, row * d, (row + 1) * d), "draw " + row + " of seed " + seed, seed, row);
    }

    private void rebuild() {
        int mine = ++generation;
        LatentModel model = model();
        Endpoint from = a.get();
        Endpoint to = b.get();
        if (model == null || from == null || to == null || from.z().length != model.latentSize()) {
            return;
        }
        int k = Math.max(2, Math.min(32, steps.get()));
        int la = labelA.get();
        int lb = labelB.get();
        explore.decode(() -> new Strips(InterpolationStrip.of(model, from.z(), to.z(), la, lb, k, Interpolation.Method.LINEAR),
                InterpolationStrip.of(model, from.z(), to.z(), la, lb, k, Interpolation.Method.SPHERICAL)), made -> {
                    if (generation == mine && model() == model) {
                        strips.set(made);
                    }
                });
    }

    private static float[] concat(float[] x, float[] y) {
        float[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
