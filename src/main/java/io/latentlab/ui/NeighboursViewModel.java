package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.ExploredImages;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.NearestImages;
import io.latentlab.explore.Neighbour;
import io.latentlab.model.LatentImages;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.List;
import java.util.Map;

/**
 * The Neighbours panel's state: a seeded grid of generated samples, the generated image being
 * asked about (a sample clicked, or the Map panel's picked point), the real images searched
 * ({@link NeighbourSearchData}) with their typical nearest-neighbour distance, and the k nearest
 * of them. The index is built, and every search run, on the explorer thread.
 */
final class NeighboursViewModel {

    static final int SAMPLES = 16;
    static final int SAMPLE_COLUMNS = 8;
    static final int DEFAULT_K = 8;
    /** Real images whose nearest other real image sets the yardstick. */
    static final int TYPICAL_SAMPLE = 200;
    static final long TYPICAL_SEED = 1;

    /** The generated samples on show. */
    record Samples(LatentModel model, long seed, float[] z, int[] labels, float[] pixels) {
    }

    /** The real images searched, indexed, with the median distance of one of them to its nearest other one. */
    record Searched(NeighbourSearchData data, NearestImages index, double typicalDistance) {
    }

    /** The answer: the query, its k nearest real images (nearest first) and their pictures. */
    record Found(ExploredImages query, int sample, List<Neighbour> neighbours, float[] pixels, Searched searched) {
    }

    private final ExploreViewModel explore;
    private final IntegerProperty k = new SimpleIntegerProperty(this, "k", DEFAULT_K);
    private final ReadOnlyObjectWrapper<Samples> samples = new ReadOnlyObjectWrapper<>(this, "samples");
    private final ReadOnlyObjectWrapper<Searched> searched = new ReadOnlyObjectWrapper<>(this, "searched");
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>(this, "found");
    private long seed = 1;
    private ExploredImages query;
    private int querySample = -1;
    private long searches;

    NeighboursViewModel(ExploreViewModel explore) {
        this.explore = explore;
        explore.modelProperty().addListener((o, was, now) -> {
            query = null;
            querySample = -1;
            found.set(null);
            newSamples();
            index();
        });
        explore.imagesProperty().addListener((o, was, now) -> index());
        explore.datasetFolderProperty().addListener((o, was, now) -> index());
        explore.pickedProperty().addListener((o, was, now) -> {
            if (now != null) {
                ask(now, -1);
            }
        });
        k.addListener((o, was, now) -> search());
        newSamples();
        index();
        if (explore.pickedProperty().get() != null) {
            ask(explore.pickedProperty().get(), -1);
        }
    }

    IntegerProperty kProperty() {
        return k;
    }

    ReadOnlyObjectProperty<Samples> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Searched> searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    /** The neighbours found last; null before a query or while the model changes. */
    ReadOnlyObjectProperty<Found> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Decodes {@link #SAMPLES} new samples from the prior (the next seed). */
    void newSamples() {
        LatentModel model = explore.model();
        if (model == null) {
            return;
        }
        if (samples.get() != null && samples.get().model() == model) {
            seed++;
        } else {
            seed = 1;
        }
        long drawSeed = seed;
        explore.decode(() -> {
            float[] z = LatentImages.priorDraws(SAMPLES, model.latentSize(), drawSeed);
            int[] labels = null;
            if (model.conditional()) {
                labels = new int[SAMPLES];
                for (int i = 0; i < SAMPLES; i++) {
                    labels[i] = i % model.classNames().size();
                }
            }
            return new Samples(model, drawSeed, z, labels, model.decode(z, labels, SAMPLES));
        }, done -> {
            if (explore.model() == model) {
                samples.set(done);
            }
        });
    }

    /** Searches for the nearest real images of sample {@code i} of the grid on show. */
    void askSample(int i) {
        Samples now = samples.get();
        if (now == null || i < 0 || i >= SAMPLES) {
            return;
        }
        LatentModel model = now.model();
        int d = model.latentSize();
        float[] z = java.util.Arrays.copyOfRange(now.z(), i * d, (i + 1) * d);
        float[] pixels = java.util.Arrays.copyOfRange(now.pixels(), i * model.pixels(), (i + 1) * model.pixels());
        int[] labels = now.labels() == null ? null : new int[] {now.labels()[i]};
        ask(new ExploredImages("sample " + (i + 1), model, z, labels, 1, 1, pixels,
                Map.of("command", "sample", "seed", Long.toString(now.seed()), "n", Integer.toString(SAMPLES), "index", Integer.toString(i))), i);
    }

    private void ask(ExploredImages image, int sample) {
        query = image;
        querySample = sample;
        search();
    }

    /** Indexes the images to search when they change: a dataset folder's training set, else the bundled test set. */
    private void index() {
        LatentModel model = explore.model();
        NeighbourSearchData data = model == null ? null
                : NeighbourSearchData.choose(explore.datasetFolderProperty().get(), explore.imagesProperty().get(), model.pixels(),
                        model.card().dataset());
        Searched now = searched.get();
        if (data == null || (now != null && now.data().images() == data.images())) {
            return;
        }
        ImageSet images = data.images();
        explore.decode(() -> {
            NearestImages index = new NearestImages(images.name(), images.pixelsView(), images.labels(), images.count(), images.size());
            return new Searched(data, index, index.typicalNearestDistance(TYPICAL_SAMPLE, TYPICAL_SEED));
        }, done -> {
            if (explore.model() == model) {
                searched.set(done);
                search();
            }
        });
    }

    /** Finds the k nearest of the query on the explorer thread, when there are a query and an index. */
    private void search() {
        Searched in = searched.get();
        ExploredImages asked = query;
        int sample = querySample;
        if (in == null || asked == null || asked.model().pixels() != in.index().pixels()) {
            return;
        }
        int count = Math.max(1, Math.min(k.get(), in.index().count()));
        long request = ++searches;
        explore.decode(() -> {
            List<Neighbour> near = in.index().nearest(asked.pixels(), count);
            int p = in.index().pixels();
            float[] pixels = new float[near.size() * p];
            for (int r = 0; r < near.size(); r++) {
                System.arraycopy(in.index().image(near.get(r).index()), 0, pixels, r * p, p);
            }
            return new Found(asked, sample, near, pixels, in);
        }, done -> {
            if (request == searches) {
                found.set(done);
            }
        });
    }
}
