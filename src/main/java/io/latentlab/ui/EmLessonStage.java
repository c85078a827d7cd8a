package io.latentlab.ui;

import io.latentlab.data.ToyDistributions;
import io.latentlab.density.CovarianceType;
import io.latentlab.density.EmSetup;
import io.latentlab.density.EmStart;
import io.latentlab.lesson.LessonSetting;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The Mixtures (EM) workspace as lessons see it. A lesson starts from the player's opening setup
 * (2000 points of the ring, 8 full components, a random start), paused, with its own settings on
 * top: {@code data}, {@code points}, {@code data-seed}, {@code k}, {@code covariance}, {@code start},
 * {@code start-seed} and {@code speed} (iterations per second while playing). The settings gather
 * into one {@link EmSetup}, started once at iteration 0, so the class sees the first mixture
 * before any EM step.
 */
public final class EmLessonStage implements LessonStage {

    static final long MAX_SEED = 1_000_000;

    private final EmPlayerViewModel em;
    private EmSetup pending = EmPlayerViewModel.defaultSetup();

    public EmLessonStage(EmPlayerViewModel em) {
        this.em = em;
    }

    @Override
    public String workspace() {
        return "mixtures";
    }

    @Override
    public String title() {
        return "the Mixtures (EM) tab";
    }

    @Override
    public List<LessonSetting<?>> settings() {
        return List.of(
                LessonSetting.choice("data", EmPlayerViewModel.dataChoices(), ToyDistributions::byName,
                        data -> change(s -> s.withData(data))),
                LessonSetting.whole("points", EmSetup.MIN_POINTS, EmSetup.MAX_POINTS, n -> change(s -> s.withN(n))),
                LessonSetting.whole("data-seed", 0, (int) MAX_SEED, seed -> change(s -> s.withDataSeed(seed))),
                LessonSetting.whole("k", 1, EmSetup.MAX_COMPONENTS, k -> change(s -> s.withK(k))),
                LessonSetting.choice("covariance", Arrays.stream(CovarianceType.values()).map(CovarianceType::toString).toList(),
                        CovarianceType::parse, type -> change(s -> s.withCovarianceType(type))),
                LessonSetting.choice("start", Arrays.stream(EmStart.values()).map(EmStart::toString).toList(),
                        EmLessonStage::start, start -> change(s -> s.withStart(start))),
                LessonSetting.whole("start-seed", 0, (int) MAX_SEED, seed -> change(s -> s.withStartSeed(seed))),
                LessonSetting.number("speed", EmPlayerViewModel.MIN_RATE, EmPlayerViewModel.MAX_RATE,
                        em.stepsPerSecondProperty()::set));
    }

    private static EmStart start(String name) {
        return Arrays.stream(EmStart.values()).filter(s -> s.toString().equals(name)).findFirst().orElseThrow();
    }

    private void change(UnaryOperator<EmSetup> edit) {
        pending = edit.apply(pending);
    }

    @Override
    public void prepare() {
        em.pause();
        pending = EmPlayerViewModel.defaultSetup();
        em.stepsPerSecondProperty().set(EmPlayerViewModel.DEFAULT_RATE);
    }

    @Override
    public void finish(boolean play) {
        em.setUp(pending);
        if (play) {
            em.play();
        }
    }
}
