package io.latentlab.explore;

import io.latentlab.model.AutoencoderFile;
import io.latentlab.model.ConvGan;
import io.latentlab.model.ImageAutoencoder;
import io.latentlab.model.ModelCard;
import io.latentlab.model.ConvGanFile;
import io.latentlab.model.ConvGanKind;
import io.latentlab.model.LoadedAutoencoder;
import io.latentlab.model.LoadedConvGan;
import io.latentlab.model.ModelCards;
import io.latentlab.model.ModelPlace;

import java.nio.file.Path;

/**
 * Opens image model files as {@link LatentModel}s. A file of another kind (a toy GAN) is refused
 * with the one line {@link ModelCards#require} gives, naming what it holds and where it opens.
 */
public final class LatentModels {

    private LatentModels() {
    }

    /** Reads any image model file (VAE, autoencoder, conditional VAE, DCGAN, conditional GAN). */
    public static LatentModel open(Path file) {
        String kind = ModelCards.require(file, ModelPlace.IMAGES).kind();
        String name = String.valueOf(file.getFileName());
        return ConvGanKind.byNameOrNull(kind) != null ? of(name, ConvGanFile.load(file)) : of(name, AutoencoderFile.load(file));
    }

    /** The autoencoder read from a file named {@code name}; explores a copy, so the loaded model may go on training. */
    public static LatentModel of(String name, LoadedAutoencoder loaded) {
        return new AutoencoderLatentModel(name, loaded.card(), loaded.model().copy());
    }

    /** The GAN read from a file named {@code name}; explores a copy. */
    public static LatentModel of(String name, LoadedConvGan loaded) {
        return new ConvGanLatentModel(name, loaded.card(), loaded.model().copy());
    }

    /** An autoencoder as it is now (e.g. the Images tab's, mid-training): the caller passes a copy it will not train. */
    public static LatentModel of(String name, ModelCard card, ImageAutoencoder model) {
        return new AutoencoderLatentModel(name, card, model);
    }

    /** A GAN as it is now: the caller passes a copy it will not train. */
    public static LatentModel of(String name, ModelCard card, ConvGan model) {
        return new ConvGanLatentModel(name, card, model);
    }
}
