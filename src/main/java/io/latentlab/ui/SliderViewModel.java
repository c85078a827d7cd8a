package io.latentlab.ui;

import io.latentlab.data.ImageSet;
import io.latentlab.explore.EncodedImages;
import io.latentlab.explore.LatentAxes;
import io.latentlab.explore.LatentMarginals;
import io.latentlab.explore.LatentModel;
import io.latentlab.explore.NewestRequest;
import io.latentlab.model.LatentImages;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.List;

/**
 * The Sliders panel's state: one value per latent dimension (or per principal direction), a lock
 * each, the class for a conditional model, and the picture decoded from them. Every change asks
 * for a decode on the explorer thread through a {@link NewestRequest}, so a drag never queues
 * stale work; the picture comes back on the FX thread. The latent axes (ranges, densities and
 * principal directions) are computed once per model on the explorer thread.
 */
final class SliderViewModel {

    private final ExploreViewModel explore;
    private final ReadOnlyObjectWrapper<SliderSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyObjectWrapper<SliderPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyObjectWrapper<float[]> classRow = new ReadOnlyObjectWrapper<>(this, "classRow");
    private final ReadOnlyStringWrapper latencyText = new ReadOnlyStringWrapper(this, "latencyText", "");
    private final IntegerProperty label = new SimpleIntegerProperty(this, "label", 0);
    private final List<DoubleProperty> values = new ArrayList<>();
    private final List<BooleanProperty> locks = new ArrayList<>();
    private final SliderLatency latency = new SliderLatency();
    private final NewestRequest<SliderPicture.Request, SliderPicture> decodes;
    private final NewestRequest<SliderPicture.Request, float[]> rows;
    /** The newest request made, read by the explorer thread to drop a class row that is out of date. */
    private volatile long latest;
    private boolean bulk;
    private boolean measuring = true;
    private long sequence;
    private long nextSeed = 1;
    /** The explored model's one-picture decoder for this (the FX) thread, or null: then pictures come from the explorer thread. */
    private LatentModel.PictureDecoder quick;
    private LatentModel quickModel;

    SliderViewModel(ExploreViewModel explore) {
        this.explore = explore;
        java.util.function.Consumer<RuntimeException> failed =
                e -> Platform.runLater(() -> explore.showError(UserMessages.failure("decode the sliders' latent vector", e)));
        rows = new NewestRequest<>(explore.explorerThread(), q -> SliderPicture.classRow(q, () -> latest), (q, row) -> {
            if (row != null) {
                Platform.runLater(() -> {
                    if (q.model() == explore.model()) {
                        classRow.set(row);
                    }
                });
            }
        }, failed);
        decodes = new NewestRequest<>(explore.explorerThread(), SliderPicture::decode, (q, p) -> {
            Platform.runLater(() -> show(p));
            if (q.model().conditional()) {
                rows.submit(q); // queued behind this drain, and dropped if the sliders move on meanwhile
            }
        }, failed);
        label.addListener((o, was, now) -> requestDecode());
        explore.modelProperty().addListener((o, was, now) -> explore(now));
        explore.encodedProperty().addListener((o, was, now) -> analyse(now));
        explore(explore.model());
        analyse(explore.encodedProperty().get());
    }

    ReadOnlyObjectProperty<SliderSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<SliderPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** A conditional model's latent vector under every class, once decoded (it lags while a slider moves); null for others. */
    ReadOnlyObjectProperty<float[]> classRowProperty() {
        return classRow.getReadOnlyProperty();
    }

    /** E.g. "decode 0.4 ms · slider→screen 2.1 ms median, 6.0 ms p99". */
    ReadOnlyStringProperty latencyTextProperty() {
        return latencyText.getReadOnlyProperty();
    }

    /** The class the big picture is decoded with (conditional models). */
    IntegerProperty labelProperty() {
        return label;
    }

    /** Slider k's value: latent coordinate k, or standard deviations along principal direction k. */
    DoubleProperty value(int k) {
        return values.get(k);
    }

    /** Whether slider k keeps its value through {@link #randomise()}. */
    BooleanProperty lock(int k) {
        return locks.get(k);
    }

    SliderLatency latency() {
        return latency;
    }

    /** The latent vector the sliders say now. */
    float[] latent() {
        return setup.get().latent(values.stream().mapToDouble(DoubleProperty::get).toArray());
    }

    /** Moves the sliders to latent vector {@code z} (each clamped to its range) and decodes it. */
    void setLatent(float[] z) {
        setValues(setup.get().coordinates(z), false);
    }

    /** Unlocked sliders to a new draw of N(0, I) (seeds 1, 2, 3, … in turn). */
    void randomise() {
        randomise(nextSeed++);
    }

    /** Unlocked sliders to the draw of N(0, I) seeded {@code seed}; locked ones keep their values. */
    void randomise(long seed) {
        float[] draw = LatentImages.priorDraws(1, values.size(), seed);
        double[] t = new double[draw.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = draw[k];
        }
        setValues(t, true);
    }

    /** Every slider to 0: the origin, or in principal directions the data's mean. */
    void reset() {
        setValues(new double[values.size()], false);
    }

