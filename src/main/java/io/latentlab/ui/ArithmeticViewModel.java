package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

import java.util.HashSet;
import java.util.Set;

/**
 * The Arithmetic panel's state: a grid of pictures to pick from (samples, or test images with
 * their encoded means), three slots A, B, C (each a {@link LatentGroup}: picked tiles or a whole
 * class), the class to decode as (conditional models), the analogy grid's size and the attribute
 * vector's settings ({@link AttributeSettings}); everything is decoded again on the explorer
 * thread when any of it changes, and the newest request's pictures win.
 */
final class ArithmeticViewModel {

    /** What the right-hand side shows. */
    enum View {
        SUM("A − B + C"), ANALOGY("Analogy grid"), ATTRIBUTE("Attribute vector");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    static final String[] SLOT_NAMES = {"A", "B", "C"};
    static final int[] SLOT_ARGB = {0xFF0072B2, 0xFFD55E00, 0xFF009E73};
    static final int GRID = 36;
    static final int ACROSS = 6;
    /** Spread of the result's neighbours: small next to the prior's unit spread, so they stay the same idea. */
    static final double NEIGHBOUR_SIGMA = 0.25;
    static final long NEIGHBOUR_SEED = 1;

    private final ExploreViewModel explore;
    private final ReadOnlyObjectWrapper<PickGrid> grid = new ReadOnlyObjectWrapper<>(this, "grid");
    @SuppressWarnings("unchecked")
    private final ReadOnlyObjectWrapper<LatentGroup>[] slots = new ReadOnlyObjectWrapper[] {
        new ReadOnlyObjectWrapper<LatentGroup>(), new ReadOnlyObjectWrapper<LatentGroup>(), new ReadOnlyObjectWrapper<LatentGroup>()};
    private final IntegerProperty activeSlot = new SimpleIntegerProperty(this, "activeSlot", 0);
    private final BooleanProperty testImages = new SimpleBooleanProperty(this, "testImages", true);
    private final IntegerProperty decodeLabel = new SimpleIntegerProperty(this, "decodeLabel", 0);
    private final IntegerProperty analogySide = new SimpleIntegerProperty(this, "analogySide", 5);
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(this, "view", View.SUM);
    private final AttributeSettings attribute = new AttributeSettings();
    private final ReadOnlyObjectWrapper<ArithmeticPictures> pictures = new ReadOnlyObjectWrapper<>(this, "pictures");
    private long gridSeed = 1;
    private int generation;

    ArithmeticViewModel(ExploreViewModel explore) {
        this.explore = explore;
        explore.modelProperty().addListener((o, was, now) -> reset());
        explore.encodedProperty().addListener((o, was, now) -> makeGrid());
        testImages.addListener((o, was, now) -> makeGrid());
        decodeLabel.addListener((o, was, now) -> {
            if (grid.get() != null && grid.get().indices() == null) {
                makeGrid(); // the same samples, drawn as the new class
            }
        });
        for (ObservableValue<?> v : new ObservableValue<?>[] {decodeLabel, analogySide, attribute.fromClasses, attribute.plus,
            attribute.minus, attribute.balanced, attribute.strength, attribute.sampleSeed}) {
            v.addListener((o, was, now) -> recompute());
        }
        reset();
    }

    LatentModel model() {
        return explore.model();
    }

    ReadOnlyObjectProperty<LatentModel> modelProperty() {
        return explore.modelProperty();
    }

    ReadOnlyObjectProperty<PickGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LatentGroup> slotProperty(int slot) {
        return slots[slot].getReadOnlyProperty();
    }

    /** The slot a click on the grid adds to or removes from: 0 A, 1 B, 2 C. */
    IntegerProperty activeSlotProperty() {
        return activeSlot;
    }

    /** Whether the grid shows test images (with an encoder), else samples. */
    BooleanProperty testImagesProperty() {
        return testImages;
    }

    IntegerProperty decodeLabelProperty() {
        return decodeLabel;
    }

    IntegerProperty analogySideProperty() {
        return analogySide;
    }

    ObjectProperty<View> viewProperty() {
        return view;
    }

    AttributeSettings attribute() {
        return attribute;
    }

    /** The pictures decoded for the slots now; null until decoded. */
    ReadOnlyObjectProperty<ArithmeticPictures> picturesProperty() {
        return pictures.getReadOnlyProperty();
    }

