package io.latentlab.ui;

import io.latentlab.data.LabelledToyData;
import io.latentlab.density.DensityKind;
import io.latentlab.train.ClassifierKind;
import io.latentlab.train.ThreeModels;
import io.latentlab.train.ThreeModelsSettings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;

/**
 * The "Three models" workspace's state: which labelled toy data, how many points, which
 * classifier and which density estimate, and the latest {@link ThreeModels} fitted to them.
 * Every setter refits in the background (the newest settings win: a fit for settings changed
 * meanwhile is dropped and the newest ones are fitted next); {@link #drawSamples()} draws new
 * samples from the same generative models. A lesson sets it up through {@link #apply}. Use it
 * on the FX thread only.
 */
public final class ThreeModelsViewModel {

    /** The point counts the workspace offers. */
    public static final java.util.List<Integer> POINT_COUNTS = java.util.List.of(100, 200, 400, 800, 1600);

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<ThreeModelsSettings> settings =
            new ReadOnlyObjectWrapper<>(this, "settings", ThreeModelsSettings.defaults());
    private final ReadOnlyObjectWrapper<ThreeModels> models = new ReadOnlyObjectWrapper<>(this, "models");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private boolean opened;
    private long sampleSeed = 1;

    public ThreeModelsViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** The first fit, when the workspace is first shown; later calls do nothing. */
    public void open() {
        if (!opened) {
            opened = true;
            fit();
        }
    }

    public ReadOnlyObjectProperty<ThreeModelsSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** The models fitted to the current settings; null until the first fit ends. */
    public ReadOnlyObjectProperty<ThreeModels> modelsProperty() {
        return models.getReadOnlyProperty();
    }

    /** True while a fit runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #messageProperty()} reports a problem. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Sets everything at once, e.g. from a lesson preset, with one fit. */
    public void apply(ThreeModelsSettings newSettings) {
        if (newSettings == null) {
            throw new IllegalArgumentException("settings must be given");
        }
        if (!newSettings.equals(settings.get())) {
            settings.set(newSettings);
            opened = true;
            fit();
        } else {
            open();
        }
    }

    public void setData(LabelledToyData data) {
        apply(settings.get().withData(data));
    }

    /**
     * @throws IllegalArgumentException for a count outside {@link ThreeModelsSettings#MIN_POINTS}..{@link ThreeModelsSettings#MAX_POINTS}
     */
    public void setPointCount(int points) {
        apply(settings.get().withPoints(points));
    }

    public void setClassifier(ClassifierKind kind) {
        apply(settings.get().withClassifier(kind));
    }

    public void setDensity(DensityKind kind) {
        apply(settings.get().withDensity(kind));
    }

    /** The seed of the data, the fits and the first samples. */
    public void setSeed(long seed) {
        apply(settings.get().withSeed(seed));
    }

    /** A fresh draw of the same data set (the next seed), refitted. */
    public void newData() {
        setSeed(settings.get().seed() + 1);
    }

    /** New samples from the two generative models, the fits unchanged. */
    public void drawSamples() {
        ThreeModels now = models.get();
        if (now == null) {
            return;
        }
        long seed = ++sampleSeed;
        tasks.run(() -> now.withSamples(seed), drawn -> {
            if (models.get() == now) {
                models.set(drawn);
            }
        }, e -> showError(UserMessages.failure("draw samples", e)));
    }

    public void showInfo(String text) {
        error.set(false);
        message.set(text);
    }

    public void showError(String text) {
        error.set(true);
        message.set(text);
    }

    private void fit() {
        if (busy.get()) {
            return; // the fit running now is followed by one for the newest settings
        }
        busy.set(true);
        ThreeModelsSettings asked = settings.get();
        showInfo("Fitting the three models to " + asked.points() + " points of " + asked.data().title() + "…");
        tasks.run(() -> ThreeModels.fit(asked), fitted -> {
            busy.set(false);
            if (!asked.equals(settings.get())) {
                fit();
                return;
            }
            sampleSeed = asked.seed();
            models.set(fitted);
            showInfo(summary(fitted));
        }, e -> {
            busy.set(false);
            showError(UserMessages.failure("fit the three models", e));
            if (!asked.equals(settings.get())) {
                fit();
            }
        });
    }

    /** One line of what the fits found, for the message line. */
    static String summary(ThreeModels m) {
        return String.format(Locale.ROOT,
                "Held-out accuracy: classifier %.0f%%, Bayes' rule on p(x | y) %.0f%%. They pick the same class on %.0f%% "
                        + "of the plane shown and %.0f%% of where the data lies. p(x): %s.",
                100 * m.classifierAccuracy(), 100 * m.bayesAccuracy(), 100 * m.agreement(),
                100 * m.agreementWhereDataLies(), m.joint());
    }
}
