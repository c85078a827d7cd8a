package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.Interpolation;
import io.latentlab.explore.InterpolationStrip;
import io.latentlab.explore.LatentModel;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Arrays;

/**
 * The Interpolation panel's state: endpoints A and B (seeded draws of the prior, picks from a grid
 * of samples, or encoded test images), their classes for a conditional model, the number of steps,
 * and the two strips (linear and spherical) decoded on the explorer thread whenever any of these
 * change. Only the newest request's strips are shown.
 */
final class InterpolationViewModel {

    static final int GRID = 16;
    static final int DEFAULT_STEPS = 10;

    private final ExploreViewModel explore;
    private final ReadOnlyObjectWrapper<LatentEndpoint> a = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<LatentEndpoint> b = new ReadOnlyObjectWrapper<>(this, "b");
    private final IntegerProperty labelA = new SimpleIntegerProperty(this, "labelA", 0);
    private final IntegerProperty labelB = new SimpleIntegerProperty(this, "labelB", 0);
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", DEFAULT_STEPS);
    private final ObjectProperty<EndpointSource> source = new SimpleObjectProperty<>(this, "source", EndpointSource.DRAWS);
    private final ReadOnlyObjectWrapper<PickGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    private final ReadOnlyObjectWrapper<StripPair> strips = new ReadOnlyObjectWrapper<>(this, "strips");
    private long seedA = 1;
    private long seedB = 1;
    private long gridSeed = 1;
    private boolean nextPickIsA = true;
    private int generation;

    InterpolationViewModel(ExploreViewModel explore) {
        this.explore = explore;
        explore.modelProperty().addListener((o, was, now) -> reset());
        explore.encodedProperty().addListener((o, was, now) -> {
            if (source.get() == EndpointSource.TEST_IMAGES) {
                makeGrid();
            }
        });
        labelA.addListener((o, was, now) -> {
            if (source.get() == EndpointSource.SAMPLES) {
                makeGrid(); // the samples are drawn as A's class
            }
            rebuild();
        });
        labelB.addListener((o, was, now) -> rebuild());
        steps.addListener((o, was, now) -> rebuild());
        source.addListener((o, was, now) -> makeGrid());
        reset();
    }

    ReadOnlyObjectProperty<LatentEndpoint> aProperty() {
        return a.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LatentEndpoint> bProperty() {
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

    ObjectProperty<EndpointSource> sourceProperty() {
        return source;
    }

    /** The grid endpoints are picked from; null for {@link Source#DRAWS} or while it is made. */
    ReadOnlyObjectProperty<PickGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** The strips shown now; null until decoded. */
    ReadOnlyObjectProperty<StripPair> stripsProperty() {
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
        LatentEndpoint was = a.get();
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
        if (model == null || source.get() == EndpointSource.DRAWS) {
            return;
        }
        if (source.get() == EndpointSource.SAMPLES) {
            long seed = 1000 + gridSeed;
            int label = labelA.get();
            explore.decode(() -> PickGrid.samples(model, seed, GRID, label), made -> {
                if (model() == model && source.get() == EndpointSource.SAMPLES) {
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
        LatentEndpoint chosen = new LatentEndpoint(picks.row(tile), picks.origin(tile), null, -1);
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
        StripPair now = strips.get();
        LatentModel model = model();
        if (now == null || model == null || now.lerp().z().length != now.lerp().steps() * model.latentSize()) {
            return null;
        }
        return now.explored(model, a.get(), b.get());
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

    private LatentEndpoint draw(long seed, int row) {
        return LatentEndpoint.draw(model().latentSize(), seed, row);
    }

    private void rebuild() {
        int mine = ++generation;
        LatentModel model = model();
        LatentEndpoint from = a.get();
        LatentEndpoint to = b.get();
        if (model == null || from == null || to == null || from.z().length != model.latentSize()) {
            return;
        }
        int k = Math.max(2, Math.min(32, steps.get()));
        int la = labelA.get();
        int lb = labelB.get();
        explore.decode(() -> new StripPair(InterpolationStrip.of(model, from.z(), to.z(), la, lb, k, Interpolation.Method.LINEAR),
                InterpolationStrip.of(model, from.z(), to.z(), la, lb, k, Interpolation.Method.SPHERICAL)), made -> {
                    if (generation == mine && model() == model) {
                        strips.set(made);
                    }
                });
    }
}
