package io.latentlab.model;

/** A model file's contents, checked against its card. {@code previewPng} may be empty. */
public record LoadedModel(ModelCard card, Gan gan, byte[] previewPng) {
}
