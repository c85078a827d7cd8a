package io.latentlab.model;

/** An image autoencoder's model file, checked against its card. {@code previewPng} may be empty. */
public record LoadedAutoencoder(ModelCard card, ImageAutoencoder model, byte[] previewPng) {
}
