package io.latentlab.ui;

import io.latentlab.explore.LatentModel;
import io.latentlab.lesson.LessonSetting;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The Explore tab as lessons see it: {@code model} (a file name in the pretrained folder; the lesson
 * starts from mnist-vae-20.lab.zip), {@code panel} (sliders, interpolation, arithmetic, map, neighbours;
 * sliders by default), and the panels' options in {@link ExploreLessonPanels}. The settings are
 * gathered; {@link #finish} opens the model (in the background), waits until it is explored (and its
 * test set encoded, for a model with an encoder), then shows the panel and sets its options.
 */
public final class ExploreLessonStage implements LessonStage {

    static final String DEFAULT_MODEL = "mnist-vae-20.lab.zip";
    static final Map<String, String> PANELS = Map.of("sliders", SliderPanel.TITLE, "interpolation", InterpolationPanel.TITLE,
            "arithmetic", ArithmeticPanel.TITLE, "map", LatentMapPanel.TITLE, "neighbours", NeighboursPanel.TITLE);

    private final ExploreViewModel explore;
    private final Supplier<ExploreView> view;
    private final ExploreLessonPanels options = new ExploreLessonPanels();
    private String model;
    private String panel;
    private int generation;

    /** @param view the Explore tab's view (made on first use), whose panels the lesson shows */
    public ExploreLessonStage(ExploreViewModel explore, Supplier<ExploreView> view) {
        this.explore = explore;
        this.view = view;
        defaults();
    }

    @Override
    public String workspace() {
        return "explore";
    }

    @Override
    public String title() {
        return "the Explore tab";
    }

    @Override
    public List<LessonSetting<?>> settings() {
        List<LessonSetting<?>> all = new java.util.ArrayList<>(List.of(
                LessonSetting.choice("model", PretrainedChoice.names(), name -> name, name -> model = name),
                LessonSetting.choice("panel", PANELS.keySet().stream().sorted().toList(), name -> name, name -> panel = name)));
        all.addAll(options.settings());
        return all;
    }

    /** Waits until the tab explores its first model, so a lesson's model is not replaced by the tab's own first choice. */
    @Override
    public void whenReady(Runnable start) {
        view.get(); // the tab is made (and starts opening its first model) if it was not yet
        when(explore.modelProperty(), () -> explore.model() != null, start, generation);
    }

    @Override
    public void prepare() {
        generation++;
        defaults();
    }

    @Override
    public void finish(boolean play) {
        int mine = generation;
        String wanted = model;
        LatentModel now = explore.model();
        if (now == null || !now.name().equals(wanted)) {
            explore.openModel(PretrainedChoice.file(wanted));
        }
        BooleanSupplier explored = () -> explore.model() != null && explore.model().name().equals(wanted);
        when(explore.modelProperty(), explored, () -> {
            LatentModel opened = explore.model();
            when(explore.encodedProperty(), () -> explore.model() != opened || !opened.encodes() || explore.encodedProperty().get() != null,
                    () -> {
                        if (explore.model() == opened) {
                            options.apply(showPanel(PANELS.get(panel)));
                        }
                    }, mine);
        }, mine);
    }

    /** Brings the panel titled {@code title} to the front (made if it was not yet) and returns it. */
    private javafx.scene.Node showPanel(String title) {
        ExploreView explorer = view.get();
        Tab tab = explorer.panels().getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().orElseThrow();
        explorer.panels().getSelectionModel().select(tab);
        return tab.getContent();
    }

    /** Runs {@code then} once {@code ready} holds (now, or when {@code watched} changes), unless another lesson started meanwhile. */
    private <T> void when(ObservableValue<T> watched, BooleanSupplier ready, Runnable then, int mine) {
        if (ready.getAsBoolean()) {
            then.run();
            return;
        }
        watched.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> o, T was, T now) {
                if (generation != mine) {
                    o.removeListener(this);
                } else if (ready.getAsBoolean()) {
                    o.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private void defaults() {
        model = DEFAULT_MODEL;
        panel = "sliders";
        options.defaults();
    }
}
