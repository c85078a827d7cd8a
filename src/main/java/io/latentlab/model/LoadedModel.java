package io.latentlab.model;

/**
 * A model file's contents, checked against its card. {@code previewPng} may be empty;
 * {@code dataPoints} holds the points of data a person made (row-major), empty for named data.
 */
public record LoadedModel(ModelCard card, Gan gan, byte[] previewPng, float[] dataPoints) {
}
