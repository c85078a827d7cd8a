package io.latentlab.ui;

import io.latentlab.data.LabelledToyData;
import io.latentlab.density.DensityKind;
import io.latentlab.lesson.LessonSetting;
import io.latentlab.train.ClassifierKind;
import io.latentlab.train.ThreeModelsSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The "Three models" workspace as lessons see it: {@code data} (the labelled toy data by id),
 * {@code points}, {@code classifier} ({@code logistic} or {@code neural-net}), {@code density}
 * ({@code mixture} or {@code kernel}) and {@code seed}. A lesson starts from the workspace's
 * defaults with its settings on top, applied as one fit.
 */
public final class ThreeModelsLessonStage implements LessonStage {

    private final ThreeModelsViewModel models;
    private ThreeModelsSettings pending = ThreeModelsSettings.defaults();

    public ThreeModelsLessonStage(ThreeModelsViewModel models) {
        this.models = models;
    }

    @Override
    public String workspace() {
        return "three-models";
    }

    @Override
    public String title() {
        return "the Three models tab";
    }

    @Override
    public List<LessonSetting<?>> settings() {
        return List.of(
                LessonSetting.choice("data", Arrays.stream(LabelledToyData.values()).map(LabelledToyData::id).toList(),
                        LabelledToyData::byId, data -> change(s -> s.withData(data))),
                LessonSetting.whole("points", ThreeModelsSettings.MIN_POINTS, ThreeModelsSettings.MAX_POINTS,
                        n -> change(s -> s.withPoints(n))),
                LessonSetting.choice("classifier", names(ClassifierKind.values()), name -> ClassifierKind.valueOf(constant(name)),
                        kind -> change(s -> s.withClassifier(kind))),
                LessonSetting.choice("density", names(DensityKind.values()), name -> DensityKind.valueOf(constant(name)),
                        kind -> change(s -> s.withDensity(kind))),
                LessonSetting.whole("seed", 0, 1_000_000, seed -> change(s -> s.withSeed(seed))));
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    private static String constant(String name) {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private void change(UnaryOperator<ThreeModelsSettings> edit) {
        pending = edit.apply(pending);
    }

    @Override
    public void prepare() {
        pending = ThreeModelsSettings.defaults();
    }

    @Override
    public void finish(boolean play) {
        models.apply(pending);
    }
}