    /** Adds tile {@code tile} to the active slot, or takes it out if it is there. */
    void toggle(int tile) {
        PickGrid now = grid.get();
        LatentModel model = model();
        if (now == null || model == null || tile < 0 || tile >= now.count()) {
            return;
        }
        int slot = activeSlot.get();
        LatentGroup was = slots[slot].get();
        Set<Integer> tiles = new HashSet<>(was != null && now.sameTiles(was.grid()) ? was.tiles() : Set.of());
        if (!tiles.remove(tile)) {
            tiles.add(tile);
        }
        slots[slot].set(LatentGroup.ofTiles(now, tiles, model.pixels()));
        recompute();
    }

    /** Fills {@code slot} with every test image of class {@code label} (models with an encoder, once encoded). */
    void fillWithClass(int slot, int label) {
        LatentModel model = model();
        EncodedImages encoded = explore.encodedProperty().get();
        ImageSet images = explore.imagesProperty().get();
        if (model == null || !model.encodes()) {
            explore.showError((model == null ? "This model" : model.name()) + " has no encoder to average a class: pick pictures into the slot instead.");
            return;
        }
        if (encoded == null || images == null || encoded.labels() == null) {
            explore.showError("The test images are still being encoded: choose the class again in a moment.");
            return;
        }
        slots[slot].set(LatentGroup.ofClass(className(label), encoded.z(), encoded.labels(), images.pixelsView(),
                encoded.latentSize(), model.pixels(), label));
        recompute();
    }

    void clear(int slot) {
        slots[slot].set(null);
        recompute();
    }

    /** Other pictures in the grid (the slots keep what they hold). */
    void newGrid() {
        gridSeed++;
        makeGrid();
    }

    /** The name of class {@code label}: the model's or its dataset's. */
    String className(int label) {
        return ExploredClasses.name(model(), label);
    }

    /** Classes to choose from: the model's, or its dataset's labels (0 while they load, or none). */
    int classCount() {
        return ExploredClasses.count(model(), explore.imagesProperty().get());
    }

    /** The images of the model's dataset, as they load. */
    ReadOnlyObjectProperty<ImageSet> imagesProperty() {
        return explore.imagesProperty();
    }

    /** What the panel shows now, as the chosen view has it. */
    ExploredImages shown() {
        ArithmeticPictures now = pictures.get();
        LatentModel model = model();
        if (now == null || model == null) {
            return null;
        }
        return now.explored(view.get(), model, new LatentGroup[] {slots[0].get(), slots[1].get(), slots[2].get()});
    }

    private void reset() {
        grid.set(null);
        for (ReadOnlyObjectWrapper<LatentGroup> slot : slots) {
            slot.set(null);
        }
        pictures.set(null);
        decodeLabel.set(0);
        LatentModel model = model();
        if (model != null && !model.encodes() && testImages.get()) {
            testImages.set(false); // makes the grid
        } else {
            makeGrid();
        }
        recompute();
    }

    private void makeGrid() {
        LatentModel model = model();
        if (model == null) {
            return;
        }
        long seed = 2000 + gridSeed;
        if (!testImages.get() || !model.encodes()) {
            int label = decodeLabel.get();
            explore.decode(() -> PickGrid.samples(model, seed, GRID, label), made -> {
                if (model() == model && (!testImages.get() || !model.encodes())) {
                    grid.set(made);
                }
            });
        } else {
            EncodedImages encoded = explore.encodedProperty().get();
            ImageSet images = explore.imagesProperty().get();
            grid.set(encoded != null && images != null ? PickGrid.testImages(images, encoded, seed, GRID) : null);
        }
    }

    private void recompute() {
        int mine = ++generation;
        LatentModel model = model();
        if (model == null) {
            return;
        }
        LatentGroup[] groups = {slots[0].get(), slots[1].get(), slots[2].get()};
        int label = model.conditional() ? decodeLabel.get() : -1;
        int side = analogySide.get();
        AttributeSettings.Request request = attribute.request(model, groups, explore.encodedProperty().get(), explore.imagesProperty().get(), this::className);
        explore.decode(() -> ArithmeticPictures.of(model, groups, label, side, request), made -> {
            if (generation == mine && model() == model) {
                pictures.set(made);
            }
        });
    }
}