    /** Switches between latent coordinates and principal directions, keeping the latent vector. */
    void setPrincipal(boolean principal) {
        SliderSetup s = setup.get();
        if (s == null || s.principal() == principal || (principal && s.axes() == null)) {
            return;
        }
        float[] z = latent();
        setup.set(new SliderSetup(s.model(), s.axes(), principal));
        unmeasured(() -> setLatent(z)); // the same picture, after relabelling every slider: not a slider's latency
    }

    /** Sets the sliders to test image {@code index}'s encoded μ (and the class to its label), decoded on the explorer thread. */
    void encode(int index) {
        LatentModel model = explore.model();
        ImageSet images = explore.imagesProperty().get();
        if (model == null || !model.encodes()) {
            explore.showError("This model has no encoder: open a VAE, autoencoder or conditional VAE to set the sliders from an image.");
            return;
        }
        if (images == null) {
            explore.showError("The test images are still loading: try again in a moment.");
            return;
        }
        int i = Math.max(0, Math.min(images.count() - 1, index));
        int pixels = model.pixels();
        float[] image = java.util.Arrays.copyOfRange(images.pixelsView(), i * pixels, (i + 1) * pixels);
        int[] labels = model.conditional() && images.hasLabels() ? new int[] {images.label(i)} : null;
        explore.decode(() -> model.encode(image, labels, 1), mu -> {
            if (explore.model() == model) {
                bulk = true;
                if (labels != null) {
                    label.set(labels[0]);
                }
                bulk = false;
                setLatent(mu);
                explore.showInfo("The sliders hold test image " + i + "'s latent mean μ" + (labels != null ? " (a " + model.classNames().get(labels[0]) + ")" : "") + ".");
            }
        });
    }

    /** The picture shown now with its latent vector and how it was made, for the export commands; null before the first. */
    io.latentlab.explore.ExploredImages shown() {
        SliderPicture p = picture.get();
        SliderSetup s = setup.get();
        return p == null ? null : p.explored(s != null && s.principal());
    }

    /** Called by the view once the frame with {@code shown} has been laid out: records the latency of the changes it answers. */
    void onScreen(SliderPicture shown) {
        latency.shown(shown.request(), System.nanoTime(), shown.decodeMillis());
        latencyText.set(latency.describe());
    }

    private void explore(LatentModel model) {
        values.clear();
        locks.clear();
        latency.forgetChanges();
        classRow.set(null);
        quickModel = model;
        quick = model == null ? null : model.pictureDecoder();
        if (model == null) {
            return;
        }
        for (int k = 0; k < model.latentSize(); k++) {
            DoubleProperty value = new SimpleDoubleProperty(this, "value" + k, 0);
            value.addListener((o, was, now) -> requestDecode());
            values.add(value);
            locks.add(new SimpleBooleanProperty(this, "lock" + k, false));
        }
        bulk = true;
        label.set(0);
        bulk = false;
        setup.set(new SliderSetup(model, null, false));
        if (!model.encodes()) {
            analyse(null);
        }
        unmeasured(this::requestDecode);
    }

    /** Computes the axes of the model explored now on the explorer thread: with {@code encoded} for a model with an encoder, without for a GAN. */
    private void analyse(EncodedImages encoded) {
        LatentModel model = explore.model();
        if (model == null || (model.encodes() && encoded == null)) {
            return;
        }
        explore.decode(() -> LatentAxes.of(model, model.encodes() ? encoded : null), axes -> {
            SliderSetup s = setup.get();
            if (s != null && s.model() == model) {
                float[] z = latent();
                setup.set(new SliderSetup(model, axes, s.principal()));
                unmeasured(() -> setLatent(z));
            }
        });
    }

    private void setValues(double[] t, boolean keepLocked) {
        LatentMarginals ranges = setup.get().marginals();
        bulk = true;
        try {
            for (int k = 0; k < values.size(); k++) {
                if (!(keepLocked && locks.get(k).get())) {
                    values.get(k).set(Math.max(ranges.low()[k], Math.min(ranges.high()[k], t[k])));
                }
            }
        } finally {
            bulk = false;
        }
        requestDecode();
    }

    /** Runs {@code change} without timing the decodes it asks for: they answer no person's move (a model opened, its axes computed). */
    private void unmeasured(Runnable change) {
        measuring = false;
        try {
            change.run();
        } finally {
            measuring = true;
        }
    }

    private void requestDecode() {
        SliderSetup s = setup.get();
        if (bulk || s == null || values.isEmpty()) {
            return;
        }
        sequence++;
        latest = sequence;
        if (measuring) {
            latency.changed(sequence, System.nanoTime());
        }
        SliderPicture.Request request = new SliderPicture.Request(s.model(), latent(), label.get(), sequence);
        if (quick != null && quickModel == s.model()) {
            // an MLP decoder answers in well under a millisecond: here, so the picture is in the very next frame
            SliderPicture p;
            try {
                p = SliderPicture.decode(request, quick);
            } catch (RuntimeException e) {
                explore.showError(UserMessages.failure("decode the sliders' latent vector", e));
                return;
            }
            show(p);
            if (s.model().conditional()) {
                rows.submit(request);
            }
            return;
        }
        decodes.submit(request);
    }

    private void show(SliderPicture p) {
        if (p.model() == explore.model()) {
            picture.set(p);
        }
    }
}
