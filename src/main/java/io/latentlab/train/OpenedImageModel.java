package io.latentlab.train;

import io.latentlab.model.ConvGan;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.ImageModelKind;
import io.latentlab.model.LoadedAutoencoder;
import io.latentlab.model.LoadedConvGan;
import io.latentlab.model.ModelCard;

import java.util.List;
import java.util.Objects;

/**
 * A model read from a file for the Images tab, whatever its kind: what the tab shows of it
 * (kind, latent size, image size, classes, the card) and a fresh trainer on a copy of it, so
 * Reset goes back to the model as it was opened.
 */
public final class OpenedImageModel {

    private final ModelCard card;
    private final ImageAutoencoder autoencoder;
    private final ConvGan gan;

    private OpenedImageModel(ModelCard card, ImageAutoencoder autoencoder, ConvGan gan) {
        this.card = Objects.requireNonNull(card);
        this.autoencoder = autoencoder;
        this.gan = gan;
    }

    public static OpenedImageModel of(LoadedAutoencoder loaded) {
        return new OpenedImageModel(loaded.card(), loaded.model(), null);
    }

    public static OpenedImageModel of(LoadedConvGan loaded) {
        return new OpenedImageModel(loaded.card(), null, loaded.model());
    }

    public ModelCard card() {
        return card;
    }

    public ImageModelKind kind() {
        return gan != null ? ImageModelKind.of(gan.kind()) : ImageModelKind.of(autoencoder.kind());
    }

    public int latentSize() {
        return gan != null ? gan.latentSize() : autoencoder.latentSize();
    }

    public int rows() {
        return gan != null ? io.latentlab.model.ConvGanShape.SIDE : autoencoder.rows();
    }

    public int cols() {
        return gan != null ? io.latentlab.model.ConvGanShape.SIDE : autoencoder.cols();
    }

    public List<String> classNames() {
        return gan != null ? gan.classNames() : autoencoder.classNames();
    }

    /**
     * A trainer on a copy of the model that counts on from the card's steps; an autoencoder
     * takes β and the learning rate from {@code autoencoderSettings}, a GAN the learning rate
     * and seed from {@code ganSettings}.
     */
    public ImageModelTrainer trainer(ImageTrainingSettings autoencoderSettings, ConvGanSettings ganSettings) {
        if (gan != null) {
            return new TrainableConvGan(new ConvGanTrainer(gan.copy(), ganSettings).continuingFrom(card.trainingSteps()));
        }
        return new TrainableAutoencoder(new ImageAutoencoderTrainer(autoencoder.copy(), autoencoderSettings)
                .continuingFrom(card.trainingSteps()));
    }
}
