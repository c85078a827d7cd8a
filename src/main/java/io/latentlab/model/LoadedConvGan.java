package io.latentlab.model;

/** A convolutional GAN's model file, checked against its card. {@code previewPng} may be empty. */
public record LoadedConvGan(ModelCard card, ConvGan model, byte[] previewPng) {
}
