package io.latentlab.ui;

import io.latentlab.data.DrawnDistribution;
import io.latentlab.lesson.LessonSetting;
import io.latentlab.model.NoisePrior;
import io.latentlab.train.GanHyperparameters;
import io.latentlab.train.GanLoss;
import io.latentlab.train.Optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * The toy lab as lessons see it. A lesson starts from the lab's defaults (non-saturating loss,
 * the default learning rates and noise, the default views) with its own settings on top:
 * {@code data}, {@code loss}, {@code noise}, {@code noise-size}, {@code generator-lr},
 * {@code discriminator-lr}, {@code generator-optimizer}, {@code discriminator-optimizer},
 * {@code d-steps}, {@code step-delay-ms}, the views {@code show-real},
 * {@code show-generated}, {@code show-discriminator}, {@code show-manifold}, {@code show-arrows},
 * {@code show-pushforward}, and the density overlays ({@link ToyLabDensitySettings}).
 */
public final class ToyLabLessonStage implements LessonStage {

    private final ToyLabViewModel lab;

    public ToyLabLessonStage(ToyLabViewModel lab) {
        this.lab = lab;
    }

    @Override
    public String workspace() {
        return "toy-lab";
    }

    @Override
    public String title() {
        return "the toy lab";
    }

    @Override
    public List<LessonSetting<?>> settings() {
        List<String> data = ToyLabViewModel.dataChoices().stream().filter(name -> !name.equals(DrawnDistribution.NAME)).toList();
        List<LessonSetting<?>> settings = new java.util.ArrayList<>(List.of(
                LessonSetting.choice("data", data, name -> name, lab::chooseData),
                LessonSetting.choice("loss", Arrays.stream(GanLoss.values()).map(GanLoss::cliName).toList(), GanLoss::byName, lab::chooseLoss),
                LessonSetting.choice("noise", Arrays.stream(NoisePrior.values()).map(NoisePrior::cliName).toList(), NoisePrior::byName, lab::chooseNoise),
                LessonSetting.whole("noise-size", 1, 2, lab::chooseNoiseSize),
                LessonSetting.number("generator-lr", LearningRateText.MIN, LearningRateText.MAX, lab::setGeneratorLr),
                LessonSetting.number("discriminator-lr", LearningRateText.MIN, LearningRateText.MAX, lab::setDiscriminatorLr),
                LessonSetting.choice("generator-optimizer", OPTIMIZERS, Optimizer::byName, lab.networks()::chooseGeneratorOptimizer),
                LessonSetting.choice("discriminator-optimizer", OPTIMIZERS, Optimizer::byName, lab.networks()::chooseDiscriminatorOptimizer),
                LessonSetting.whole("d-steps", NetworkSettingsModel.MIN_DISCRIMINATOR_STEPS, NetworkSettingsModel.MAX_DISCRIMINATOR_STEPS,
                        lab.networks()::chooseDiscriminatorSteps),
                LessonSetting.whole("step-delay-ms", 0, (int) ToyLabViewModel.MAX_STEP_DELAY_MS, millis -> lab.setStepDelayMillis(millis)),
                view("show-real", lab.showRealProperty()::set),
                view("show-generated", lab.showGeneratedProperty()::set),
                view("show-discriminator", lab.showDiscriminatorProperty()::set),
                view("show-manifold", lab.showManifoldProperty()::set),
                view("show-arrows", lab.showArrowsProperty()::set),
                view("show-pushforward", lab.showPushforwardProperty()::set)));
        settings.addAll(ToyLabDensitySettings.settings(lab.densities()));
        return settings;
    }

    private static final List<String> OPTIMIZERS = Arrays.stream(Optimizer.values()).map(Optimizer::cliName).toList();

    private static LessonSetting<Boolean> view(String name, Consumer<Boolean> set) {
        return LessonSetting.flag(name, set);
    }

    @Override
    public void whenReady(Runnable start) {
        if (lab.readyProperty().get()) {
            start.run();
            return;
        }
        lab.readyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    lab.readyProperty().removeListener(this);
                    start.run();
                }
            }
        });
    }

    @Override
    public void prepare() {
        lab.pause();
        GanHyperparameters defaults = ToyLabSetup.defaultSettings(ToyLabSetup.DEFAULT_SEED);
        lab.chooseLoss(defaults.loss());
        lab.setGeneratorLr(defaults.generatorLr());
        lab.setDiscriminatorLr(defaults.discriminatorLr());
        lab.chooseNoise(ToyLabSetup.defaultNoise());
        lab.networks().chooseGeneratorOptimizer(defaults.generatorOptimizer());
        lab.networks().chooseDiscriminatorOptimizer(defaults.discriminatorOptimizer());
        lab.networks().chooseDiscriminatorSteps(defaults.discriminatorSteps());
        lab.chooseNoiseSize(lab.dataDimensionProperty().get()); // the data's own dimension, as a new data set gets
        lab.setStepDelayMillis(0);
        lab.showRealProperty().set(true);
        lab.showGeneratedProperty().set(true);
        lab.showDiscriminatorProperty().set(true);
        lab.showManifoldProperty().set(false);
        lab.showArrowsProperty().set(false);
        lab.showPushforwardProperty().set(true);
        ToyLabDensitySettings.prepare(lab.densities());
    }

    @Override
    public void finish(boolean play) {
        lab.reset();
        if (play) {
            lab.play();
        }
    }
}
