package io.latentlab.ui;

import io.latentlab.lesson.LessonSetting;
import io.latentlab.model.ImageModelKind;
import io.latentlab.train.ImageTrainingSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Images tab as lessons see it. A lesson starts from a fresh VAE with 16 latents on MNIST,
 * β = 1 and the kind's usual learning rate, with its own settings on top: {@code kind}, {@code latent-size},
 * {@code data}, {@code beta}, {@code learning-rate}, and {@code pretrained} (a model file's name in
 * the pretrained folder, which it opens instead of a fresh model and trains on from). The settings
 * are gathered, then carried out together in {@link #finish}, so their order in the file does not matter.
 */
public final class ImagesLessonStage implements LessonStage {

    static final Map<String, ImageDataChoice> DATA = Map.of("mnist", ImageDataChoice.MNIST,
            "fashion-mnist", ImageDataChoice.FASHION_MNIST, "shapes", ImageDataChoice.SHAPES);
    static final ImageModelKind DEFAULT_KIND = ImageModelKind.VAE;
    static final int DEFAULT_LATENT = 16;

    private final ImageLabViewModel images;
    private ImageModelKind kind;
    private int latentSize;
    private ImageDataChoice data;
    private double beta;
    private Double learningRate; // null: the kind's usual rate
    private String pretrained;

    public ImagesLessonStage(ImageLabViewModel images) {
        this.images = images;
        defaults();
    }

    @Override
    public String workspace() {
        return "images";
    }

    @Override
    public String title() {
        return "the Images tab";
    }

    @Override
    public List<LessonSetting<?>> settings() {
        return List.of(
                LessonSetting.choice("kind", Arrays.stream(ImageModelKind.values()).map(ImageModelKind::cliName).toList(),
                        ImageModelKind::byNameOrNull, k -> kind = k),
                LessonSetting.choice("latent-size", ImageLabViewModel.LATENT_SIZES.stream().map(String::valueOf).toList(),
                        Integer::valueOf, size -> latentSize = size),
                LessonSetting.choice("data", DATA.keySet().stream().sorted().toList(), DATA::get, choice -> data = choice),
                LessonSetting.number("beta", ImageLabViewModel.MIN_BETA, ImageLabViewModel.MAX_BETA, value -> beta = value),
                LessonSetting.number("learning-rate", LearningRateText.MIN, LearningRateText.MAX, rate -> learningRate = rate),
                LessonSetting.choice("pretrained", PretrainedChoice.names(), name -> name, name -> pretrained = name));
    }

    @Override
    public void whenReady(Runnable start) {
        if (images.startedProperty().get()) {
            start.run();
            return;
        }
        images.startedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    images.startedProperty().removeListener(this);
                    start.run();
                }
            }
        });
    }

    @Override
    public void prepare() {
        images.pause();
        defaults();
        if (!images.kindProperty().get().isGan()) {
            images.setLearningRate(ImageTrainingSettings.DEFAULT_LEARNING_RATE); // an earlier lesson's rate does not carry over
        }
    }

    @Override
    public void finish(boolean play) {
        if (pretrained != null) {
            double wantedBeta = beta;
            Double wantedRate = learningRate;
            images.openModel(PretrainedChoice.file(pretrained), () -> {
                images.setBeta(wantedBeta);
                if (wantedRate != null) {
                    images.setLearningRate(wantedRate);
                }
                if (play) {
                    images.play();
                }
            });
            return;
        }
        images.chooseData(data);
        images.chooseKind(kind);
        images.chooseLatentSize(latentSize);
        images.setBeta(beta);
        if (learningRate != null) {
            images.setLearningRate(learningRate);
        }
        images.startFresh();
        if (play) {
            images.play();
        }
    }

    private void defaults() {
        kind = DEFAULT_KIND;
        latentSize = DEFAULT_LATENT;
        data = ImageDataChoice.MNIST;
        beta = 1;
        learningRate = null;
        pretrained = null;
    }
}
